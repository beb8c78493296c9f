"""Real products' ingredient lists, as printed, with the verdict a careful reader gives for three people.

Collected for issue #20 and never used to write the curated names or rules: each label's `source` says
where it was read (a public repository file at a commit, or a DailyMed page). K-beauty lists come from a
shop's product data (antphan98/ecommerce, `data/skincare.js`); US Drug Facts panels from DailyMed, pasted
as the page prints them (several are cut where the page's excerpt ends, and say so).

Each person's expected verdict is a band, `|` between acceptable ones: `avoid`, `caution`, `fits`, `unknown`,
or `ok` (`fits` or `not_needed`: nothing in it is a problem; whether it serves a step depends on the
routine). The careful reader's rules, read off the list: for a pregnant person with sensitive skin, any
essential oil (any position), a retinoid, glycolic acid, a drying alcohol or astringent among the first
five names, or a scrub is avoid; fragrance, another exfoliating acid, clay or benzoyl peroxide is caution.
For an acne-prone teenager, retinol or glycolic acid or a scrub is avoid; adapalene and other acids are
caution, or fit when they are the routine's own step; peptides are only not needed. For an adult on a
prescription retinoid, another retinoid, a main astringent or a scrub is avoid; exfoliating acids are
caution (or fit the routine's own step). `kinds`: the step kinds the product can be (from how it is sold).
"""

# ruff: noqa: E501

REAL_LABELS = [
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Klairs Supple Preparation Facial Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Butylene Glycol, Dimethyl Sulfone, Betaine, Caprylic/Capric Triglyceride, Natto Gum, "
        "Sodium Hyaluronate, Disodium EDTA, Centella Asiatica Extract, Glycyrrhiza Glabra (Licorice) Root Extract, "
        "Polyquaternium-51, Chlorphenesin, Tocopheryl Acetate, Carbomer, Panthenol, Arginine, Luffa Cylindrica "
        "Fruit/Leaf/Stem Extract, Beta-Glucan, Althaea Rosea Flower Extract, Aloe Barbadensis Leaf Extract, "
        "Hydroxyethylcellulose, Portulaca Oleracea Extract, Lysine HCL, Proline, Sodium Ascorbyl Phosphate, Acetyl "
        "Methionine, Theanine, Lavandula Angustifolia (Lavender) Oil, Eucalyptus Globulus Leaf Oil, Pelargonium "
        "Graveolens Flower Oil, Citrus Limon (Lemon) Peel Oil, Citrus Aurantium Dulcis (Orange) Peel Oil, Cananga "
        "Odorata Flower Oil, Copper Tripeptide-1",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Acwell Licorice pH Balancing Cleansing Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Glycyrrhiza Glabra (Licorice) Root Water, PEG-6 Caprylic/Capric Glycerides, PEG-7 "
        "Glyceryl Cocoate, Dipropylene Glycol, 1,2-Hexanediol, Poloxamer 184, Phenoxyethanol, Glycerin, Butylene "
        "Glycol, Rheum Palmatum Root Extract, Psidium Guajava Leaf Extract, Rosa Centifolia Flower Extract, "
        "Camellia Sinensis Leaf Extract, Perilla Ocymoides Seed Extract, Poncirus Trifoliata Fruit Extract, Citrus "
        "Aurantium Bergamia (Bergamot) Fruit Oil, Sodium Citrate, Disodium EDTA, Citric Acid, Tocopheryl Acetate, "
        "Glycyrrhiza Glabra (Licorice) Root Extract, Paeonia Albiflora Root Extract, Cimicifuga Dahurica Root "
        "Extract, Pueraria Lobata Root Extract, Propylene Glycol, Ethylhexylglycerin",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "SoonJung SoonJung pH 5.5 Relief Toner",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Propanediol, Glycerin, Betaine, Panthenol, Madecassoside, Camellia Sinensis Leaf "
        "Extract, Scutellaria Baicalensis Root Extract, 1,2-hexanediol, Butylene Glycol, Ethylhexylglycerin, "
        "Carbomer, Polyglycerin-3, Disodium Edta",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Some By Mi AHA-BHA-PHA 30Days Miracle Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Water, Butylene Glycol, Dipropylene Glycol, Glycerin, Niacinamide, Melaleuca Alternifolia "
        "(Tea Tree) Leaf Water, Polyglyceryl-4 Caprate, Carica Papaya (Papaya) Fruit Extract, Lens Esculenta "
        "(Lentil) Seed Extract, Hamamelis Virginiana (Witch Hazel) Extract, Nelumbo Nucifera Flower Extract, "
        "Swiftlet Nest Extract, Sodium Hyaluronate, Fructan, Allantoin, Adenosine, Hydroxyethyl Urea, Xylitol, "
        "Salicylic Acid, Lactobionic Acid, Citric Acid, Sodium Citrate, 1,2-Hexanediol, Benzyl Glycol, "
        "Ethylhexylglycerin, Raspberry Ketone, Mentha Piperita (Peppermint) Oil",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Mamonde Rose Water Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, butylene glycol, rose extract, phenoxyethanol, peg-60 hydrogenated castor oil, "
        "polyacrylic acid, tromethamine, ethylhexylglycerin, disodium edta, fragrance, glycerin, nelumbo nucifera "
        "flower extract, prunus mume fruit extract, tocopherol, lactic acid, citric acid",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Son & Park Beauty Water",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution",
        "text": "Ingredients: Water, Rosa Damascena Flower Water, Hamamelis Virginiana (Witch Hazel) Water, Butylene "
        "Glycol,Propanediol, PEG-7 Caprylic/Capric Glycerides, Pentylene Glycol, Citrus Aurantium Dulcis (Orange) "
        "Fruit Extract, Xylitol, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Olea Europaea (Olive) Fruit "
        "Oil,Citrus Aurantium Dulcis (Orange) Oil, Citrus Grandis (Grapefruit) Peel Oil, Lavandula Angustifolia "
        "(Lavender) Oil, Cedrus Atlantica Bark Oil, Pelargonium Graveolens Flower Oil, Carica Papaya (Papaya) "
        "Fruit Water, Jasminum Officinale (Jasmine) Oil, Illicium Verum (Anise) Fruit/Seed Oil, Artemisia "
        "Absinthium Extract, Rose Flower Oil, Ferula Galbaniflua (Galbanum) Resin Oil, Thuja Occidentalis Leaf "
        "Extract, Eucalyptus Globulus Leaf Extract, Lavandula Angustifolia (Laveder)Flower/Leaf/Stem Extract, "
        "Melaleuca Alternifolia (Tea Tree) Leaf Extract, Melissa Officinalis Leaf Extract, Mentha "
        "Piperita(Peppermint) Leaf Extract, Mentha Rotundifolia Leaf Extract, Mentha Spicata Flower/Leaf/Stem "
        "Extract, Origanum Majorana Leaf Extract, OriganumVulgare Leaf Extract, Pelargonium Graveolens Extract, "
        "Rosmarinus Officinalis (Rosemary) Leaf Extract, Thymus Vulgaris (Thyme) Leaf Extract, Glycerin, Decyl "
        "Glucoside, 1,2-Hexanediol, PEG-40 Hydrogenated Castor Oil, PPG-26-Buteth-26, Sodium Chloride, "
        "Ethylhexylglycerin, Sodium Citrate, Citric Acid, Octanediol, Copaifera Officinalis (Balsam Copaiba) "
        "Resin, Protease, Alcohol Denat., Alcohol, Phenoxyethanol",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Then I Met You Birch Milk Refining Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "avoid",
        "text": "Ingredients: Betula Platyphylla Japonica Juice, Glycerin, Butylene Glycol, 1,2-Hexanediol, Sodium "
        "Hyaluronate, Glycolic Acid, Lactic Acid, Squalane, Butyrospermum Parkii (Shea) Butter, Althaea "
        "Officinalis Root Extract, Gluconolactone, Water, Sodium Lactate,Trehalose,Gaultheria Procumbens "
        "(Wintergreen) Leaf Extract, Rosa Damascena Flower Water, Sodium Dodoxynol-40 Sulfate, Sorbic Acid, Olea "
        "Europaea (Olive) Fruit Oil, Polyglyceryl-10 Laurate, Polyglyceryl-10 Myristate, Styrene/VP Copolymer, "
        "Disodium EDTA, Citric Acid",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Etude House Moistfull Collagen Facial Toner",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution",
        "text": "Ingredients: Water, Hydrolyzed Collagen, Adansonia Digitata Fruit Extract, Butylene Glycol, Alcohol, "
        "Glycerin, Betaine, Adansonia Digitata Seed Oil, Glyceryl Polymethacrylate, Bis-Peg-18 Methyl Ether "
        "Dimethyl Silane, Ammonium Acryloyldimethyltaurate/Vp Copolymer, Ethylhexylglycerin, Carbomer, Potassium "
        "Hydroxide, Poloxamer 407, Peg-60 Hydrogenated Castor Oil, Peg/Ppg-17/6 Copolymer, Phytantriol, "
        "Hydroxyethylcellulose, Disodium Edta, Phenoxyethanol, Fragrance",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Missha Time Revolution Clear Toner",
        "pregnant_sensitive": "caution|fits",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Water, Saccharomyces Ferment Filtrate, Propanediol, Glycerin, Pentylene Glycol, Butylene "
        "Glycol, 1,2-Hexanediol, Phenoxyethanol, Hordeum Distichon (Barley) Extract, Cellulose Gum, Disodium EDTA, "
        "Salicylic Acid, Sodium Citrate, Citric Acid, Sodium Hyaluronate, Bifida Ferment Lysate, Potassium "
        "Sorbate, Lactic Acid, Acetic Acid",
    },
    {
        "kinds": ("tone", "treat", "exfoliate"),
        "name": "Isntree Green Tea Fresh Toner",
        "pregnant_sensitive": "caution|fits",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Camellia Sinensis Leaf Extract, Water, Ginkgo Biloba Leaf Extract, Centella Asiatica "
        "Extract, Salix Alba (Willow) Bark Extract, Vaccinium Angustifolium (Blueberry) Fruit Extract, Pinus "
        "Palustris Leaf Extract, Ulmus Davidiana Root Extract, Oenothera Biennis (Evening Primrose) Flower "
        "Extract, Pueraria Lobata Root Extract, Hydrolyzed Hyaluronic Acid, Ammonium Acryloyldimethyltaurate/VP "
        "Copolymer, Allantoin, Dipotassium Glycyrrhizate, Beta-Glucan, Disodium EDTA, Hydroxyacetophenone",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Klairs Gentle Black Deep Cleansing Oil",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Caprylic/Capric Triglyceride, Cetyl Ethylhexanoate, Isononyl Isononanoate, PEG-7 Glyceryl "
        "Cocoate , Isopropyl Myristate, Simmondsia Chinensis (Jojoba) Seed Oil, Glycine Soja (Soybean) Oil, "
        "Sesamum Indicum (Sesame) Seed Oil , Ribes Nigrum (Black Currant) Seed Oil , Tocopheryl Acetate , PEG-20 "
        "Glyceryl Triisostearate , Polysorbate 20, Fragrance, Butyrospermum Parkii (Shea Butter) , Carapa "
        "Guaianensis Seed Oil, Vaccinium Macrocarpon (Cranberry) Seed Oil",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Acwell No 5.5 pH Balancing Micro Cleansing Foam",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Glycerin, Sodium Cocoyl Glycinate, Lauryl Hydroxysultaine, Aspartic Acid, Potassium "
        "Cocoyl Glutamate, Lonicera Japonica (Honeysuckle) Flower Extract, Lonicera Caprifolium (Honeysuckle) "
        "Flower Extract, Pelargonium Graveolens Flower Oil, Lavandula Angustifolia (Lavender) Oil, Quillaja "
        "Saponaria Bark Extract, Chamaecyparis Obtusa Water, Glycyrrhiza Glabra (Licorice) Root Extract, "
        "Hydroxypropyl Starch Phosphate, Coco-Glucoside, Citric Acid, Sodium Chloride, Sodium Cocoyl Glutamate, "
        "Caprylyl Glycol, Glyceryl Caprylate, Sodium Cocoyl Isethionate, Sodium Citrate, 1,2-Hexanediol, "
        "Allantoin, Butylene Glycol, Disodium EDTA",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Then I Met You Soothing Tea Cleansing Gel",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Rice Ferment Filtrate (Sake), Water, Glycerin, Acrylates/Beheneth-25 Methacrylate Copolymer, "
        "Diethylhexyl Sodium Sulfosuccinate, Sorbitol, Potassium Cocoyl Glycinate, 1,2-Hexanediol, Disodium "
        "Laureth Sulfosuccinate, Diglycerin, Potassium Cocoate, Propylene Glycol, Glycyrrhiza Glabra (Licorice) "
        "Root Extract, Oryza Sativa (Rice) Bran Oil,Camellia Sinensis Leaf Extract, Sodium Hyaluronate, Centella "
        "Asiatica Extract, Melaleuca Alternifolia (Tea Tree) Leaf Extract, Panthenol, Salix Alba (Willow) Bark "
        "Extract, Gluconolactone, Citric Acid, Theobroma Cacao (Cocoa) Extract, Glyceryl Caprylate, Polyacrylate "
        "Crosspolymer-6, Ethylhexylglycerin, Citrus Aurantium Dulcis (Orange) Peel Oil, Polyglycerin-3, Dextrin, "
        "Disodium EDTA, Cinnamomum Camphora (Camphor) Bark Oil, Glyceryl Acrylate/Acrylic Acid Copolymer, T-Butyl "
        "Alcohol, Butylene Glycol",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "SkinFood Egg White Pore Foam",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Myristic Acid, Glycerin, Stearic Acid, Potassium Hydroxide, Lauric Acid, "
        "Cocamidopropyl, Betaine, Olea Europaea (Olive) Fruit Oil, Albumen Extract, Cetearyl Olivate, Sorbitan "
        "Olivate, Trehalose Sodium PCA, Betaine, Sorbitol, Glycine, Alanine, Proline, Serine, Threonine, Arginine, "
        "Lysine, Glutamic Acid, Dipotassium Glycyrrhizate, Disodium EDTA, Xanthan Gum, Argania Spinosa Kernel Oil, "
        "Sesamum Indicum (Sesame) Seed Oil, Serenoa Serrulata Fruit Extract, Beta-Sitosterol, Tocopherol, "
        "Chamomilla Recutita (Matricaria) Flower Extract, Glycyrrhiza Glabra (Licorice) Root Extract, Centella "
        "Asiatica Extract, Glycine, Soja (Soybean) Seed Extract, Butylene Glycol, Enanti Chorantha Bark Extract, "
        "Oleanolic Acid, Alcohol, Hydrogynated Lecithin, Stearyl Glycyrrhetinate, Dimethicone, Propylene Glycol, "
        "Parfum",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Commleaf Rice Purifying Foaming Cleanser",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Sea Water, Coco-Betaine, Oryza Sativa (Rice) Seed Water, Glycerin, Decyl Glucoside, "
        "1,2-Hexanediol, Potassium Cocoyl Glutamate, Sodium Cocoyl Glutamate, Apium Graveolens(Celery) Extract, "
        "Brassica Oleracea Capitata (Cabbage) Leaf Extract, Solanum Lycopersicum (Tomato) Fruit Extract, Brassica "
        "Rapa (Turnip) Leaf Extract, Daucus Carota Sativa (Carrot) Root Extract, Brassica Oleracea Italica "
        "(Broccoli) Extract, Oryza Sativa (Rice) Bran Extract, Triticum Vulgare (Wheat) Seed Extract, Eucalyptus "
        "Globulus Leaf Oil, Ethylhexylglycerin",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Benton Tea Tree Cleansing Water",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Melaleuca Alternifolia (Tea Tree) Leaf Water (70%), Water (Aqua), Butylene Glycol, "
        "Dipropylene Glycol, Glycerin, 1,2-Hexanediol, Melaleuca Alternifolia (Tea Tree) Leaf Oil, Polyglyceryl-6 "
        "Caprylate, Polyglyceryl-10 Laurate, Sodium Chloride",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Dr. Oracle A-Thera Cleansing Foam",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Water, Myristic acid, Glycerin, Potassium hydroxide, Propylene glycol, Stearic acid, Lauric "
        "acid, Peg-75, Glyceryl stearate, Peg-100 stearate, Fragrance, Poloxamer 184, Salicylic acid, "
        "Phenoxyethanol, Bambusa vulgaris water, Camellia sinensis leaf extract, Salvia officinalis (sage) leaf "
        "extract, Ocimum basilicum (basil) leaf extract, Origanum majorana leaf extract, Lepidium meyenii root "
        "extract, Maltodextrin, Disodium edta, Melaleuca alternifolia (tea tree) leaf oil",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Mamonde Petal Spa Oil To Foam Cleanser",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water (Aqua) Eau, Propanediol, Peg-6 Caprylic/capric Glycerides, Dipropylene Glycol, "
        "Potassium Cocoyl Glycinate, Sodium Methyl Cocoyl Taurate, Lauryl Hydroxysultaine, Acrylates Copolymer, "
        "Sodium Chloride, Fragrance / Parfum, Potassium Hydroxide, Disodium Edta, Tetrasodium Edta, Camellia "
        "Oleifera Seed Oil, Polyglyceryl-2, Triisostearate, Rosa Damascena Flower Oil, Lithospermum Erythrorhizon "
        "Root Extract, Sapindus Trifoliatus Fruit Extract",
    },
    {
        "kinds": ("cleanse", "oil_cleanse"),
        "name": "Neogen Real Cica Micellar Cleansing Foam",
        "pregnant_sensitive": "caution|fits",
        "rx_retinoid": "caution|fits",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|fits",
        "text": "Ingredients: Water, Glycerin, Potassium cocoyl glycinate, Cocamidopropyl Betaine, Hydroxypropyl Starch "
        "Phosphate, Sodium Chloride, Lauric Acid, Citrus Aurantium Bergamia (Bergamot) FruitOil, Gluconolactone, "
        "Lactobionic acid, Asiaticoside, Asiatic Acid, Madecassic Acid, Octyldodecanol, Ceramide NP(Ceramide 3), "
        "Hydrogenated Lecithin, Caprylic/Capric Triglyceride, Hyaluronic Acid, Centella Asiatica Extract, "
        "Madecassoside, Hydrolyzed Hyaluronic Acid, Sodium Hyaluronate, Panthenol, Allantoin, Sodium Benzoate, "
        "Citric Acid, Disodium Laureth Sulfosuccinate, Butylene Glycol, Ethylhexylglycerin, Polyquaternium-7, "
        "Disodium EDTA, 1,2-Hexanediol",
    },
    {
        "kinds": ("exfoliate", "mask"),
        "name": "Neogen Bio-Peel Gauze Peeling Green Tea",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "avoid",
        "text": "Ingredients: Water, Dipropylene Glycol, Camellia Sinensis Leaf Extract, Glycerin, Alcohol Denat., "
        "PEG/PPG-17/6 Copolymer, Centella Asiatica Extract, Artemisia Vulgaris Extract, Aloe Barbadensis Leaf "
        "Extract, Houttuynia Cordata Extract, Gardenia Florida Fruit Extract, Melaleuca Alternifolia (Tea Tree) "
        "Leaf Extract, Coptis Japonica Extract, Butylene Glycol, Benzophenone-5, Sodium Hyaluronate, Carbomer, "
        "Tartaric Acid, Glycolic Acid, Lactic Acid, Tromethamine, PEG-60 Hydrogenated Castor Oil, Phenoxyethanol, "
        "Ethylhexylglycerin, 1,2-Hexanediol, Melaleuca Alternifolia (Tea Tree) Leaf Oil, Disodium EDTA, Fragrance",
    },
    {
        "kinds": ("exfoliate", "mask"),
        "name": "SkinFood Black Sugar Wash-Off Face Mask",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "avoid",
        "text": "Ingredients: Sucrose, Peg-7 Glyceryl Cocoate, Glycerin, Euphorbia Cerifera (Candelilla) Wax, Macadamia "
        "Ternifolia Seed Oil, Caprylic/Capric Triglyceride, Cetyl Ethylhexanoate, Lanolin, Stearalkonium "
        "Hectorite, Butyrospermum Parkii (Shea) Butter, Limnanthes Alba (Meadowfoam) Seed Oil, Caramel, Sorbitan "
        "Laurate, Tocopheryl Acetate, Ethylhexylglycerin, Water, Fragrance",
    },
    {
        "kinds": ("exfoliate", "mask"),
        "name": "Klairs Youthful Glow Sugar Mask",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "avoid",
        "text": "Ingredients: Sucrose, Glycerin, Cetyl Ethylhexanoate, Caprylic/Capric Triglyceride, Butyrospermum Parkii "
        "(Shea Butter) , Cetyl Alcohol, Glucose , Citrus Paradisi(Grapefruit) Fruit Extract, Microcrystalline Wax "
        ", Glyceryl Stearate, Rubus Idaeus (Raspberry) Seed Oil, Sorbitan Stearate, PEG-100 Stearate, Sorbitan "
        "Sesquioleate, Simmondsia Chinensis (Jojoba) Seed Oil, Tocopheryl Acetate, Kaolin, Cellulose, Calamine, "
        "Citrus Grandis (Grapefruit) Peel Oil, Alpha-bisabolol",
    },
    {
        "kinds": ("moisturise",),
        "name": "Banila Co Dear Hydration Boosting Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Nelumbo Nucifera Flower Water, Glycerin, Butylene Glycol, Dimethicone, "
        "Cyclopentasiloxane, Octyldodecyl Myristate, Cyclohexasiloxane, Cetyl PEG/PPG-10/1 Dimethicone, "
        "Hydrogenated Poly(C6-14 Olefin), 1,2-Hexanediol, Acetyl Glucosamine, PEG-32, Sodium Chloride, Synthetic "
        "Beeswax, Niacinamide, Quaternium-18 Hectorite, Dimethicone/Vinyl Dimethicone Crosspolymer, Glyceryl "
        "Behenate/Eicosadioate, Vinyl Dimethicone/Methicone Silsesquioxane Crosspolymer, Phenoxyethanol, Caprylyl "
        "Glycol, Hydroxyethyl Urea, Yeast Extract, Fragrance(Parfum), Xanthan Gum, Eclipta Prostrata Extract, "
        "Disodium EDTA, Melia Azadirachta Leaf Extract, Propylene Glycol, Moringa Oleifera Seed Oil, Ocimum "
        "Sanctum Leaf Extract, Azadirachta Indica Leaf Extract, Mentha Arvensis Extract, Bambusa Arundinacea "
        "Juice, Pinus Sylvestris Bud Extract, Ethylhexylglycerin",
    },
    {
        "kinds": ("moisturise",),
        "name": "Etude House Moistfull Collagen Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Hydrolyzed Collagen, Propanediol, Glycerin, Methyl Trimethicone, Butylene Glycol, Water / "
        "Aqua / Eau, Pentaerythrityl Tetraethylhexanoate, Glyceryl Polymethacrylate, 1,2-hexanediol, Betaine, "
        "Hydrogenated Poly(C6-14 Olefin), Dicaprylyl Ether, Ammonium Acryloyldimethyltaurate/vp Copolymer, C14-22 "
        "Alcohols, Glyceryl Stearate Citrate, Hydroxyethyl Acrylate/sodium Acryloyldimethyl Taurate Copolymer, "
        "Arachidyl Alcohol, Stearic Acid, Glyceryl Stearate, Butyrospermum Parkii (Shea) Butter, Palmitic Acid, "
        "Silica, Behenyl Alcohol, Fragrance / Parfum, C12-20 Alkyl Glucoside, Glyceryl Caprylate, Arachidyl "
        "Glucoside, Disodium Edta, Ethylhexylglycerin, Sorbitan Isostearate, Dipalmitoyl Hydroxyproline, Dextrin, "
        "Carthamus Tinctorius (Safflower) Flower Extract, Myristic Acid, Hydrolyzed Lupine Protein, Lauric Acid, "
        "Iron Oxides (Ci 77491), Tocopherol, Glycine Soja (Soybean) Oil",
    },
    {
        "kinds": ("moisturise",),
        "name": "Sur.Medic+ Super Ceramide 100™ Renewal Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Glycerin, Dipropylene Glycol, Propanediol, 1,2-Hexanediol, Niacinamide, Neopentyl "
        "Glycol Diheptanoate, Methyl Trimethicone, Cetyl Alcohol, Stearyl Alcohol, Coco-Caprylate/Caprate, "
        "Diisostearyl Malate, Phenyl Trimethicone, Palmitic Acid, Hydroxyethyl Acrylate/Sodium Acryloyldimethyl "
        "Taurate Copolymer, Stearic Acid, Glycereth-25 PCA Isostearate, Glyceryl Stearate, Acrylates/C10-30 Alkyl "
        "Acrylate Crosspolymer, Tromethamine, Butylene Glycol, Coptis Japonica Extract, Xanthan Gum, Ceramide "
        "3(502ppm), Ethylhexylglycerin, Adenosine, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Lavandula "
        "Angustifolia (Lavender) Oil, Centella Asiatica Extract, Bifida Ferment Lysate, Citrus Aurantium Dulcis "
        "(Orange) Peel Oil, Aniba Rosaeodora (Rosewood) Wood Oil, Rosmarinus Officinalis (Rosemary) Leaf Oil, "
        "Eucalyptus Globulus Leaf Oil, Sodium Hyaluronate, Caprylic/Capric Triglyceride, Adansonia Digitata Seed "
        "Oil, Hydrogenated Lecithin, Hyaluronic Acid, Tocopheryl Acetate, Tocopherol, Squalane, Artemisia Vulgaris "
        "Extract, Allantoin, Cocos Nucifera (Coconut) Oil, Panthenol, Hydrolyzed Collagen, Ceramide 2(0.1ppm), "
        "Ceramide 4(0.1ppm), Mannitol, Bentonite, Ceramide 1(0.05ppm), Ceramide 6 II(0.05ppm), Xylitylglucoside, "
        "Anhydroxylitol, Hydrolyzed Hyaluronic Acid, Xylitol, Olive Oil Decyl Esters, Camellia Sinensis Leaf "
        "Extract, Anthemis Nobilis Flower Oil, Citrus Aurantifolia (Lime) Fruit Extract, Adansonia Digitata Leaf "
        "Extract, Citric Acid, Hydrated Silica, Glucose, Pelargonium Graveolens Flower Oil, Pseudoalteromonas "
        "Ferment Extract, Mentha Viridis (Spearmint) Leaf Oil, Caprylyl Glycol, Lactic Acid, Rose Flower Oil, "
        "Calendula Officinalis Extract, Chamomilla Recutita (Matricaria) Extract, Propolis Extract, Squalene, "
        "Palmitoyl Tripeptide-5, Chlorella Minutissima Extract, Acetyl Tetrapeptide-11, Phellinus Linteus Extract, "
        "Dipeptide Diaminobutyroyl Benzylamide Diacetate, Melissa Officinalis Leaf Extract, Serine, Alanine, "
        "Proline, Sodium Phosphate, Sea Salt, Acetyl Hexapeptide-8, Beta-Glucan, Sodium Hydroxide, Melaleuca "
        "Alternifolia (Tea Tree) Leaf Extract, Oligopeptide-1, Disodium EDTA",
    },
    {
        "kinds": ("moisturise",),
        "name": "The Plant Base AC Clear Pure N Skin Lotion",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|ok",
        "text": "Ingredients: Centella Asiatica Leaf Extract (84.60%), Glycerin, Cyclopentasiloxane, Dimethicone, "
        "Cyclomethicone, Polyacrylate-13, Polysorbate 20, PEG-10 Dimethicone, Polyisobutene, Dimethicone/Vinyl "
        "Dimethicone Crosspolymer, Tromethamine, Panthenol, Carbomer, Allantoin, Dipotassium Glycyrrhizate, Water, "
        "Sorbitan Isostearate, Citrus Limon (Lemon) Peel Oil, Melaleuca Alternifolia (Tea Tree) Leaf Oil, Butylene "
        "Glycol, Rosmarinus Officinalis(Rosemary) Leaf Oil, Pelargonium Graveolens Flower Oil, Ocimum Basilicum "
        "(Basil) Oil, Mentha Piperita (Peppermint) Oil, Lavandula Angustifolia (Lavender) Oil, Eucalyptus Globulus "
        "Leaf Oil, Opuntia Coccinellifera Fruit Extract, Morus Alba Bark Extract, Glycyrrhiza Glabra (Licorice) "
        "Root Extract, Diospyros Kaki Leaf Extract, Salix Alba (Willow) Bark Extract, Origanum Vulgare Leaf "
        "Extract, Chamaecyparis Obtusa Leaf Extract, Scutellaria Baicalensis Root Extract, Portulaca Oleracea "
        "Extract, Lactobacillus/Soybean Ferment Extract, Cinnamomum CassiaBark Extract, Disodium EDTA, "
        "1,2-Hexanediol, Phenoxy ethanol, Chlorphenesin",
    },
    {
        "kinds": ("moisturise",),
        "name": "A'Pieu A'PIEU Madecassoside Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Centella Asiatica Leaf Water, Water(Aqua), Cyclopentasiloxane, Propanediol, Phenyl "
        "Trimethicone, Glycerin, PEG-10 Dimethicone, Niacinamide, Cyclohexasiloxane, Panthenol, Ethoxydiglycol, "
        "Disteardimonium Hectorite, Sodium Chloride, Rubus Suavissimus (Raspberry) Leaf Extract, Centella Asiatica "
        "Extract, Caprylyl Glycol, Pinus Densiflora Leaf Extract, Hamamelis Virginiana (Witch Hazel) Leaf Extract, "
        "Dimethicone Crosspolymer, Camellia Sinensis Leaf Extract, Butylene Glycol, Madecassoside, Pentylene "
        "Glycol, Caprylhydroxamic Acid, Adenosine, Lactic Acid, Sodium Lactate, Urea, Serine, Disodium EDTA, "
        "Sorbitol, Citrus Grandis (Grapefruit) Peel Oil, Asiaticoside, Citrus Limon (Lemon) Peel Oil, Pelargonium "
        "Graveolens Flower Oil, Lavandula Hybrida Oil, Juniperus Mexicana Oil, Citrus Nobilis (Mandarin Orange) "
        "Peel Oil, Allantoin, Chlorphenesin, Phenoxyethanol",
    },
    {
        "kinds": ("moisturise",),
        "name": "Beauty Of Joseon Dynasty Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|ok",
        "text": "Ingredients: Water, Glycerin, Butylene Glycol, Niacinamide, Dipentaerythrityl Hexa C5-9 Acid Esters, "
        "Sodium Hyaluronate, Xanthan Gum, Cyclopentasiloxane, Cyclohexasiloxane, Polyacrylate-13, Polyisobutene, "
        "Polysorbate 20, Hydrogenated Lecithin, C14-28 Alkyl Acid, Stearyl Alcohol, Behenyl Alcohol, "
        "Dimethicone/Vinyl Dimethicone Crosspolymer, Dimethicone, Adenosine, Glyceryl Stearate SE, Cetearyl "
        "Alcohol, Polyglyceryl-3 Methylglucose Distearate, Cetyl PEG/PPG-10/1 Dimethicone, Stearic Acid, "
        "Tocopheryl Acetate, Sodium Polyacrylate, Olea Europaea (Olive) Fruit Oil, Helianthus Annuus (Sunflower) "
        "Seed Oil, Centella Asiatica Extract, Hippophae Rhamnoides Oil, Argania Spinosa kernel Oil, Butyrospermum "
        "Parkii (Shea) Butter, Ceramide NP, Trehalose, Calendula Officinalis Flower Extract, Caprylhydroxamic "
        "Acid, 1,2-Hexanediol, Raphanus Sativus (Radish) Leaf Extract, Oryza Sativa (Rice) Bran Extract, "
        "Cucurbitaceae (Gourd) Extract, Orchid Extract, Honey Extract, Panax Ginseng Root Extract, Carthamus "
        "Tinctorius (Safflower) Seed Oil, Phytosphingosine, Ceteareth-20, Glyceryl "
        "Citrate/Lactate/Linoleate/Oleate, Fragrance",
    },
    {
        "kinds": ("moisturise",),
        "name": "Acwell Aqua Clinity Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Cyclopentasiloxane, PEG-10 Dimethicone/Vinyl Dimethicone Crosspolymer, Glycerin, "
        "Dipropylene Glycol, Dimethicone, 1,2-Hexanediol, Hydroxyethyl Acrylate/Sodium Acryloyldimethyl Taurate, "
        "Copolymer, Squalane, Triethanolamine, Carbomer, PEG-10 Dimethicone, Polysorbate 20, Polysorbate 60, "
        "Betaine, Sodium Hyaluronate, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Dipotassium Glycyrrhizate, "
        "Centella Asiatica Extract, Hamamelis Virginiana (Witch Hazel) Extract, Pentylene Glycol, Glycyrrhiza "
        "Glabra (Licorice) Root Extract, Paeonia Albiflora Root Extract, Cimicifuga Dahurica Root Extract, "
        "Pueraria Lobata Root Extract",
    },
    {
        "kinds": ("moisturise",),
        "name": "D'alba Piedmont Peptide No-Sebum Repair Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Butylene Glycol, Glycerin, Caprylic/Capric Triglyceride, Squalane, 1,2-Hexanediol, "
        "Niacinamide, Cetearyl Olivate, Sorbitan Olivate, Dimethicone, Cetearyl Alcohol, Cetearyl Glucoside, "
        "Carbomer, Hydroxypropyl Methylcellulose, Artemisia Annua Extract, Nelumbo Nucifera Flower Extractl, Oryza "
        "Sativa (Rice) Extract, Saccharomyces Fermentantoin, Arginine, Octyldodecanol, Panthenol, Melaleuca "
        "Alternifolia (Tea Tree) Extract, Helianthus Annuus (Sunflower) Seed Oil, Lavandula Angustifolia "
        "(Lavender) Oil, Pullulan, Tuber Magnatum Extract, Calamine, Centella Asiatica Extract, Dipotassium "
        "Glycyrrhizate, Tocopheryl Acetate Ethylhexylglycerin, Adenosine, Sodium Hyaluronate, Hydrogenated "
        "Lecithin, Pentylene Glycol, Ceramide NP , Polygonum, Cuspidatum Root Extract, Scutellaria Baicalensis "
        "Root Extract, Biosaccharide Gum-1, Alkanna Tinctoria Root Extract, Caprylyl Glycol, Betaine Salicylate, "
        "Camellia Sinensis Leaf Extract, Glycyrrhiza Glabra (Licorice) Root Extract, Chamomilla Recutita "
        "(Matricaria) Flower Extract, Porphyridium Cruentum Extract, Rosmarinus Officinalis (Rosemary) Leaf "
        "Extract, Glucose, Sodium Hyaluronate Crosspolymer, Acetyl Hexapeptide-8, Hydrolyzed Hyaluronic Acid, "
        "Hyaluronic Acid, Tocopherol, Hydrolyzed Sodium Hyaluronate",
    },
    {
        "kinds": ("moisturise",),
        "name": "Hanskin Real Complexion Hyaluron Moisture Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution",
        "text": "Ingredients: Water, Glycerin, Butylene Glycol, Alcohol Denat., Phenyl Trimethicone, Cyclopentasiloxane, "
        "Niacinamide, Polyacrylate-13, Cyclohexasiloxane, Dimethicone, Pentylene Glycol, Polyisobutene, Caprylyl "
        "Glycol, Carbomer, Dimethiconol, Polysorbate 20, Tocopheryl Acetate, Tromethamine, Sorbitan Isostearate, "
        "Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Glyceryl Acrylate/Acrylic Acid Copolymer, Sodium "
        "Hyaluronate, Ethylhexylglycerin, Adenosine, Citrus Aurantium Dulcis (Orange) Peel Oil, Dipotassium "
        "Glycyrrhizate, 1,2-Hexanediol, Disodium EDTA, Hydrolyzed Hibiscus Esculentus Extract, Lupinus Albus Seed "
        "Extract, Moringa Pterygosperma Seed Extract, Xylitylglucoside, Anhydroxylitol, Erythritol, "
        "Caprylic/Capric Triglyceride, Xylitol, Propanediol, Hydrogenated Lecithin, Sodium Hyaluronate "
        "Crosspolymer, Glucose, Hydrolyzed Glycosaminoglycans, Ceramide NP, Benzyl Glycol, Potassium Sorbate, "
        "Sodium Benzoate, Hydrolyzed Hyaluronic Acid, Homarine HCl, Hyaluronic Acid, Raspberry Ketone",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "D'alba Peidmont White Truffle First Spray Serum",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Dipropylene Glycol, Neopentyl Glycol Diheptanoate, 1,2-hexanediol, Niacinamide, "
        "Sorbitol, Hydroxyethyl Urea, Persea Gratissima (Avocado) Oil, Salvia Hispanica Seed Extract, Ocimum "
        "Basilicum (Basil) Flower/leaf/stem Extract, Betaine, Avena Sativa (Oat) Kernel Extract, Butylene Glycol, "
        "Tuber Magnatum Extract, Glycerin, Fragrance, Helianthus Annuus (Sunflower) Seed Oil, Vegetable Oil, "
        "Tocopheryl Acetate, Disodium Edta, Dipotassium Glycyrrhizate, Adenosine, Sodium Palmitoyl Proline, Bifida "
        "Ferment Lysate, Nymphaea Alba Flower Extract, Sodium Hyaluronate, Alcohol, Glycine Soja (Soybean) Oil, "
        "Veronica Officinalis Extract, Primula Veris Extract, Mentha Piperita (Peppermint) Leaf Extract, Melissa "
        "Officinalis Leaf Extract, Malva Sylvestris (Mallow) Extract, Alchemilla Vulgaris Extract, Achillea "
        "Millefolium Extract, Saussurea Involucrata Extract, Panax Ginseng Root Extract, Nelumbo Nucifera Flower "
        "Extract, Morus Alba Bark Extract, Lilium Candidum Flower Extract, Leontopodium Alpinum Extract, "
        "Houttuynia Cordata Extract, Freesia Refracta Extract, Carbomer, Bellis Perennis (Daisy) Flower Extract, "
        "Arginine, Potassium Sorbate, Bixa Orellana Seed Extract, Sodium Hydroxide, Tocopherol",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Klairs Freshly Juiced Vitamin C Drop",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Propylen Glycol, Ascorbic Acid , Hydroxyethylcellulose, Centella Asiatica Extract, "
        "Citrus Junos Fruit Extract , IlliciumVerum(Anise) Fruit Extract, Citrus Paradisi (Grapefruit) Fruit "
        "Extract, Nelumbium Speciosum Flower Extract, Paeonia Suffruticosa Root Extract , Scutellaria Baicalensis "
        "Root Extract, Polysorbate60, Brassica OleraceaItalica (Broccoli) Extract, Chaenomeles Sinensis Fruit "
        "Extract, Orange Oil Brazil, Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Disodium EDTA, "
        "Lavandula Angustifolia (Lavender) Oil , Camellia SinensisCallus Culture Extract, LarixEuropaeaWood "
        "Extract, Chrysanthellum Indicum Extract, Rheum Palmatum Root Extract, Asarum Sieboldi Root Extract, "
        "Quercus Mongolia Leaf Extract, PersicariaHydropiperExtract, Corydalis Turtschaninovii Root Extract, "
        "Coptis Chinensis Root Extract, Magnolia Obovata Bark Extract, Lysine HCL, Proline, Sodium Ascorbyl "
        "Phosphate, Acetyl Methionine, Theanine, Lecithin, Acetyl Glutamine, SH-Olgopeptide-1, SH-Olgopeptide-2, "
        "SH-Polypeptide-1, SH-Polypeptide-9, SH-Polypeptide-11, Bacillus/Soybean/Folic Acid Ferment Extract, "
        "Sodium Hyaluronate, CaprylylGlycol , Butylene Glycol, 1,2-Hexanediol.",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Neogen Real Ferment Micro Serum",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Bifida Ferment Lysate, Saccharomyces Ferment Filtrate, Betula Alba Juice, Butylene Glycol, "
        "Rice Ferment Filtrate (Sake), Glycerin, Cetyl Ethylhexanoate, Caprylic/Capric Triglyceride, Aspergillus "
        "Ferment, Dimethicone, Cyclopentasiloxane, Niacinamide, Cyclohexasiloxane, Polyacrylate-13, Water, "
        "Panthenol, Dimethicone/Vinyl Dimethicone Crosspolymer, Polyisobutene, PEG-7 Glyceryl Cocoate, Camellia "
        "Sinensis Leaf Extract, Cetearyl Olivate, Sorbitan Olivate, Ethylhexylglycerin, Polysorbate 20, Sorbitan "
        "Isostearate, Lactobacillus, Xanthan Gum, Sodium Polyacrylate, Caprylyl Glycol, Adenosine, Sodium "
        "Hyaluronate, Tropolone, Centella Asiatica Extract, Pichia/Resveratrol Ferment Extract, 1,2-Hexanediol, "
        "Hydrolyzed Collagen, Glutathione, Ascorbic Acid, Ubiquinone, Thioctic Acid, Tocopherol, Phenoxyethanol, "
        "Disodium EDTA",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Klairs Rich Moist Soothing Serum",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Sodium Hyaluronate, Butylene Glycol, Dimethyl Sulfone, Betaine, Natto Gum, "
        "Propanediol, Polyquaternium-51, Disodium EDTA, Centella Asiatica Extract, Glycyrrhiza Glabra (Licorice) "
        "Root Extract, Carbomer, Arginine, PEG-60 Hydrogenated Castor Oil, Lysine HCL, Proline, Sodium Ascorbyl "
        "Phosphate, Acetyl Methionine, Theanine, Chlorphenesin, Tocopheryl Acetate, Illicium Verum(Anise) Fruit "
        "Extract, Citrus Paradisi(Grapefruit) Fruit Extract, Nelumbium Speciosum Flower Extract, Paeonia "
        "Suffruticosa Root Extract, Scutellaria Baicalensis Root Extract, Panthenol, Luffa Cylindrica "
        "Fruit/Leaf/Stem Extract, Beta-Glucan, Althaea Rosea Flower Extract, Aloe Barbadensis Leaf Extract, "
        "Lavandula Angustifolia (Lavender) Oil, Eucalyptus Globulus Leaf Oil, Pelargonium Graveolens Flower Oil, "
        "Citrus Limon (Lemon) Peel Oil, Citrus Aurantium Dulcis (Orange) Peel Oil, Cananga Odorata Flower Oil, "
        "Portulaca Oleracea Extract, Apium Graveolens (Celery) Extract, Brassica Oleracea Capitata (Cabbage) Leaf "
        "Extract, Brassica Oleracea Italica (Broccoli) Extract, Brassica Rapa (Turnip) Leaf Extract, Daucus Carota "
        "Sativa (Carrot) Root Extract, Oryza Sativa (Rice) Bran Extract, Solanum Lycopersicum (Tomato) "
        "Fruit/Leaf/Stem Extract",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Mamonde Red Energy Recovery Serum",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution",
        "text": "Ingredients: Water/Aqua/Eau,Dimethicone, Alcohol, Glycerin, Propanediol, 1-2-Hexandediol, Betane, "
        "Niacinamide Glyceryl Polymethacrylate, Butylene Glycol, Tranexamic Acid, Ammonium "
        "Acryloyldimethylataurate/Vpcopolymer, Saccharide Isomerate, Cetearyl Alcohol, "
        "Polyglyceryl-3-Methylglucose Distearate, Sodium Hyaluronate, Xanthan Gum, Glyceryl Caprylate, "
        "Hydrogenated Lecithin, Glyceryl Stearate Citrate, Ethylhexylglycerin, Hydroxyethylcellulose, Adenosine, "
        "Sucrose, Fragranceparfum, Disodium Edta, Punica Granatum Fruit Extract, Beta-Glucan, Sodium Citrate, "
        "Citric Acid, Rosa Canna Fruit Extract, Tocopherol, Punica Granatum Flower Extract, Indole Acetic Acid",
    },
    {
        "kinds": ("mask",),
        "name": "Mediheal H.D.P Photoready Tightening Charcoal Mask",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water (Aqua/Eau), Propylene Glycol, Glycerin, Allantoin, Bis-PEG-18 Methyl Ether Dimethyl "
        "Silane, Pomegranate (Punica Granatum) Fruit Extract, Sodium Hyaluronate, Wheat Amino Acids, Natto Gum, "
        "PEG-60 Hydrogenated Castor Oil, Adenosine, Sodium PCA, Butylene Glycol, Dipotassium Glycyrrhizate, "
        "Mushroom (Fomes Officinalis) Extract, Asiatic Pennywort (Centella Asiatica) Extract, Peppermint (Mentha "
        "Piperita) Leaf Extract, Rice (Oryza Sativa) Extract, Trehalose, Xanthan Gum, Charcoal Powder, Disodium "
        "EDTA, Arginine, Carbomer, Hydroxyethylcellulose, Prickly Ash (Zanthoxylum Piperitum) Fruit Extract, "
        "Lichen (Usnea Barbata) Extract, 1,2-Hexanediol, Phenoxyethanol, Fragrance (Parfum)",
    },
    {
        "kinds": ("mask",),
        "name": "Acwell 5.5 Super-Fit Purifying Mask",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "caution|ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "caution|ok",
        "text": "Ingredients: Water, Butylene Glycol, Melaleuca Alternifolia (Tea Tree) Leaf Extract, 1,2-Hexanediol, "
        "Camellia Sinensis Leaf Extract, Carbomer, C12-14 Pareth-12, Caprylyl Glycol, Ethylhexylglycerin, "
        "Tromethamine, Disodium EDTA, Pelargonium Graveolens Flower Oil, Gluconolactone, Melaleuca Alternifolia "
        "(Tea Tree) Leaf Oil",
    },
    {
        "kinds": ("mask",),
        "name": "Soonjung Soonjung Sheek Mask - Panthensoside",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Dipropylene Glycol, 1,2-Hexanediol, Panthenol, Madecassoside, Centella Asiatica Leaf "
        "Extract, Carbomer, Polyglyceryl-10 Laurate, Glycerin, Polyglyceryl-10 Myristate, Allantoin, Arginine, "
        "Trehalose, Ethylhexylglycerin, Disodium EDTA",
    },
    {
        "kinds": ("mask",),
        "name": "#17Vderma PibuWang Mask - REST (5pack)",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Dipropylene Glycol, Butylene Glycol, Glycerin, Diethoxtethyl Succinate, Polyglyceryl "
        "-10 Laurate, Allantoin, Carbomer, Arginine, Capriylyl Glycol, Ethylhexyl Glycerin, Chamaecyparis obtusa "
        "Oil, Disodium EDTA, Sodium Hyaluronate, Persea Gratissima (Avocado) Fruit Extract, Calendula Officinalis "
        "Extract, 1,2-Hexanediol",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Dr. Oracle A-Thera Sunblock SPF 50",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Cyclopentasiloxane, Ethylhexyl Methoxycinnamate, Zinc Oxide, Titanium "
        "Dioxide(CI77891), Ethylhexyl Salicylate, Glycerin PEG-10 Dimethicone, Dicaprylyl Ether, Polymethyl "
        "Methacrylate, Dimethicone, Homosalate, Silica, Disteardimonium Hectorite, Sodium Chloride, Aluminum "
        "Hydroxide, Salvia Hispanica Seed Extract, Centella Asiatica Extract, Houttuynia Cordata Extract, "
        "1,2-Hexanediol, Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine, Polymethylsilsesquioxane, Stearic Acid, "
        "Fragrance, Phenoxyethanol, Dimethicone/Vinyl Dimethicone Crosspolymer, Sorbitan Sesquioleate, "
        "Dimethicone/Methicone Copolymer, Propanediol, Ethylhexylglycerin, Butylene Glycol, Octyldodecanol, "
        "Bambusa Vulgaris Extract, Echium Plantagineum Seed Oil, Helianthus Annuus (Sunflower) Seed Oil, "
        "Cardiospermum Halicacabum Flower/Leaf/Vine Extract, Vitis Vinifera(Grape) Seed Oil, Lepidium Meyenii Root "
        "Extract, Tocopherol, Camellia Sinensis Leaf Extract, Salvia Officinalis (Sage) Extract, Melaleuca "
        "Alternifolia(Tea Tree) Leaf Extract, Maltodextrin",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Suntique I'm Safe For Sensitive Skin",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Propanediol, Titanium Dioxide (CI 77891), Phenyl Trimethicone, Dicaprylyl Carbonate, "
        "Methylpropanediol, Cyclopentasiloxane, 1,2-Hexanediol, Glycereth-26, Methyl Trimethicone, Polyglyceryl-2 "
        "Caprate, Methyl Methacrylate Crosspolymer, Styrene/Acrylates Copolymer, Sucrose Stearate, Tromethamine, "
        "Simmondsia Chinensis (Jojoba) Seed Oil, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Cellulose Gum, "
        "Hydroxypropyl Methylcellulose, Cetyl Hydroxyethylcellulose, Stearic Acid, Alumina, Betaine, Trehalose, "
        "Glyceryl Caprylate, Butylene Glycol, Pentylene Glycol, Ethylhexylglycerin, Squalane, Centella Asiatica "
        "Extract, Aloe Barbadensis Leaf Extract, Madecassoside, Butylene Glycol Dicaprylate/Dicaprate, Carbomer, "
        "Polyacrylate Crosspolymer-6, t-Butyl Alcohol",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Acwell UV Cut SPF 50+PA++++ Natural Sun Cushion",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Propylheptyl Caprylate, Zinc Oxide, Dicaprylyl Ether, Butylene Glycol "
        "Dicaprylate/dicaprate, Titanium Dioxide, Polyglyceryl-4diisostearate/polyhydroxystearate/sebacate, "
        "Propanediol, Glycerin, Silica, Disteardimonium Hectorite, Magnesium Sulfate, Methyl Methacrylate "
        "Crosspolymer, Stearic Acid, Aluminum Hydroxide, Triethoxycaprylylsilane, 1,2-hexanediol, Polyglyceryl-6 "
        "Polyricinoleate, Sorbitan Caprylate, Lavandula Angustifolia (Lavender) Oil, Glyceryl Caprylate, "
        "Ethylhexylglycerin, Tocopherol, Fructan, Butylene Glycol, Chamomilla Recutita (Matricaria) Flowerwater, "
        "Origanum Vulgare Leaf Extract, Chamaecyparis Obtusa Leaf Extract, Salix Alba (Willow) Bark Extract, "
        "Lactobacillus/soybean Ferment Extract, Melissa Officinalis Leaf Extract, Rosmarinus Officinalis "
        "(Rosemary) Leafextract, Ocimum Basilicum (Basil) Leaf Extract, Portulaca Oleracea Extract, Cinnamomum "
        "Cassia Bark Extract, Anthemis Nobilis Flower Extract, Scutellaria Baicalensis Root Extract",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Thank You Farmer Sun Project Water Sun Cream",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Ethylhexyl Methoxycinnamate, Homosalate, Ethylhexyl Salicylate, Diethylamino "
        "Hydroxybenzoyl Hexylbenzoate, Octocrylene, C12-15 Alkyl Benzoate, Butylene Glycol, Cyclomethicone, "
        "Alcohol, Titanium Dioxide, Glyceryl Stearate, 1,2-hexanediol, Methyl Methacrylate Crosspolymer, Behenyl "
        "Alcohol, Peg-100 Stearate, Sodium Acrylate/sodiumacryloyldimethyl Taurate Copolymer, Phenoxyethanol, "
        "Isohexadecane, Aluminum Stearate, Polyhydroxystearic Acid, Propanediol, Octyldodecanol, Fragrance, "
        "Xanthan Gum, Polysorbate 80, Bambusa Vulgaris Water, Alumina, Echium Plantagineum Seed Oil, Viscum Album "
        "(Mistletoe) Leaf Extract, Glycine Soja (Soybean) Lipids, Centella Asiatica Extract, Sodium Hyaluronate, "
        "Portulaca Oleracea Extract, Cardiospermum Halicacabumflower/leaf/vine Extract, Helianthus Annuus "
        "(Sunflower) Seed Oilunsaponifiables, Ethylhexylglycerin, Plukenetia Volubilis Seed Oil, Tocopherol, Aloe "
        "Barbadensis Leaf Extract, Aloe Barbadensis Leaf Extract",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Troiareuke Acsen UV Protector Essence",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Ethylhexyl Methoxycinnamate, Homosalate, Ethylhexyl Salicylate, Pentylene Glycol, "
        "Methylpropanediol, Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine, Caprylyl Methicone, Titanium Dioxide, "
        "Isononyl Isononanoate, Ethylhexyl Triazone, Lauryl Methacrylate/Glycol Dimethacrylate Crosspolymer, "
        "Cyclopentasiloxane, Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer, Phenoxyethanol, Ammonium "
        "Acryloyldimethyltaurate/VP Copolymer, Isohexadecane, Aluminum Hydroxide, Stearic Acid, Dimethicone/Vinyl "
        "Dimethicone Crosspolymer, Tocopheryl Acetate, Sorbitan Isostearate, Fragrance, Allantoin, Polysorbate 80, "
        "Butylene Glycol, Sorbitan Oleate, Xanthan Gum, BHT, Polyglyceryl-3 Methylglucose Distearate, "
        "Biosaccharide Gum-4, Sodium Hyaluronate, Aloe Barbadensis Leaf Juice, Ethylhexylglycerin, Propylene "
        "Glycol, Hydrolyzed Extensin, Niacinamide, Portulaca Oleracea Extract, Centella Asiatica Extract, "
        "Potassium Sorbate, Sodium Benzoate, Glycerin, Cyanocobalamin, Biotin, Ascorbyl Glucoside, PEG-40 "
        "Hydrogenated Castor Oil, PPG-26-Buteth-26, Caprylyl Glycol, 1,2-Hexanediol, Copper Tripeptide-1, Acetyl "
        "Hexapeptide-8",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Acwell Licorice pH Balancing Essence Mist",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Bambusa Vulgaris Water, Glycyrrhiza Glabra (Licorice) Root Water, Saccharomyces "
        "Ferment Filtrate, Methylpropanediol, Triethylhexanoin, Hydrogenated Poly(C6-14 Olefin), 1,2-hexanediol, "
        "Hydrogenated Lecithin, Glycerin, Cellulose Gum, Centella Asiatica Leaf Water, Glycyrrhiza Uralensis "
        "(Licorice) Root Extract, Algae Extract, Eclipta Prostrata Leaf Extract, Royal Jelly Extract, Cordyceps "
        "Sinensis Extract, Yeast Extract, Avena Sativa (Oat) Kernel Extract, Cynara Scolymus (Artichoke) Leaf "
        "Extract, Pteris Multifida Extract, Vaccinium Myrtillus Fruit Extract, Saccharum Officinarum (Sugarcane) "
        "Extract, Citrus Aurantium Dulcis (Orange) Fruit Extract, Citrus Limon (Lemon) Fruit Extract, Acer "
        "Saccharum (Sugar Maple) Extract, Dipropylene Glycol, Polyglyceryl-10 Myristate, Citrus Aurantium Bergamia "
        "(Bergamot) Fruit Oil, Ethylhexylglycerin, Beta-glucan, Polyquaternium-51, Fructooligosaccharides, "
        "Lecithin, Hydrolyzed Hyaluronic Acid",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Dewytree Ultra Vitalizing Snail Essence Water",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Snail Secretion Filtrate(10.0%), Methylpropanediol, Propanediol, Glycerin, Trehalose, "
        "Pentylene Glycol, Bis-PEG-18 Methyl Ether Dimethyl Silane, PEG-60 Hydrogenated Castor Oil, Phenyl "
        "Trimethicone, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Tromethamine, Eyhyl-hexylglycerin, Adenosine, "
        "Xanthan Gum, 1,2-Hexanediol, Disodium EDTA, Aloe Barbadensis Leaf Extract, Panthenol, Butylene Glycol, "
        "Sodium Hyaluronate, Dipropylene Glycol, Chamomilla Recutitia (Matricaria) Flower Extract, Caprylic/Capric "
        "Triglyceride, Nelumbo Nucifera Flower Extract, Phosphatidylcholine, Vaccinium Macrocarpon (Cranberry) "
        "Fruit extract, Rubus Idaeus (Raspberry) Fruit Extract, Prunus Serotina (Wild Cherry) Fruit Extract, "
        "Cornus Officinalis Fruit Extract, Punica Granatum Fruit Extract, Copper Tripeptide-1, Ceramide NP, "
        "Glycine, Glutamic Acid, Serine, Lysine, Alanine, Arginine, Threonine, Proline, Phenoxyethanol, Fragrance",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Cosrx Advanced Snail 96 Mucin Power Essence",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Hyaluronate, "
        "Panthenol, Arginine, Allantoin, Ethyl Hexanediol, Sodium Polyacrylate, Carbomer, Phenoxyethanol",
    },
    {
        "kinds": ("treat", "tone", "exfoliate"),
        "name": "Olivarrier Dual Moist Hyaluron Essence",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "github:antphan98/ecommerce data/skincare.js @ a8b4ebc4ff90208a5aec05910c097357c419fd02",
        "teen_acne": "ok",
        "text": "Ingredients: Water, Pentylene Glycol, Squalane, Polyglycerin-3, Hydrolyzed Hyaluronic Acid, Cocos "
        "Nucifera (Coconut) Oil, Gardenia Tahitensis Flower, Tocopherol, Centella Asiatica Extract, Glycerin, "
        "Cetearyl Olivate, Sorbitan Olivate, C14-22 Alcohols, Xanthan Gum, C12-20 Alkyl Glucoside, Pulsatilla "
        "Koreana Extract, Zanthoxylum Piperitum Fruit Extract, Usnea Barbata (Lichen) Extract, Arginine, "
        "Gaultheria Procumbens (Wintergreen) Leaf Extract",
    },
    {
        "kinds": ("treat",),
        "name": "Adapalene Gel USP 0.1% (Wellspring)",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=2d7f95d1-2f9a-1623-e063-6294a90a6724&version=2",
        "teen_acne": "caution|fits",
        "text": "Drug Facts\n"
        "Active ingredient\n"
        "Adapalene USP, 0.1% (retinoid) 1 - 1 - read consumer information leaflet\n"
        "Purpose\n"
        "Acne treatment\n"
        "Use\n"
        "For the treatment of acne\n"
        "Warnings\n"
        "For external use only\n"
        "Inactive ingredients\n"
        "carbomer homopolymer type C, edetate disodium, phenoxyethanol, poloxamer 182, propylene glycol, purified "
        "water, sodium hydroxide.\n"
        "Questions?\n"
        "1-866-923-4914",
    },
    {
        "kinds": ("treat",),
        "name": "Adapalene gel (CVS)",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=7fb758ce-4f15-4130-8612-9113a764b5cd&type=display",
        "teen_acne": "caution|fits",
        "text": "Adapalene Gel\n"
        "\n"
        "Active ingredient\n"
        "\n"
        "Adapalene USP 0.1% (retinoid)*\n"
        "\n"
        "*read consumer information leaflet\n"
        "\n"
        "Purpose\n"
        "\n"
        "Acne treatment\n"
        "\n"
        "Use\n"
        "\n"
        "Warnings\n"
        "\n"
        "For external use only\n"
        "\n"
        "Other information\n"
        "\n"
        "Inactive ingredients\n"
        "\n"
        "carbomer homopolymer, edetate disodium, methylparabem, poloxamer 182, propylene glycol, purified water, "
        "sodium hydroxide\n"
        "\n"
        "Questions or comments?\n"
        "\n"
        "Call 1-877-753-3935",
    },
    {
        "kinds": ("treat",),
        "name": "Adapalene Gel 0.1% (Mohnark)",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "avoid",
        "source": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=22824b46-53a1-6b19-e063-6394a90a18ad",
        "teen_acne": "caution|fits",
        "text": "ACTIVE INGREDIENT\n"
        "\n"
        "    Adapalene (retinoid) 0.1%\n"
        "\n"
        "  • INACTIVE INGREDIENTS\n"
        "\n"
        "    Inactive ingredients:\n"
        "\n"
        "    Carbopol 980, edetate disodium, benzyl alcohol, Poloxamer 124, Propylene Glycol, Purified Water, "
        "Sodium Hydroxide\n"
        "\n"
        "  • PURPOSE\n"
        "\n"
        "    Acne Treatment\n"
        "\n"
        "  • WARNINGS\n"
        "\n"
        "    For external use only",
    },
    {
        "kinds": ("cleanse", "treat"),
        "name": "Foaming Acne Face Wash, benzoyl peroxide 10%",
        "pregnant_sensitive": "caution",
        "rx_retinoid": "caution|fits|ok",
        "source": "http://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=ed4a4a93-f750-4787-9046-55cf37b90eb4",
        "teen_acne": "caution|fits",
        "text": "ACTIVE INGREDIENT\n"
        "\n"
        "    Active ingredient                                   Purpose\n"
        "    Benzoyl Peroxide 10%...........................Acne Treatment\n"
        "\n"
        "  • PURPOSE\n"
        "\n"
        "  • Keep out of reach of children. If swallowed, get medicalhelp or contact a Poison Control Center right "
        "away.\n"
        "\n"
        "  • INDICATIONS & USAGE\n"
        "\n"
        "    Use For the treatment of acne",
    },
    {
        "kinds": ("treat", "cleanse"),
        "name": "Benzefoam benzoyl peroxide 5.3% aerosol",
        "pregnant_sensitive": "caution",
        "rx_retinoid": "caution|fits|ok",
        "source": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=225799d1-e616-45e8-8074-6fa232b42cc9",
        "teen_acne": "caution|fits",
        "text": "Drug Facts\n"
        "\n"
        "Active ingredient\n"
        "\n"
        "Benzoyl Peroxide (5.3%)\n"
        "\n"
        "Purpose\n"
        "\n"
        "Acne Treatment\n"
        "\n"
        "Use\n"
        "\n"
        "For the treatment of acne.\n"
        "\n"
        "Warnings\n"
        "\n"
        "For external use only",
    },
    {
        "kinds": ("cleanse", "treat"),
        "name": "Acne Control Cleanser, benzoyl peroxide 10% (Dolgencorp), inactive list as far as the page shows it",
        "pregnant_sensitive": "caution",
        "rx_retinoid": "caution|fits|ok",
        "source": "https://druginserts.com/lib/otc/meds/acne-control-cleanser/",
        "teen_acne": "caution|fits",
        "text": "ACTIVE INGREDIENT\n"
        "\n"
        "BENZOYL PEROXIDE 10%\n"
        "\n"
        "PURPOSE\n"
        "\n"
        "ACNE TREATMENT\n"
        "\n"
        "USES\n"
        "\n"
        "FOR THE TREATMENT OF ACNE.\n"
        "\n"
        "WARNINGS\n"
        "\n"
        "FOR EXTERNAL USE ONLY.\n"
        "\n"
        "INACTIVE INGREDIENTS\n"
        "\n"
        "GLYCERIN, PETROLATUM, WATER",
    },
    {
        "kinds": ("sunscreen",),
        "name": "SPF 30 Sunscreen, zinc oxide 9% titanium dioxide 4.51% lotion",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?audience=professional&setid=f5512f34-08ee-b0f6-e053-2a95a90ab5bd",
        "teen_acne": "ok",
        "text": "ACTIVE INGREDIENT\n"
        "\n"
        "    Zinc oxide 9%\n"
        "\n"
        "    Titanium Dioxide 4.51%\n"
        "\n"
        "  • PURPOSE\n"
        "\n"
        "    Sunscreen\n"
        "\n"
        "  • USES\n"
        "\n"
        "    • helps prevent sunburn\n"
        "\n"
        "  • INACTIVE INGREDIENTS\n"
        "\n"
        "    Water, Caprylic / Capric Triglyceride, Cetearyl Alcohol, STEARETH-2, Glycerin, STEARETH-21, Aloe "
        "Vera, Dimethicone, Phenoxyethanol, Sodium Stearoyl Glutamate, Xanthan Gum, Disodium EDTA, "
        "Ethylhexylglycerin\n"
        "\n"
        "  • STORAGE AND HANDLING",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Sunscreen SPF 15, avobenzone 2% homosalate 10% octisalate 5% octocrylene 5% lotion",
        "pregnant_sensitive": "avoid",
        "rx_retinoid": "ok",
        "source": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=909dda1f-68d7-40a1-b039-655d9b5310ae",
        "teen_acne": "ok",
        "text": "  • Active Ingredients\n"
        "\n"
        "    2% Avobenzone\n"
        "\n"
        "    10% Homosalate\n"
        "\n"
        "    5% Octisalate\n"
        "\n"
        "    5% Octocrylene\n"
        "\n"
        "  • Purpose\n"
        "\n"
        "    Sunscreen\n"
        "\n"
        "  • Uses\n"
        "\n"
        "    •  helps prevent sunburn\n"
        "  • Warnings\n"
        "\n"
        "    For external use only\n"
        "\n"
        "  • Inactive Ingredients\n"
        "\n"
        "    Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Aloe Barbadensis Leaf Juice, Benzyl Alcohol, Carbomer, "
        "Cetyl Phosphate, Chlorphenesin, Dimethicone, Disodium EDTA, Ethylhexyl Palmitate, Fragrance, Polyamide-8, "
        "Sorbitol, Tocopherol, Triethanodamine, Water \n"
        "\n"
        "  • Other Information",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Broad Spectrum SPF 50 Mineral Sunscreen Faces, titanium dioxide 10% zinc oxide 10% (inactive list as far "
        "as the page shows it)",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "http://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=33b08cf2-2be4-4b22-b1f8-7649c0df241e",
        "teen_acne": "ok",
        "text": "  • Drug Facts\n"
        "\n"
        "  • Active ingredients\n"
        "\n"
        "    Titanium Dioxide 10%Zinc Oxide 10%\n"
        "\n"
        "    Purpose\n"
        "\n"
        "    Sunscreen\n"
        "\n"
        "  • Uses\n"
        "\n"
        "    • helps prevent sunburn\n"
        "  • Inactive ingredients\n"
        "\n"
        "    Water (Aqua/Eau), Helianthus Annuus (Sunflower) Seed Oil, Propanediol, Aloe Barbadensis Leaf Juice "
        "(Aloe Vera Gel from Aruba), AcetylatedHydrogenated Vegetable Glyceride, Polyglyceryl-3 Polyricinoleate, "
        "Caprylic/Capric Triglyceride, Phenoxyethanol, CaprylylGlycol",
    },
    {
        "kinds": ("sunscreen",),
        "name": "Sunscreen, titanium dioxide 7% zinc oxide 9% lotion (inactive list as far as the page shows it)",
        "pregnant_sensitive": "ok",
        "rx_retinoid": "ok",
        "source": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=25db0c84-8b90-5637-e054-00144ff88e88",
        "teen_acne": "ok",
        "text": "  • Active Ingredients\n"
        "\n"
        "    Active IngredientsPurpose\n"
        "    Titanium Dioxide: 7.0%Sunscreen\n"
        "    Zinc Oxide: 9.0%Sunscreen\n"
        "\n"
        "  • Warnings\n"
        "\n"
        "    For external use only.\n"
        "\n"
        "  • Inactive Ingredients\n"
        "\n"
        "    Inactive Ingredients Water, Coconut Alkanes, Caprylic/Capric Triglyceride, Isoamyl Laurate, Aloe "
        "Barbadensis Leaf Juice (1), Crambe Abyssinica Seed Oil, Glycerin, Polyglyceryl-2 Sesquioleate, "
        "Polyglyceryl-3 Ricinoleate, Polyhydroxystearic Acid, Tocopheryl Acetate, Butyrospermum Parkii (Shea) "
        "Butter, Coco-Caprylate/Caprate, Stearic Acid, Magnesium Sulfate, Sodium Chloride, Sorbitan Sesquioleate, "
        "Alumina, Phenoxyethanol, Benzyl Alcohol, Brassica Campestris (Rapeseed) Oil",
    },
]
