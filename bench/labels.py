"""Measure the label check: recognition on the realistic test labels, and time per check in-process.

Not a test; rerun it after changing the parser, the judge or the curated names:

    .venv/bin/python bench/labels.py              # each label x 7 profiles (none + 6), 50 rounds
    .venv/bin/python bench/labels.py --rounds 200

Recognition counts declared names (not `may contain` colourants): a name is recognised when the
lexicon knows it, as a catalogue ingredient, a class or a known formulation ingredient. Timing is
one `check_label()` call (parse, recognise, judge, `to_dict()`), with the lexicon and the routine
already built, as a warm server has them.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")


# Labels written after the curated names were fixed and never used to tune them: recognition on these
# is the fairer figure (the test labels and the curated names were written together).
HELD_OUT = {
    "foaming_cleanser": "Ingredients: Aqua, Cocamidopropyl Hydroxysultaine, Glycerin, Sodium Lauroyl Sarcosinate, "
    "PEG-150 Pentaerythrityl Tetrastearate, Niacinamide, PEG-6 Caprylic/Capric Glycerides, Sodium Methyl Cocoyl "
    "Taurate, Propylene Glycol, Ceramide NP, Ceramide AP, Ceramide EOP, Carbomer, Methylparaben, Sodium Chloride, "
    "Sodium Lauroyl Lactylate, Cholesterol, Hyaluronic Acid, Citric Acid, Tetrasodium EDTA, Phytosphingosine",
    "aha_peel": "AHA 30% + BHA 2% Peeling Solution. Ingredients: Glycolic Acid, Aqua (Water), Aloe Barbadensis Leaf "
    "Water, Sodium Hydroxide, Daucus Carota Sativa Extract, Propanediol, Cocamidopropyl Dimethylamine, Salicylic "
    "Acid, Lactic Acid, Tartaric Acid, Citric Acid, Panthenol, Sodium Hyaluronate Crosspolymer, Tasmannia Lanceolata "
    "Fruit/Leaf Extract, Glycerin, Pentylene Glycol, Xanthan Gum, Polysorbate 20, Trisodium Ethylenediamine "
    "Disuccinate, Potassium Sorbate, Sodium Benzoate, Ethylhexylglycerin, 1,2-Hexanediol, Caprylyl Glycol",
    "snail_essence": "Ingredients: Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium "
    "Polyacrylate, Phenoxyethanol, Sodium Hyaluronate, Allantoin, Ethyl Hexanediol, Carbomer, Panthenol, Arginine",
    "vitamin_c_serum": "INGREDIENTS: WATER/AQUA/EAU, ETHOXYDIGLYCOL, ASCORBIC ACID, GLYCERIN, PROPYLENE GLYCOL, "
    "LAURETH-23, TOCOPHEROL, FERULIC ACID, TRIETHANOLAMINE, SODIUM HYALURONATE, PHENOXYETHANOL",
    "chemical_sunscreen": "Ingredients: Aqua, Homosalate, Octocrylene, Butyl Methoxydibenzoylmethane, Ethylhexyl "
    "Salicylate, Silica, Glycerin, Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine, Dimethicone, Parfum, Tocopherol",
    "sheet_mask": "Ingredients: Water, Glycerin, Butylene Glycol, Niacinamide, Propanediol, Rosa Centifolia Flower "
    "Water, Hydroxyethylcellulose, Carbomer, Arginine, Fragrance, Citronellol, Geraniol, Disodium EDTA",
    "spot_gel": "Ingredients: Aqua, Alcohol Denat., Salicylic Acid, Zinc Gluconate, Melaleuca Alternifolia Leaf Oil, "
    "Hydroxyethylcellulose, Propylene Glycol, Menthol, Limonene",
    "barrier_balm": "Ingredients: Petrolatum, Paraffinum Liquidum, Cera Microcristallina, Lanolin Alcohol, "
    "Panthenol, Glycerin, Bisabolol",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--fixture", default=str(ROOT / "fixtures" / "catalogue.json"))
    args = parser.parse_args()

    import django

    django.setup()
    from labels.judge import check_label
    from labels.lexicon import lexicon_from_fixture
    from labels.routine_view import person_from_answers, routine_view
    from routines.builder import build_routine
    from routines.catalogue import catalogue_from_fixture
    from tests.catalogue_factory import make_answers
    from tests.label_cases import LABELS
    from tests.labels.test_label_check import PROFILES

    t0 = time.perf_counter()
    lexicon = lexicon_from_fixture(args.fixture)
    lexicon_ms = (time.perf_counter() - t0) * 1000
    catalogue = catalogue_from_fixture(args.fixture)
    people = [(None, None)]
    for overrides in PROFILES.values():
        answers = make_answers(**overrides)
        people.append(
            (person_from_answers(answers, catalogue), routine_view(build_routine(answers=answers, catalogue=catalogue)))
        )

    declared = known = catalogue_known = 0
    print(f"{'label':32} {'known':>7} {'catalogue':>9}  unrecognised")
    for name, text in LABELS.items():
        result = check_label(text=text, lexicon=lexicon)
        rules = sum(1 for r in result.recognised if not r.may_contain and (r.slug or r.ingredient_class))
        declared += result.declared
        known += result.known
        catalogue_known += rules
        print(f"{name:32} {result.known:>3}/{result.declared:<3} {rules:>9}  {', '.join(result.unrecognised)}")
    print(
        f"\n{len(LABELS)} labels, {declared} declared names: {known} recognised ({known / declared:.1%}), "
        f"{catalogue_known} of them catalogue ingredients or classes ({catalogue_known / declared:.1%})"
    )

    held_declared = held_known = 0
    for text in HELD_OUT.values():
        result = check_label(text=text, lexicon=lexicon)
        held_declared += result.declared
        held_known += result.known
    print(
        f"{len(HELD_OUT)} held-out labels, {held_declared} declared names: {held_known} recognised "
        f"({held_known / held_declared:.1%})"
    )

    timings = []
    for _ in range(args.rounds):
        for text in LABELS.values():
            for person, routine in people:
                t = time.perf_counter_ns()
                check_label(text=text, lexicon=lexicon, person=person, routine=routine).to_dict()
                timings.append((time.perf_counter_ns() - t) / 1e6)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(
        f"{len(timings)} checks: mean {statistics.fmean(timings):.2f} ms, median {statistics.median(timings):.2f} ms, "
        f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms per check; lexicon built in {lexicon_ms:.0f} ms (once per change)"
    )
    longest = "Ingredients: " + ", ".join(["Aqua", "Glycerin", "Salicylic Acid", "Parfum", "Retinyl Palmitate"] * 300)
    longest = longest[:10_000]
    t = time.perf_counter_ns()
    result = check_label(text=longest, lexicon=lexicon, person=people[1][0], routine=people[1][1])
    print(f"a 10,000-character label ({result.declared} names): {(time.perf_counter_ns() - t) / 1e6:.1f} ms")


if __name__ == "__main__":
    main()
