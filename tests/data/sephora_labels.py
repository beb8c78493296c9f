"""Held-out real labels for the product-kind reading (issue 20): 40 products sampled at random (seed 2026,
8 per category, eye creams left out) from a public copy of the Sephora product data set (Kaggle
"cosmetics.csv": retailer category, brand, name, ingredient list as the shop printed it), at
github:alishay-ashraf/SkinCareProductRecommendationSystem cosmetics.csv @ 36df3c7b975d8d251ef01c03b52f66841927a24f.

Collected after the kind rules were written and never used to write them. `kinds` comes only from the
shop's category, never from the name or the list: Moisturizer → moisturise or treat (the category
holds face oils, essences and night serums), Cleanser → cleanse, oil cleanse or tone (it holds
cleansing oils, micellar waters and toners), Treatment → treat, tone or exfoliate, Face Mask → mask or
exfoliate, Sun protect → sunscreen or moisturise.
"""

# ruff: noqa: E501

SOURCE = (
    "github:alishay-ashraf/SkinCareProductRecommendationSystem cosmetics.csv @ 36df3c7b975d8d251ef01c03b52f66841927a24f"
)

SEPHORA_LABELS = [
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "It Cosmetics Your Skin But Better CC+ Cream Oil-Free Matte with SPF 40",
        "text": "Ingredients: Water, Dimethicone, Butylene Glycol Dicaprylate/Dicaprate, Butylene Glycol, Titanium Dioxide [Nano], Titanium Dioxide, Zinc Oxide, Cyclopentasiloxane, Dimethicone/Vinyl Dimethicone Crosspolymer, Butyloctyl Salicylate, Cetyl Peg/Ppg-10/1 Dimethicone, Snail Secretion Filtrate, Sodium Chloride, Bis-Diglyceryl Polyacyladipate-2, Aluminum Hydroxide, Stearic Acid, Disteardimonium Hectorite, Sorbitan Isostearate, Polyglyceryl-4 Isostearate, Hexyl Laurate, Triethoxycaprylylsilane, Triethyl Citrate, Ethyl Hexanediol, Sodium Benzoate, Potassium Sorbate, Polymethylsilsesquioxane, Tocopheryl Acetate, Phenoxyethanol, Disodium Edta, Canadian Colloidal Clay, Moroccan Lava Clay, Avena Sativa Kernel Extract, Oat Kernel Extract, Glycerin, Niacinamide, Curcuma Longa Root Extract, Turmeric Root Extract, Sulfur, Cholesterol, Anthemis Nobilis Flower Water, Perfluorohexane, Persea Gratissima Fruit Extract, Avocado Fruit Extract, Maltodextrin, 1,2-Hexanediol, Vitis Vinifera Seed Extract, Grape Seed Extract, Camellia Sinensis Leaf Extract, Salix Alba Bark Extract, Willow Bark Extract, Magnolia Kobus Bark Extract, Chrysanthemum Indicum Flower Extract, Pentaerythrityl Tetra-Di-T-Butyl Hydroxyhydrocinnamate, Glycine Soja Sprout Extract, Soybean Sprout Extract, Perfluorodecalin, Serica Extract, Silk Extract, Hydrolyzed Silk, Aloe Barbadensis Leaf Extract, Perfluoromethylcyclopentane, Citric Acid, Olea Europaea (Olive) Leaf Extract, Artemisia Princeps Leaf Extract, Cinnamomum Cassia Bark Extract, Pueraria Lobata Root Extract, Diospyros Kaki Leaf Extract, Morus Alba Fruit Extract, Steareth-20, Melaleuca Alternifolia Flower/Leaf/Stem Extract - Tea Tree Flower/Leaf/Stem Extract, Punica Granatum Fruit Juice, Hydrolyzed Collagen, Ethylhexylglycerin, Charcoal Powder, Lactobacillus/Honeysuckle Flower/Licorice Root/Morus Alba Root/Pueraria Lobata Root/Schisandra Chinensis Fruit/Scutellaria Baicalensis Root/Sophora Japonica Flower Extract Ferment Filtrate, Chlorhexidine Digluconate, N-Hydroxysuccinimide, Palmitoyl Tripeptide-1, Hydrolyzed Hyaluronic Acid, Chrysin, Palmitoyl Tetrapeptide-7, [+/- May Contain: Ci 77491, Ci 77492, Ci 77499, Iron Oxides, Ci 77891, Titanium Dioxide].",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "It Cosmetics Secret Sauce Clinically Advanced Miraculous Anti-Aging Moisturizer",
        "text": "Ingredients: Water, Butylene Glycol, Cetyl Ethylhexanoate, Glycerin, Caprylic/Capric Triglyceride, Tribehenin Peg-20 Esters, Olea Europaea (Olive) Fruit Oil, Hydrogenated Polyisobutene, Glyceryl Stearate, Palmitic Acid, Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Stearic Acid, Dimethicone, Isohexadecane, Phenoxyethanol, Tocopheryl Acetate, Chlorphenesin, Tromethamine, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Polysorbate 80, Ethylhexylglycerin, Caprylyl Glycol, Sorbitan Oleate, Fragrance, Disodium Edta, Myristic Acid, Squalane, Ascorbic Acid, Colloidal Oatmeal, Cholesteryl Oleyl Carbonate, Niacinamide, Lactobacillus/Pumpkin Ferment Extract, Polymethylsilsesquioxane, Aloe Barbadensis Leaf Extract, Lactobacillus/Dipteryx Odorata Seed Ferment Filtrate, Camellia Sinensis Leaf Extract, Tocopherol, Panax Ginseng Root Extract, Sodium Hyaluronate, Cholesteryl Nonanoate, Cholesteryl Isostearate, Cholesteryl Chloride, Saccharum Officinarum (Sugar Cane) Extract, Cocos Nucifera (Coconut) Fruit Extract, Curcuma Longa (Turmeric) Root Extract, Vegetable Oil, Sophora Japonica Flower Extract, Aspergillus/Saccharomyces/Rice Ferment Filtrate, Peg-40 Hydrogenated Castor Oil, Glycyrrhiza Glabra (Licorice) Root Extract, Retinyl Palmitate, 1,2-Hexanediol, Steareth-20, Leuconostoc/Radish Root Ferment Filtrate, Hizikia Fusiforme Extract, Chlorella Minutissima Extract, Spirulina Platensis Extract, Codium Fragile Extract, Ulva Lactuca Extract, Fucus Vesiculosus Extract, Laminaria Saccharina Extract, Gelidium Cartilagineum Extract, Macrocystis Pyrifera Extract, Laminaria Digitata Extract, Lactobacillus/Algae Extract Ferment, Codium Tomentosum Extract, Sargassum Muticum Extract, Pikea Robusta Extract, Algae Extract, Agarum Cribosum Extract, Hydrolyzed Algae Extract, Laminaria Japonica Extract, Hydrolyzed Ulva Lactuca Extract, Porphyra Yezoensis Extract, Chlorella Ferment, Ecklonia Cava Extract, Enteromorpha Compressa Extract, Haematococcus Pluvialis Extract, Dunaliella Salina Extract, Undaria Pinnatifida Extract, Laminaria Cloustoni Extract, Sargassum Fulvellum Extract, Salicornia Herbacea Extract, Hypnea Musciformis Extract, Jania Rubens Extract, Citric Acid, Aspergillus/Rice Ferment Extract, Polysorbate 20, Rice Ferment Filtrate (Sake), N-Hydroxysuccinimide, Chamomilla Recutita (Matricaria) Flower Water, Lactobacillus/Centella Asiatica/Gleditsia Sinensis Thorn/Houttuynia Cordata Extract/Phellodendron Amurense Bark/Polygonum Cuspidatum Root/Prunella Vulgaris/Torilis Japonica Extract Ferment Filtrate, Phaseolus Angularis Seed Extract, Saccharomyces/Camellia Sinensis Extract Ferment Filtrate, Lactobacillus Ferment, Lactobacillus/Rice Ferment Filtrate, Bacillus/Cordyceps Sinensis/Ganoderma Lucidum/Inonotus Obliquus/Lentinus Edodes/Phellinus Linteus/Schizophyllum Commune/Tricholoma Matsutake Extract Ferment Filtrate, Carbomer, Hydrolyzed Collagen, Algae Oligosaccharides, Macrocystis Pyrifera (Kelp) Protein, Diamond Powder, Potassium Sorbate, Acetyl Hexapeptide-8, Palmitoyl Pentapeptide-4, Palmitoyl Oligopeptide, Chrysin, Palmitoyl Tetrapeptide-7, Chlorhexidine Digluconate.",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Kora Organics Noni Glow Face Oil",
        "text": "Ingredients: Rosa Canina Fruit Oil*, Simmondsia Chinensis (Jojoba) Seed Oil*, Helianthus Annuus (Sunﬂower) Seed Oil*, Tocopherol, Caprylic/capric Triglyceride, Morinda Citrifolia (Noni) Fruit Extract*, Vitis Vinifera (Grape) Fruit Extract, Lavandula Angustifolia (Lavender) Flower/leaf/stem Extract, Jasminum Ofﬁcinale (Jasmine) Flower/leaf Extract, Eugenia Caryophyllus (Clove) Flower Extract, Rosa Damascena Flower Oil*, Punica Granatum Seed Oil*, Hippophae Rhamnoides (Sea Buckthorn) Seed Oil*, Geraniol**, Citronellol**, Farnesol** Citral**.",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Saturday Skin Featherweight Daily Moisturizing Cream",
        "text": "Ingredients: Water, Butylene Glycol, Ethylhexyl Palmitate, Glycerin, Cyclopentasiloxane, Dipropylene Glyco,l Octyldodecyl Myristate, Silica, Cetearyl Alcohol, Cyclohexasiloxane, Polysorbate 60, 1,2-Hexanediol, Citrus Limon (Lemon) Peel Oil, Juniperus Mexicana Oil, Hydrolyzed Avocado Protein, Citrus Aurantium Dulcis (Orange) Peel Oil, Citrus Grandis (Grapefruit) Peel Oil, Eucalyptus Globulus Leaf Oil, Lavandula Angustifolia (Lavender) Oil, Rosmarinus Officinalis (Rosemary) Leaf Oil, Ananas Sativus (Pineapple) Fruit Extract, Pyrus Malus (Apple) Fruit Extract, Actinidia Chinensis (Kiwi) Fruit Extract, Fragaria Vesca (Strawberry) Fruit Extract, Prunus Persica (Peach) Fruit Extract, Vitis Vinifera (Grape) Fruit Extract, Ficus Carica (Fig) Fruit Extract, Ginkgo Biloba Nut Extract, Morus Alba Fruit Extract, Punica Granatum Fruit Extract, Phoenix Dactylifera (Date) Seed, Glyceryl Stearate, Ammonium Acryloyldimethyltaurate/VP Copolymer, Sorbitan Sesquioleate, Tromethamine, PEG-100 Stearate, Caprylyl Glycol, Cetearyl Olivate, Sorbitan Olivate, Stearic Acid, Dimethicone Crosspolymer, Dimethiconol, Hydrogenated Lecithin, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Ceteareth-20, Maltodextrin, Saccharide Hydrolysate, Cholesterol, PEG-800, Ascorbic Acid, Polysorbate 20, sh-Oligopeptide-1, sh-Polypeptide-1, sh-Oligopeptide-2, sh-Polypeptide-22, sh-Polypeptide-45, sh-Polypeptide-8, sh-Polypeptide-9, Carbomer, Xanthan Gum, Disodium EDTA, Phenoxyethanol.",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Dr. Dennis Gross Skincare Ferulic + Retinol Anti-Aging Moisturizer",
        "text": "Ingredients: Water, Dimethicone, Cyclopentasiloxane, Isododecane, Dimethiconol, Cyclohexasiloxane, Cyclotetrasiloxane, Butylene Glycol, Caprylic/Capric Triglyceride, Stearyl Dimethicone, Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Potassium Cetyl Phosphate, Octadecene, Cetearyl Alcohol, Polymethyl Methacrylate, Isohexadecane, Collagen Amino Acids, Ferulic Acid, Gallic Acid, Ellagic Acid, Arnica Montana Flower Extract, Centella Asiatica Extract, Retinol, Glycyrrhiza Glabra (Licorice) Root Extract, Tocopherol, Morus Alba Leaf Extract, Sodium Hyaluronate, Arctostaphylos Uva Ursi Leaf Extract, Glycolic Acid, Lactic Acid, Hydrolyzed Soy Protein, Glycine Soja (Soybean) Oil, Adenosine, Saccharide Isomerate, Salix Alba (Willow) Bark Extract, Tetrapeptide-21, Caprylyl Glycol, Glycerin, Glyceryl Behenate, Acrylates/Carbamate Copolymer, Leuconostoc/Radish Root Ferment Filtrate, Helianthus Annuus (Sunflower) Seed Oil, Tetrahydropiperine, BHT, Benzophenone-3, Glyceryl Stearate SE, Citric Acid, Bis-Vinyl Dimethicone/Dimethicone Copolymer, Dimethicone Crosspolymer-3, Cyclodextrin, Sodium Citrate, Tetrasodium EDTA, Ascorbyl Palmitate, Hexylene Glycol, Polysorbate 80, Behenic Acid, Citrus Aurantium Bergamia (Bergamot) Fruit Extract, Citrus Limon (Lemon) Peel Extract, Lavandula Angustifolia (Lavender) Flower/Leaf/Stem Extract, Citral, Limonene, Linalool, Phenoxyethanol, Potassium Sorbate, Sodium Benzoate, Annatto (CI 75120).",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Caudalie Resveratrol Lift Face Lifting Soft Cream",
        "text": "Ingredients: Water, Coco-Caprylate/Caprate*, Caprylic/Capric Triglyceride*, Octyldodecyl Myristate*, Glycerin*, Butyrospermum Parkii (Shea) Butter Extract*, Butylene Glycol, Cetearyl Alcohol*, C12-16 Alcohols*, Methyl Methacrylate Crosspolymer, Vitis Vinifera (Grape) Seed Oil*, Polymethyl Methacrylate, Cetearyl Glucoside*, Polyacrylate Crosspolymer-6, Ci 77891 (Titanium Dioxide), Hydrogenated Lecithin*, Palmitic Acid*, Fragrance, Potassium Cetyl Phosphate, Palmitoyl Grapevine Shoot Extract*, Caprylyl Glycol, Ci 77019 (Mica), Tocopherol*, Helianthus Annuus (Sunflower) Seed Oil*, Sorbitan Laurate*, Xanthan Gum, Hydrolyzed Hyaluronic Acid , Hydroxyethylcellulose*, Acetyl Dipeptide-1 Cetyl Ester, Hyaluronic Acid, Sodium Phytate*, Dehydroacetic Acid, Silica, Sodium Hydroxide, , Tin Oxide, Alcohol*, Citric Acid*, Benzyl Alcohol , Butylphenyl Methylpropional, Coumarin, Limonene, Linalool. *Plant Origin.",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Josie Maran Argan Infinity Cream Intensive Creamy Oil",
        "text": "Ingredients: -100 Percent Pure Argan Oil: Nourishes and protects skin with essential fatty acids, antioxidants, and vitamin E. -Aloe Vera: Calms and conditions skin. -Jojoba Oil: Diminishes visible signs of aging.",
    },
    {
        "category": "Moisturizer",
        "kinds": ("moisturise", "treat"),
        "name": "Clinique Dramatically Different Moisturizing Lotion+",
        "text": "Ingredients: Water , Mineral Oil/Paraffinum Liquidum/Huile Minerale , Glycerin , Petrolatum , Stearic Acid , Glyceryl Stearate , Sesamum Indicum (Sesame) Oil , Urea , Lanolin Alcohol , Triethanolamine , Hordeum Vulgare (Barley) Extract/Extrait D'Orge , Cucumis Sativus (Cucumber) Fruit Extract , Helianthus Annuus (Sunflower) Seedcake , Propylene Glycol Dicaprate , Sodium Hyaluronate , Butylene Glycol , Pentylene Glycol , Trisodium Edta , Phenoxyethanol , Yellow 6 (Ci 15985) , Yellow 5 (Ci 19140) , Red 33 (Ci 17200)",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Fresh Umbrian Clay Pore Purifying Face Exfoliator",
        "text": "Ingredients: Water, Solum Fullonum (Fuller's Earth), Kaolin, Glycerin, Bam- busa Arundinacea Stem Extract, Butylene Glycol, Olea Europaea (Olive) Seed Powder, Pentylene Glycol, Hydroxyethyl Acrylate/ Sodium Acryloyldimethyl Tau- rate Copolymer, Cocamidopro- pyl Betaine, Vitis Vinifera (Grape) Seed Oil, Olea Euro- paea (Olive) Leaf Extract, San- talum Album (Sandalwood) Oil, Lavandula Angustifolia (Lavender) Flower Water, An- themis Nobilis Flower Oil, Citrus Medica Limonum (Lemon) Fruit Extract, Amyris Balsamifera Bark Oil, Spiraea Ulmaria Extract, Fusanus Spica- tus Wood Oil, Tocopheryl Ac- etate, Citric Acid, Sodium Chlo- ride, Xanthan Gum, Polysor- bate 60, Sorbitan Isostearate, Fragrance, BHT, Phenoxyethanol, Linalool.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Clinique Acne Solutions Cleansing Foam",
        "text": "Ingredients: Water , Glycerin , Butylene Glycol , Sodium Methyl Cocoyl Taurate , Sucrose , Disodium Phosphate , Arginine Cocoate , Laminaria Saccharina Extract , Caffeine , Algae Extract , Cola Acuminata (Kola) Seed Extract , Sea Whip Extract , Peg/Ppg-18/18 Dimethicone , Sodium Hyaluronate , Ppg-6-Decyltetradeceth-30 , Lactobacillus Ferment , Stearamidopropyl Dimethylamine , Acetyl Glucosamine , Capryloyl Glycine , 10-Hydroxydecanoic Acid , Polyquaternium-7 , Phospholipids , Stearic Acid , Sodium Hydroxide , Disodium Edta , Phenoxyethanol , Chloroxylenol",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Murad Refreshing Cleanser",
        "text": "Ingredients: Water, Sodium Laureth Sulfate, Disodium Laureth Sulfosuccinate, Disodium Cocoamphodiacetate, Glycol Distearate, Butylene Glycol, Algae Extract, Hedychium Coronarium Root Extract, Witch Hazel Leaf Extract, Actinidia Chinensis (Kiwi) Fruit Extract, Cucumber Fruit Extract, Glycolic Acid, Sodium PCA, PEG-8 Distearate, Polyquaternium-4, Phenoxyethanol, Methylparaben, Propylparaben, Limonene, Hydroxyisohexyl 3-Cyclohexene Carboxaldehyde, Fragrance.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Belif Problem Solution Toner",
        "text": "Ingredients: Water, Dipropylene Glycol, Butylene Glycol, 1,2-Hexanediol, Glycerin, Melaleuca Alternifolia (Tea Tree) Leaf Oil, Calendula Officinalis Flower Extract*+, Avena Sativa (Oat) Kernel Extract*, Nepeta Cataria Extract*, Rubus Idaeus (Raspberry) Leaf Extract*, Baptisia Tinctoria Root Extract*, Stellaria Media (Chickweed) Extract*, Arctium Lappa Root Extract+, Echinacea Angustifolia Extract+, Rosmarinus Officinalis (Rosemary) Leaf Extract+, Lavandula Angustifolia (Lavender) Flower Extract+, Lactobacillus/Soybean Ferment Extract, Saccharomyces/Potato Extract Ferment Filtrate, Saccharomyces/Barley Seed Ferment Filtrate, Centella Asiatica Extract, Glycyrrhiza Glabra (Licorice) Root Extract, Camellia Sinensis Leaf Extract, Scutellaria Baicalensis Root Extract, Polygonum Cuspidatum Root Extract, Chamomilla Recutita (Matricaria) Flower Extract, Glycine Soja (Soybean) Sprout Extract, Magnolia Kobus Bark Extract, Sodium Hyaluronate, Panthenol, Alanyl Glutamine, PEG-40 Hydrogenated Castor Oil, Octyldodeceth-16, Citric Acid, Sodium Citrate, Trisodium EDTA, Sodium Polyacrylate, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Eucalyptus Globulus Leaf Oil, Rosmarinus Officinalis (Rosemary) Leaf Oil, Fragrance**, Citral, Citronellol, Limonene, Geraniol, Linalool.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Bareminerals OIL OBSESSED™ Total Cleansing Oil",
        "text": "Ingredients: Carthamus Tinctorius (Safflower) Seed Oil, Coconut Alkanes, Pentaerythrityl Tetraethylhexanoate, Sorbeth-30 Tetraisostearate, Squalane, Coco-Caprylate/Caprate, Water (Aqua/Eau), Tocopherol, Borago Officinalis Seed Oil, Cucumis Sativus (Cucumber) Seed Oil, Vaccinium Myrtillus Seed Oil, Helianthus Annuus (Sunflower) Seed Oil, Sea Salt (Maris Sal/Sel Marin), Fragrance, Limonene, Linalool, Phenoxyethanol.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Too Faced Mascara Melt Off Cleansing Oil",
        "text": "Ingredients: Neopentyl Glycol Dicaprylate/Dicaprate, Isohexadecane, Disteardimonium Hectorite, Propylene Carbonate, DI-PPG-3 Myristyl Ether Adipate, Squalane, Oryza Sativa (Rice) Extract/Oryza Sativa Extract, Hexyldecanol, Glycine Soja (Soybean) Oil/Glycine Soja Oil, Bisabolol, Cetylhydroxyproline Palmitamide, Stearic Acid, Brassica Campestris (Rapeseed) Sterols/Brassica Campestris Sterols, Camellia Sinensis Leaf Extract, Phenoxyethanol.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Shiseido White Lucent Luminizing Infuser",
        "text": "Ingredients: Water, Dipropylene Glycol, Glycerin, Tranexamic Acid, Peg-6, Peg-32, Peg/Ppg-14/7 Dimethyl Ether, Sorbitol, Diglycerin, Phenoxyethanol, Ppg-13-Decyltetradeceth-24, Butylene Glycol, Methylparaben, Disodium Edta, Erythritol, Carbomer, Lauryl Betaine, Xanthan Gum, Allantoin, 3-O-Ethyl Ascorbic Acid, Fragrance (Parfum), Sodium Metabisulfite, Sodium Hyaluronate, Prunus Yedoensis Leaf Extract, Crataegus Monogyna Flower Extract, Butylphenyl Methylpropional, Rehmannia Chinensis Root Extract, Sodium Benzoate, Tocopherol, Rosa Roxburghii Fruit Extract.",
    },
    {
        "category": "Cleanser",
        "kinds": ("cleanse", "oil_cleanse", "tone"),
        "name": "Erborian Double Mousse Gentle Cleansing Foam",
        "text": "Ingredients: Water, Glycerin, Disodium Cocoamphodiacetate, Coco-Betaine, Sodium Chloride, Sodium Methyl Cocoyl Taurate, Vaccinium Myrtillus Fruit Extract, Salix Alba (Willow) Bark Extract, Acer Saccharum (Sugar Maple) Extract, Citrus Aurantium Dulcis (Orange) Fruit Extract, Citrus Limon (Lemon) Fruit Extract, Centella Asiatica Extract, Saccharum Officinarum (Sugar Cane) Extract, Scutellaria Baicalensis Root Extract, Polygonum Cuspidatum Root Extract, Glycyrrhiza Glabra (Licorice) Root Extract, Chamomilla Recutita (Matricaria) Flower Extract, Camellia Sinensis Leaf Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, Sodium Citrate, Panthenol, Butylene Glycol, Ethylhexylglycerin, Polyquaternium-7, Phenoxyethanol, Fragrance, Limonene, Linalool, Citral, Ci 19140/Yellow 5, Ci 42090/Blue 1.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Murad Post-Acne Spot Lightening Gel",
        "text": "Ingredients: Water, Alcohol Denat., Glycolic Acid, Butylene Glycol, Glycerin, Methyl Gluceth-10, Aloe Barbadensis Leaf Juice, Salix Alba (Willow) Bark Extract,Lecithin, Magnesium Ascorbyl Phosphate, Tocopherol, Palmitoyl Hydroxypropyltrimonium Amylopectin/Glycerin Crosspolymer, Vitis Vinifera (Grape) Seed Extract, Rice Amino Acids, Chitosan Ascorbate, Lysine Lauroyl Methionate, Zinc Asparate, Allantoin, Melaleuca Alternifolia (Tea Tree) Leaf Oil, Dipotassium Glycyrrhizate, Polyquaternium-10, Hydroxyethylcellulose, PEG-40 Hydrogenated Castor Oil, Tetrasodium EDTA, Sodium Metabisulfate, Sodium Sulfite, Sodium Hydroxide.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Shiseido Bio-Performance Glow Revival Serum",
        "text": "Ingredients: Water, Dipropylene Glycol, Glycerin, Dimethicone, Diphenylsiloxy Phenyl Trimethicone, Sd Alcohol 40-B (Alcohol Denat.), Peg-20, Trehalose, Pentaerythrityl Tetraethylhexanoate, Behenyl Alcohol, Silica, Isostearic Acid, Mica, Phytosteryl Macadamiate, Titanium Dioxide (Ci 77891), Stearyl Alcohol, Phenoxyethanol, Sodium Methyl Stearoyl Taurate, Lauryl Betaine, Methylparaben, Carbomer, Xylitol, Tocopheryl Acetate, Sodium Hyaluronate, Potassium Hydroxidw, Disodium Edta, Fragrance, Glycyl Glycine, 2-O-Ethyl Ascorbic Acid, Sodium Metaphosphate, Butylene Glycol, Limonene, Sodium Metabisulfite, Dipotassium Glycyrrhizate, Oryzanol, Magnesium Ascorbyl Phosphate, Saccharomyces Ferment Lysate Filtrate, Alcohol, Hexyl Cinnamal, Benzyl Benzoate, Butylphenyl Methylpropional, Linalool, Sodium Acetylated Hyaluronate, Iron Oxides (Ci 77491), Alpha-Isomethyl Ionone, Crataegus Monogyna Flower Extract, Citronellol, Geraniol, Sodium Benzoate, Tocopherol, Camellia Sinensis Leaf Extract, Cinnamomum Cassia Bark Extract.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Omorovicza Silver Skin Savior Salicylic/Glycolic Acid Treatment",
        "text": "Ingredients: Glycerin, Water, Glycolic Acid, Niacinamide, Cetearyl Olivate, Propanediol, Sorbitan Olivate, Yeast Extract, Sodium Hydroxide, Salicylic Acid, Lactic Acid, Parfum (Fragrance), Colloidal Silver, Xanthan Gum, Behenyl Alcohol, Butyrospermum Parkii (Shea Butter), Leuconostoc/Radish Root Ferment Filtrate, Phospholipids, Hydrogenated Castor Oil, Stearyl Alcohol, Protease, Subtilisin, Geraniol, Citronellol, Linalool.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Shiseido Future Solution LX Intensive Firming Contour Serum",
        "text": "Ingredients: Dimethicone, Dipropylene Glycol, Glycerin, Bis-Peg-18 Methyl Ether Dimethyl Silane, Peg-75, Diphenylsiloxy Phenyl Trimethicone, Bis-Diglyceryl Polyacyladipate-2, Piperidinepropionic Acid, Trimethylsiloxysilicate, Polysilicone-11, Polysorbate 20, Peg-10 Dimethicone, Pentaerythrityl Tetraethylhexanoate, Phenoxyethanol, Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Peg-60 Glyceryl Isostearate, Butylene Glycol, Isostearic Acid, Isohexadecane, Sodium Citrate, Succinoglycan, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Tocopheryl Acetate, Sodium Hyaluronate, Fragrance (Parfum), Polysorbate 80, Potassium Hydroxide, Lauryl Betaine, Bht, 2-O-Ethyl Ascorbic Acid, Xanthan Gum, Citric Acid, Sodium Metabisulfite, Disodium Edta, Sorbitan Oleate, Sodium Metaphosphate, Alcohol, Linalool, Glycyrrhiza Glabra (Licorice) Root Extract, Butylphenyl Methylpropional, Limonene, Iron Oxides (Ci 77492), Alpha-Isomethyl Ionone, Prunus Speciosa Leaf Extract, Citronellol, Geraniol, Benzyl Benzoate, Angelica Acutiloba Root Extract, Rubus Suavissimus (Raspberry) Leaf Extract, Isodonis Japonicus Leaf/Stalk Extract, Iron Oxides (Ci 77491), Hibiscus Esculentus Fruit Extract, Camellia Sinensis Leaf Extract, Tocopherol, Sodium Benzoate.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Dermadoctor Kakadu C™ Intensive Vitamin C Peel Pads with Ferulic Acid & Vitamin E",
        "text": "Ingredients: Aqua, Glycolic Acid, Rose Centifolia Flower Water, Lactic Acid, Potassium Hydroxide, Mandelic Acid, Hyaluronic Acid, Polysorbate 20, SD Alcohol 40-B, Glycerin, Terminalia Ferdinandiana Fruit Extract, Microcitrus Australasica Fruit Extract, Salix Nigra (Willow) Bark Extract, Malic Acid, Algae Extract, Superoxide Dismutase, Camellia Oleifera (Green Tea) Leaf Extract, Camellia Sinensis (White Tea) Leaf Extract, Aloe Barbadensis Leaf Juice, Squalane, Papain, Ferulic Acid, Vitamin E Acetate, Oleanolic Acid, Enantia Chlorantha Bark Extract, Phenoxyethanol, Potassium Sorbate, Ethylhexylglycerin, Butylene Glycol, Sodium Benzoate, Citric Acid.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Murad Complete Reform",
        "text": "Ingredients: Water, Glycolic Acid, PPG-12/SMDI Copolymer, Sodium Hydroxide, Sclerotium Gum, Oat Kernel Flour, Dicaprylyl Maleate, Xanthophyll, Astaxanthin, Beta-Carotene, Corn Oil, Hydrolyzed Soybean Fiber , Punica Granatum Extract, Tocopheryl Acetate, Pollen Extract, Soybean Oil Unsaponifiables, Olive Oil Unsaponifiables, Wheat Germ Oil Unsaponifiables, Dipotassium Glycyrrhizate, Cetearyl Alcohol, Ceteareth-20, Ascorbic Acid, Butylene Glycol, Chitosan, Propyl Gallate, Zinc Gluconate, PEG-100 Stearate, Glyceryl Stearate, Sodium PCA, Proline, Sodium Lactate, Sorbitol, Disodium EDTA, Phenoxyethanol, Caprylyl Glycol, Chlorphenesin, Linalool, Lavender Oil, Titanium Dioxide (CI 77891).",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Murad Rapid Resurfacing Peel",
        "text": "Ingredients: Water, Alcohol Denat., Glycerin, Glycolic Acid, Sodium Hydroxide, Linoleic Acid, Punica Granatum Extract, Dipotassium Glycyrrhizate, Ascorbic Acid, Chitosan, Propyl Gallate, Lecithin, PEG-40 Hydrogenated Castor Oil, Butylene Glycol, Hydroxyethylcellulose, Disodium EDTA.",
    },
    {
        "category": "Treatment",
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Dr. Brandt Skincare Bright Biotic™ Dark Spot Minimizing Serum",
        "text": "Ingredients: Water, Dicaprylyl Ether, Propanediol, C9-12 Alkane, Glyceryl Stearate, Peg-100 Stearate, Caprylic/Capric Triglyceride, Squalane, Caprylyl Methicone, Coco-Caprylate/Caprate, Niacinamide, Polysilicone-11, Cetyl Alcohol, Glycerin, Hexylresorcinol, Ethyl Linoleate, Lactococcus Ferment Lysate, Inulin, Peg-40 Stearate, 1,2-Hexanediol, Sodium Pca, Polyacrylate Crosspolymer-6, Laureth-12, Yogurt Powder, Ammonium Glycyrrhizate, Disodium Edta, Caprylhydroxamic Acid, Honey, Lavandula Angustifolia (Lavender) Oil, Xanthan Gum, Phenoxyethanol, Camellia Sinensis Leaf Extract, Butylene Glycol, Vitis Vinifera (Grape) Seed Extract, Tartaric Acid, Saxifraga Sarmentosa Extract, Carica Papaya Fruit Extract, Ethylhexylglycerin, Sodium Sulfite, Sodium Metabisulfite, Psidium Guajava Fruit Extrac T, Sodium Benzoate, Papain, Bromelain, Maltodextrin.",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Origins Dragon Fruit Brightening Superfruit Mask",
        "text": "Ingredients: Water, Dimethicone, Butylene Glycol, Glycerin, Trisiloxane, Juglans Regia (Walnut) Shell Powder, Citrus Aurantium Dulcis (Orange) Peel Oil*, Citrus Limon (Lemon) Peel Oil*, Citrus Reticulata (Tangerine) Leaf Oil*, Citrus Aurantifolia (Lime) Oil*, Cananga Odorata Flower Oil*, Ribes Nigrum (Black Currant) Seed Oil*, Pelargonium Graveolens Flower Oil*, Amyris Balsamifera Bark Oil*, Dipteryx Odorata Seed Extract, Citrus Aurantium Amara (Bitter Orange) Flower Extract, Triethyl Citrate,Vanillin, Limonene, Linalool, Citral, Coumarin, Geraniol, Hylocereus Undatus Fruit Extract, Trehalose, Ammonium Acryloyldimethyltaurate/VP Copolymer, Sucrose**, Gelidiella Acerosa Extract, Hypnea Musciformis (Algae) Extract, Caffeine, Sodium Hyaluronate, Sorbitol, Oleth-10, Caprylyl Glycol, Raspberry Ketone, Tocopheryl Acetate, Tetrahexyldecyl Ascorbate, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Tromethamine, Hexylene Glycol, Phenoxyethanol, Bht, Titanium Dioxide (Ci 77891), Red 33 (Ci 17200), Red 4 (Ci 14700).",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Kiehl'S Since 1851 Cilantro & Orange Extract Pollutant Defending Mask",
        "text": "Ingredients: Water, Propanediol, Shea Butter, Glycerin, Cetearyl Alcohol, Arginine, Glyceryl Stearate, Apricot Kernel Oil, Lauroyl Lysine, Vaccinium Myrtillus Fruit Extract, Olive Fruit Oil, Cetearyl Glucoside, Squalane, Neohesperidin Dihydrochalcone, Coriander Seed Oil, Tocopherol, Sugar Cane Extract, Sclerotium Gum, Caprylyl Glycol, Ferulic Acid, Orange Fruit Water, Lemon Fruit Extract, Xanthan Gum, Lavender Oil, Peppermint Oil, Rice Bran Oil, Sugar Maple Extract, Ci 77288, Chromium Oxide Greens, Linalool, Sunflower Seed Oil, Phytic Acid, Limonene, Citral, Geraniol, Citric Acid.",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Tata Harper Resurfacing Mask",
        "text": "Ingredients: Aloe barbadensis Leaf Juice*, Salix Alba (Willow) Bark Extract, Sclerotium gum, Aqua/water/Eau, Lactobacillus Ferment, Maltooligosyl Glucoside, Lactobacillus/Punica granatum Fruit Ferment Extract, Leuconostoc Ferment Filtrate, Hydrogenated Starch Hydrolysate, Hydrolyzed Corn Starch, Beta vulgaris/Beet Root Extract/Extrait de racine de betterave, Kaolin (Rose Clay), Sodium Phytate, Aroma**, Benzyl Alcohol, Citral, Citronellol, Eugenol, Geraniol, Limonene, Linalool.",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Glamglow GLAMGLOW x MY LITTLE PONY® #GLITTERMASK GRAVITYMUD™ Firming Treatment",
        "text": "Ingredients: -TEAOXI® Complex (Licorice and Marshmallow Leaf): Creates a firmer-looking complexion. -Vizitight (Firming Matrix, Marine Algae Plasma, and Biodefine Polymers): Delivers tighter-looking skin. -Lunarlift: Tones and tightens the appearance of skin with soy isoflavone liposome red algae extract. -Cosmiplexion (Icelandic Kelp, Hyaluronic Acid, and Glacial Clay): Supports a youthful appearance. Please be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive for the most up-to-date list of ingredients.",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Peter Thomas Roth Mask Frenzy",
        "text": "Ingredients: Magnesium Sulfate, Butyrospermum Parkii (Shea) Butter, Butylene Glycol, Dimethicone, Shea Butter Glycerides, Caprylic/Capric Triglyceride, Ceteareth-20, Kaolin, Zeolite, Helianthus Annuus (Sunflower) Seed Oil, Prunus Armeniaca (Apricot) Kernel Oil, Prunus Persica (Peach) Kernel Oil, Rosa Moschata Seed Oil, Prunus Amygdalus Dulcis (Sweet Almond) Oil, Simmondsia Chinensis (Jojoba) Seed Oil, Glycine Soja (Soybean) Oil, Honey (Mel), Elaeis Guineensis (Palm) Butter, Punica Granatum Fruit Juice, Fagus Sylvatica Bud Extract, Sambucus Nigra Fruit Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, Tocopherol, Glycerin, Illite, Squalane, Hydrogenated Vegetable Oil, Lecithin, Ethylhexyl Palmitate, Dipropylene Glycol, Dimethicone/PEG-10/15 Crosspolymer, Polysilicone-11, Lauryl PEG-9 Polydimethylsiloxyethyl Dimethicone, Water/Aqua/Eau, Ethoxydiglycol, Propylene Glycol, Sodium Citrate, Benzyl Alcohol, Benzoic Acid, Sodium Benzoate, Potassium Sorbate, Phenoxyethanol.",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "First Aid Beauty Hello FAB Ginger & Turmeric Vitamin C Jelly Mask",
        "text": "Ingredients: Water, Butylene Glycol, Carbomer, Curcuma Longa (Turmeric) Root Extract, Selaginella Lepidophylla Extract, Zingiber Officinale (Ginger) Root Extract, Ascorbyl Glucoside, Beta Vulgaris (Beet) Root Extract (Extrait de Racine de Betterave), Glycyrrhiza Glabra (Licorice) Root Extract, Chrysanthemum Parthenium (Feverfew) Extract, Camellia Sinensis Leaf Extract, Alteromonas Ferment Filtrate, Glycerin, Hydrolyzed Corn Starch, Allantoin, Sodium PCA, Zingiber Officinale (Ginger) Root Oil, Thymus Vulgaris (Thyme) Flower/Leaf Oil, Myrtus Communis Oil, Eugenia Caryophyllus (Clove) Bud Oil, Eucalyptus Globulus Leaf Oil, Elettaria Cardamomum Seed Oil, Eugenia Caryophyllus (Clove) Leaf Oil, Citrus Limon (Lemon) Peel Oil, Citrus Aurantifolia (Lime) Oil, Biosaccharide Gum-1, Lactic Acid, P-Anisic Acid, Phenoxyethanol, Disodium EDTA, Lactobacillus Ferment, Sorbitan Oleate Decylglucoside Crosspolymer, Citric Acid, Sodium Hydroxide, Potassium Hydroxide, Terpineol Acetate, Linalyl Acetate, Geranyl Acetate, CI 75120 (Annatto).",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Estée Lauder Advanced Night Repair Concentrated Recovery PowerFoil Mask",
        "text": "Ingredients: Advanced Night Rpr Powerfoil Mask Division: El (Estee Lauder)Ingredients: Water , Methyl Gluceth-20 , Peg-75 , Butylene Glycol , Bis-Peg-18 Methyl Ether Dimethyl Silane , Propanediol , Glycereth-26 , Cladosiphon Okamuranus Extract , Garcinia Mangostana Peel Extract , Magnolia Officinalis Bark Extract , Silybum Marianum (Lady'S Thistle) Extract , Echinacea Purpurea (Coneflower) Extract , Limonium Vulgare Flower/Leaf/Stem Extract , Lactobacillus Ferment , Betula Alba (Birch) Extract , Hydrolyzed Algin , Acetyl Dipeptide-1 Cetyl Ester , Coffea Arabica (Coffee) Seed Extract , Hydrolyzed Rice Extract , Poria Cocos Sclerotium Extract , Algae Extract , Squalane , Yeast Extract/Faex/Extrait De Levure , Caffeine , Peg-8 Glyceryl Isostearate , Glycerin , Artemia Extract , Lecithin , Glycine , Anthemis Nobilis (Chamomile) , Sodium Hyaluronate , Oleth-3 Phosphate , Caprylyl Glycol , Tocopheryl Acetate , Carbomer , Dextrin , Sodium Hydroxide , Xanthan Gum , Laureth-3 , Hydroxyethylcellulose , Trisodium Edta , Phenoxyethanol",
    },
    {
        "category": "Face Mask",
        "kinds": ("mask", "exfoliate"),
        "name": "Farmacy Bright On Massage-Activated Vitamin C Mask with Echinacea GreenEnvy™",
        "text": "Ingredients: Water, Aloe Barbadensis Leaf Juice, Kaolin, Glycerin, Bentonite, Pyrus Malus (Apple) Fruit Extract, Propanediol, Titanium Dioxide (Ci 77891), Sorbitol, 1,2-Hexanediol, Lauroyl Lysine, Chromium Oxide Greens, Maltooligosyl Glucoside, Xanthan Gum, Echinacea Purpurea Root Extract, Ascorbyl Tetraisopalmitate, Ascorbic Acid, Citrus Aurantium Dulcis (Orange) Fruit Extract, Citrus Limon (Lemon) Fruit Extract, Citrus Aurantifolia (Lime) Oil, Vaccinium Myrtillus Fruit/Leaf Extract, Vaccinium Angustifolium (Blueberry) Fruit Extract, Lavandula Angustifolia (Lavender) Oil, Acer Saccharum (Sugar Maple) Extract, Centella Asiatica Extract, Saccharum Officinarum (Sugarcane) Extract, Glycyrrhiza Glabra (Licorice) Root Extract, Lavandula Hybrida Oil, Rosmarinus Officinalis (Rosemary) Leaf Extract, Cucumis Sativus (Cucumber) Fruit Extract, Brassica Oleracea Acephala Leaf Extract, Brassica Oleracea Italica (Broccoli) Extract, Camellia Sinensis Leaf Extract, Mentha Piperita (Peppermint) Oil, Rosmarinus Officinalis (Rosemary) Leaf Oil, Citrus Aurantium Dulcis (Orange) Peel Oil, Anthemis Nobilis Flower Oil, Chamomilla Recutita (Matricaria) Flower Extract, Aloe Barbadensis Leaf Extract, Tocopherol, Betaine, Zingiber Officinale (Ginger) Root Oil, Hydrogenated Starch Hydrolysate, Perilla Ocymoides Seed Oil, Helianthus Annuus (Sunflower) Seed Oil, Trisodium Ethylenediamine Disuccinate, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Cananga Odorata Flower Oil, Cymbopogon Martini Oil, Pelargonium Graveolens Oil, Pogostemon Cablin Oil, Sclerotium Gum, Pullulan, Polygonum Cuspidatum Root Extract, Scutellaria Baicalensis Root Extract, Abies Sibirica Oil, Cellulose Gum, Sucrose, Mica, Pentaerythrityl Tetra-Di-T-Butyl Hydroxyhydrocinnamate, Potassium Sorbate, Ethylhexylglycerin, Manganese Violet, Polyglyceryl-10 Laurate, Cellulose Acetate Butyrate, Caprylic/Capric Triglyceride, Citric Acid, Polyglyceryl-10 Myristate, Acrylates Copolymer, Sodium Benzoate, Algin, Bioflavonoids, Limonene, Linalool.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Murad Resurgence® Age–Balancing Moisture Broad Spectrum SPF 30",
        "text": "Ingredients: Water, C12-15 Alkyl Benzoate, Glycerin, Tapioca Starch, Hydrogenated Vegetable Glycerides, Butyrospermum Parkii (Shea Butter), Caprylyl Methicone, Cetearly Alcohol, Dicaprylyl Carbonate, Helianthus Annus (Sunflower) Seed Oil, Diethylhexyl 2, 6-Naphthalate, Ethoxydiglycol, Phenyl Trimethicone, Sodium Polyacrylate, Butylene Glycol, Vitis Vinifera (Grape) Seed Oil, Jojoba Alcohol, Potassium Jojobate, Panthenol, Arginine, Allantoin, Bisabolol, Dioscorea Villosa (Wild Yam) Root Extract, Disodium EDTA, Octdecyl Di-t-butyl-4 Hydroxyhydrocinnamate, Persea Gratissima (Avocado) Oil, Tocopheryl Acetate, Benzoic Acid, Dehydroacetic Acid, Disodium Adenosine Triphosphate, Dipotassium Glycyrrhizate, Polymethylsilsequioxane, Selaginella Lepidophylla Extract, Trifolium Pratense (Clover) Flower Extract, Propylene Glycol, Betaine, Inositol, Taurine, Trehalose, Urea, Yeast Amnio Acids, Proline, Glycine, Sorbitol, Carica Papaya Fruit Extract, Algin, Sodium Hyaluronate, Hydrolyzed Soy Protein, Copper Tripeptide-1, Iris Florentina Root Extract, Phenoxyethanol, Fragrance, Limonene, Linalool.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Perricone Md High Potency Classics: Face Finishing & Firming Moisturizer Tint SPF 30",
        "text": "Ingredients: Water, Glycerin, Cyclopentasiloxane, Dimethicone, Pentylene Glycol, Ethylhexyl Methoxycrylene, Polyester-8, Polyglyceryl-3 Polydimethylsiloxyethyl Dimethicone, Hydroxyethyl Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Benzyl Alcohol, Aluminum Hydroxide, Stearic Acid, Iron Oxides ( CI 77491, CI 77492, CI 77499), Diethylhexyl Syringylidenemalonate, Hydrogenated Lecithin, Titanium Dioxide (CI 77891), Isohexadecane, Bisabolol, Mica (CI 77019), Tetrahexyldecyl Ascorbate, Phenoxyethanol, Silica Dimethyl Silytate, Polyester-1, Polysilicone-11, Polysorbate 60, Caprylic/Capric Triglyceride, Sodium Benzoate, Potassium Sorbate, Fragrance, Xanthan Gum, Hydrogenated Phosphatidylcholine Citronellol, Thioctic Acid, Geraniol, Astaxanthin, Hydroxycitronellal, Butylphenyl Methylpropional.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Clinique Repairwear Laser Focus Line Smoothing Cream Broad Spectrum SPF 15 for Combination Oily to Oily Skin",
        "text": "Ingredients: Octinoxate 7.5% , Titanium Dioxide 1.5%Water , Cetyl Ethylhexanoate , Butylene Glycol , Octyldodecyl Neopentanoate , Peg-100 Stearate , Glyceryl Stearate , Glycerin , Hydrogenated Lecithin , Polyethylene , Pentylene Glycol , Silica , Citrus Reticulata (Tangerine) Peel Extract , Saccharomyces Lysate Extract , Polygonum Cuspidatum Root Extract , Algae Extract , Triticum Vulgare (Wheat) Bran Extract , Coffea Robusta Seed Extract , Astrocaryum Murumuru Seed Butter , Padina Pavonica Thallus Extract , Betula Alba (Birch) Bark Extract , Creatine , Adenosine Phosphate , Laurdimonium Hydroxypropyl Hydrolyzed Soy Protein , Linoleic Acid , Hydrolyzed Rice Extract , Hydroxyproline , Olea Europaea (Olive) Fruit Extract , Sigesbeckia Orientalis (St. Paul'S Wort) Extract , Coleus Barbatus Extract , Acetyl Hexapeptide-8 , Sodium Dna , Caffeine , Cholesterol , Ethylhexyl Stearate , Sorbitol , Ethylhexyl Palmitate , Decarboxy Carnosine Hcl , Phytosphingosine , Propylene Glycol Dicaprate , Disodium Nadh , Caprylyl Glycol , Acrylates Copolymer , Trehalose , Sodium Rna , Cetyl Alcohol , Dipalmitoyl Hydroxyproline , Proline , Aminopropyl Ascorbyl Phosphate , Behenyl Alcohol , Methicone , Hexylene Glycol , Xanthan Gum , Sodium Hyaluronate , Potassium Hydroxide , Potassium Sulfate , Glycine , Potassium Sorbate , Aluminum Hydroxide , Lecithin , Carbomer , Disodium Edta , Phenoxyethanol",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Laura Mercier Tinted Moisturizer SPF 20 - Illuminating",
        "text": "Ingredients: Water, Dimethicone, Cetearyl Alcohol, Hydrogenated Polyisobutene, Xylitylglucoside, PEG-40 Castor Oil, Polyglyceryl-4 Isostearate, Cyclopentasiloxane, Potassium Cetyl Phosphate, Hexyl Laurate, Anhydroxylitol, Sodium Hyaluronate, Tocopheryl Acetate, Sodium Ascorbate, Camellia Sinensis Leaf Extract, Hydrogenated Olive Oil, Butyrospermum Parkii (Shea Butter), XYlitol, Copper Gluconate, Allantoin, Dipotassium Glycyrrhizate, Cetyl PEG/PPG-10/1 Dimethicone, Polysorbate 60, Phenoxyethanol, Butylene Glycol, Tribehenin, Sodium Dehydroacetate, Carbomer, Aminomethyl Propanol, Tetrasodium EDTA, Magnesium Aluminum Silicate. (+/-): Titanium Dioxide, Iron Oxides, Mica, Tin Oxide.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Coola Sport Continuous Spray SPF 30 - Piña Colada",
        "text": "Ingredients: Alcohol (Organic), Algae Extract (Organic), Aloe Barbadensis Leaf Juice (Organic), Cucumis Sativus (Organic Cucumber) Fruit Extract, Flavor, Fragaria Vesca (Organic Strawberry) Fruit Extract, Glycerin, Hydrogenated Methyl Abietate, Rubus Idaeus (Organic Red Raspberry) Seed Oil.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Mdsolarsciences Mineral Crème Broad Spectrum SPF 50 UVA-UVB Sunscreen",
        "text": "Ingredients: Dimethicone, Caprylic/Capric Triglyceride, Dimethicone Crosspolymer, Dimethicone/Vinyl Dimethicone Crosspolymer, Butyloctyl Salicylate, Glyceryl Isostearate, Polyester-8, Polysilicone-15, Behenic Acid, Camelia Sinensis Leaf Extract, Caprooyl Phytosphingosine, Ceramide AP, Ceramide EOP, Ceramide EOS, Ceramide NP, Ceramide NS, Ceteareth-25, Cetyl Alcohol, Cholesterol, Glycerin, Iron Oxides, PEG/PPG-18/18 Dimethicone, Punica Granatum Extract, Silica, Tetrahexyldecyl Ascorbate, Tocopheryl Acetate, Triethoxycaprylysilane, Vaccinum Macrocarpon (Cranberry) Fruit Extract.",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Ilia Sheer Vivid Tinted Moisturizer SPF 20",
        "text": "Ingredients: Water, Aloe Barbadensis Leaf Juice, Glycerin, Caprylic Capric Triglyceride, Sesamum Indicum (Sesame) Seed Oil*, Polyglyceryl-2 Oleate, Polyhydroxystearic Acid, Polyglyceryl-2 Stearate, Behenyl Olivate, Chondrus Crispus Extract, Persea Gratissima (Avocado) Oil, Camellia Sinensis (White Peony Tea) leaf*, Dimethicone, Cocos Nucifera (Coconut) Oil*, Butyrospermun Parkii (Shea Butter)*, Rosa Canina (Rosehip) Seed Oil*, Rosmarinus Officinalis (Rosemary) Leaf*, Jasminum Officinale (Jasmine) Flower/Leaf Extract, Lavandula Angustifolia (Lavender) Flower/Leaf/Steam Extract, Eugenia Caryophyllus (Clove) Flower Extract, Vitis Vinifera (Grape) Fruit Extract, Sodium Hyaluronate, Tocopherol, Ethylhexylglycerin, Phenethyl alcohol. May contain (+/-): Mica, Titanium Dioxide (Ci 77891), Iron Oxide (Ci 77491, Ci 77492, Ci 77499).",
    },
    {
        "category": "Sun protect",
        "kinds": ("sunscreen", "moisturise"),
        "name": "Hum Nutrition Turn Back Time Anti-Aging Supplement",
        "text": "Ingredients: Vitamin C, Skin Nurturing Complex Proprietary Blend (Polypodium Leucotomos Extract, ALA, Green Tea Extract, Turmeric, Lutein), Vegetarian Capsule, Rice Flour, Silica.",
    },
]
