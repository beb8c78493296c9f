"""Realistic labels, written for the label check's tests and its benchmark (`bench/labels.py`).

Each is printed as a pack or a shop's page prints it: headings, marketing text, brackets, blends,
colourant blocks, footnotes, percentages in names, capitals, odd dashes.
"""

# ruff: noqa: E501

LABELS = {
    "bha_leave_on": "2% BHA Liquid Exfoliant. Unclogs pores, smooths wrinkles.\nIngredients: Water (Aqua), Methylpropanediol, "
    "Butylene Glycol, Salicylic Acid, Polysorbate 20, Camellia Oleifera Leaf Extract, Sodium Hydroxide, Tetrasodium EDTA.",
    "niacinamide_serum": "Niacinamide 10% + Zinc 1%\nINGREDIENTS: Aqua (Water), Niacinamide, Pentylene Glycol, Zinc PCA, "
    "Dimethyl Isosorbide, Tamarindus Indica Seed Gum, Xanthan Gum, Isoceteth-20, Ethoxydiglycol, Phenoxyethanol, Chlorphenesin.",
    "retinol_squalane": "Retinol 0.5% in Squalane. Ingredients: Squalane, Caprylic/Capric Triglyceride, Retinol, "
    "Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, "
    "Hydroxymethoxyphenyl Decanone, Jojoba Esters, BHT.",
    "glycolic_toner": "GLOW TONIC – exfoliating toner with flower waters\nIngredients: Aqua/Water/Eau, Aloe Barbadensis Leaf Water, "
    "Glycolic Acid 7%, Rosa Damascena Flower Water*, Hamamelis Virginiana (Witch Hazel) Water, Butylene Glycol, "
    "Glycerin, Sodium Hydroxide, Panthenol, Centella Asiatica Extract, Phenoxyethanol, Parfum, Linalool. *organic ingredient",
    "adapalene_gel": "Adapalene Gel 0.1% Acne Treatment\nActive ingredient: Adapalene 0.1%\nIngredients: Adapalene, Carbomer, "
    "Edetate Disodium, Methylparaben, Poloxamer 182, Propylene Glycol, Purified Water, Sodium Hydroxide",
    "fragranced_moisturiser": "Rich Rose Day Cream. Ingredients: Aqua, Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, "
    "Butyrospermum Parkii (Shea) Butter, Glyceryl Stearate, PEG-100 Stearate, Dimethicone, Parfum (Fragrance), "
    "Phenoxyethanol, Xanthan Gum, Citronellol, Geraniol, Hexyl Cinnamal, Limonene, Linalool, Benzyl Salicylate, "
    "Alpha-Isomethyl Ionone.",
    "alcohol_tea_tree_toner": "Clarifying toner with tea tree\nINGREDIENTS: ALCOHOL DENAT., AQUA, HAMAMELIS VIRGINIANA WATER, "
    "MELALEUCA ALTERNIFOLIA (TEA TREE) LEAF OIL, MENTHOL, SALICYLIC ACID, GLYCERIN, LIMONENE.",
    "mineral_sunscreen": "Mineral Sunscreen SPF 50. Active: Zinc Oxide 20%.\nIngredients: Zinc Oxide 20% (nano), Aqua, "
    "C12-15 Alkyl Benzoate, Caprylic/Capric Triglyceride, Polyglyceryl-3 Polyricinoleate, Glycerin, "
    "Polyhydroxystearic Acid, Magnesium Sulfate, Tocopherol, Phenoxyethanol, Ethylhexylglycerin.",
    "chemical_sunscreen": "UV Fluid SPF 50+ PA++++\nIngredients: Aqua, Homosalate, Ethylhexyl Salicylate, Butyl Methoxydibenzoylmethane, "
    "Octocrylene, Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine, Glycerin, Silica, Dimethicone, Parfum, Tocopherol, "
    "Phenoxyethanol",
    "bpo_wash": "Acne Foaming Wash, 4% benzoyl peroxide\nIngredients: Benzoyl Peroxide 4%, Water, Sodium Lauryl Sulfate, "
    "Cocamidopropyl Betaine, Glycerin, Carbomer, Sodium Hydroxide, Disodium EDTA. Directions: wet face, lather.",
    "azelaic_cream": "Azelaic Acid Suspension 10%. Ingredients: Water, Azelaic Acid, Dimethicone, Isohexadecane, "
    "Polysorbate 20, Hydroxyethylcellulose, Chlorphenesin, Phenoxyethanol, Ethylhexylglycerin, Glycerin.",
    "cleansing_balm": "Melting Cleansing Balm. Ingredients: Caprylic/Capric Triglyceride, PEG-20 Glyceryl Triisostearate, "
    "Polyethylene, Helianthus Annuus (Sunflower) Seed Oil, Sorbeth-30 Tetraoleate, Tocopherol, Squalane.",
    "clay_mask": "Purifying Clay Mask\nIngredients: Kaolin, Aqua, Bentonite, Glycerin, Cetearyl Alcohol, Zinc PCA, "
    "Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin, Lavandula Angustifolia (Lavender) Oil, Linalool.",
    "messy_caps_footnotes": "NEW!! Barrier cream ✨ ingrédients : AQUA/WATER/EAU • GLYCERIN • CERAMIDE NP • "
    "CERAMIDE AP • CERAMIDE EOP • SODIUM HYALURONATE (AND) PANTHENOL • CHOLESTEROL • PHYTOSPHINGOSINE • "
    "CARBOMER • XANTHAN GUM • SODIUM LAUROYL LACTYLATE • PHENOXYETHANOL • ETHYLHEXYLGLYCERIN. **from natural origin",
    "messy_may_contain": "Tinted moisturiser, shade 02 Ingredients: Aqua, Cyclopentasiloxane, Glycerin, Niacinamide, "
    "Dimethicone Crosspolymer, Phenoxyethanol, Sodium Chloride [+/- May contain: CI 77891, CI 77491, CI 77492, CI 77499]",
    "messy_dashes_spaces": "INGREDIENTS:\u00a0Aqua — Glycerin — Sodium\u00a0Hyaluronate — C12\u201315 Alkyl Benzoate — "
    "Lactic Acid — Phenoxyethanol",
    "retinyl_pregnancy_trap": "Night Renewal Serum with Vitamin A. Ingredients: Aqua, Glycerin, Squalane, Retinyl Palmitate, "
    "Hydroxypinacolone Retinoate, Tocopherol, Xanthan Gum, Phenoxyethanol.",
    "mandelic_serum": "Mandelic Acid 10% + HA. Ingredients: Aqua, Mandelic Acid, Propanediol, Sodium Hyaluronate, "
    "Sodium Hydroxide, Xanthan Gum, Phenoxyethanol.",
    "betaine_salicylate_cleanser": "Gentle BHA cleanser. Ingredients: Aqua, Coco-Glucoside, Sodium Cocoyl Isethionate, "
    "Betaine Salicylate, Glycerin, Citric Acid, Sodium Benzoate.",
    "kitchen_mask": "DIY-style brightening mask. Ingredients: Mel, Kaolin, Citrus Limon Fruit Juice, Aqua, Glycerin, "
    "Carica Papaya Fruit Extract, Xanthan Gum, Phenoxyethanol.",
    "hydrating_toner_unscented": "Ingredients: Water, Butylene Glycol, Glycerin, Centella Asiatica Leaf Extract, "
    "Panthenol, Sodium Hyaluronate, Allantoin, Camellia Sinensis Leaf Extract, 1,2-Hexanediol, Disodium EDTA",
    "list_only_no_heading": "Aqua, Dimethicone, Glycerin, Niacinamide, Ceramide NP, Cholesterol, Phenoxyethanol",
    "unknown_botanicals": "Ingredients: Aqua, Opuntia Ficus-Indica Stem Extract, Bakuchiol, Sclerocarya Birrea "
    "Kernel Extract, Dunaliella Salina Extract, Ectoin, Polyglyceryl-6 Stearate, Polyglyceryl-6 Behenate, "
    "Pullulan, Sodium Levulinate",
}
