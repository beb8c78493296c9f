"""Agreement with a careful reader on real products (`tests/data/real_labels.py`), for three people.

    .venv/bin/python bench/real_labels.py            # summary
    .venv/bin/python bench/real_labels.py --misses   # every disagreement
    .venv/bin/python bench/real_labels.py --list-only  # paste the ingredient list alone, without the name

Prints: verdicts agreeing with the reader's band, safety misses (a product the reader says to avoid
judged `fits` or `not_needed`), declared names recognised, and named steps that are a kind the product
can be; then the named steps on the held-out shop labels (`tests/data/sephora_labels.py`, kinds from
the shop's category only).

Each label is pasted as a person copies a shop listing or a pack: the product's name on the first line,
then its ingredients (`--list-only`: the ingredients alone, as the figures before the name was read).
"""

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

# Names a careful reader looks for, written from the reader's side, not the lexicon's: actives, scents,
# astringents, clays, scrubs, peptides and UV filters (by words printed in their INCI names).
RELEVANT = re.compile(
    r"(?i)(\boil\b(?<!seed oil)|absolute|parfum|fragrance|aroma\b|linalool|limonene|citral|citronellol|geraniol|"
    r"eugenol|coumarin|farnesol|salicyl|glycolic|lactic acid|mandelic|gluconolactone|lactobionic|retin|adapalene|"
    r"peroxide|azelaic|alcohol denat|^alcohol$|hamamelis|witch hazel|kaolin|bentonite|\bclay|peptide|zinc oxide|"
    r"titanium dioxide|avobenzone|homosalate|octisalate|octocrylene|methoxycinnamate|triazine|sucrose$)"
)

PROFILES = {
    "pregnant_sensitive": {"pregnancy": "yes", "sensitive": True, "concerns": {"blackheads", "enlarged_pores"}},
    "teen_acne": {"age_band": "under_18", "acne_prone": True, "concerns": {"blackheads", "oiliness"}},
    "rx_retinoid": {"prescription_retinoid": True, "acne_prone": True, "concerns": {"enlarged_pores", "blackheads"}},
}


def agree(verdict: str, band: str) -> bool:
    allowed = set(band.split("|"))
    if "ok" in allowed:
        allowed |= {"fits", "not_needed"}
    return verdict in allowed


def paste(label: dict, *, list_only: bool = False) -> str:
    return label["text"] if list_only else f"{label['name']}\n{label['text']}"


def people(catalogue) -> dict:
    from labels.routine_view import person_from_answers, routine_view
    from routines.builder import build_routine
    from tests.catalogue_factory import make_answers

    out = {}
    for name, answers in PROFILES.items():
        a = make_answers(**answers)
        out[name] = (person_from_answers(a, catalogue), routine_view(build_routine(answers=a, catalogue=catalogue)))
    return out


def measure_kinds(*, list_only: bool = False, misses: bool = False) -> dict:
    """Named steps of a kind the shop's category allows, on the held-out shop labels, for the three people."""
    from labels.judge import check_label
    from labels.lexicon import lexicon_for
    from routines.catalogue import catalogue_from_fixture
    from tests.data.sephora_labels import SEPHORA_LABELS

    catalogue = catalogue_from_fixture(ROOT / "fixtures" / "catalogue.json")
    lexicon = lexicon_for(catalogue)
    n = {"named": 0, "right_kind": 0, "checks": 0}
    for label in SEPHORA_LABELS:
        for who, (person, routine) in people(catalogue).items():
            result = check_label(
                text=paste(label, list_only=list_only), lexicon=lexicon, person=person, routine=routine
            )
            n["checks"] += 1
            if result.fits is not None:
                n["named"] += 1
                right = result.fits.step_kind in label["kinds"]
                n["right_kind"] += right
                if misses and not right:
                    print(f"{label['name'][:60]:60} {who:19} {label['category']:12} named {result.fits.step_kind}")
    return n


def measure(misses: bool = False, list_only: bool = False) -> dict:
    from labels.judge import check_label
    from labels.lexicon import lexicon_for
    from labels.parse import parse_label
    from routines.catalogue import catalogue_from_fixture
    from tests.data.real_labels import REAL_LABELS

    catalogue = catalogue_from_fixture(ROOT / "fixtures" / "catalogue.json")
    lexicon = lexicon_for(catalogue)
    n = {"verdicts": 0, "agree": 0, "safety_misses": 0, "declared": 0, "known": 0, "named": 0, "right_kind": 0}
    n |= {"relevant": 0, "relevant_known": 0}
    for label in REAL_LABELS:
        plain = check_label(text=label["text"], lexicon=lexicon)
        n["declared"] += plain.declared
        n["known"] += plain.known
        relevant = [x for x in parse_label(label["text"]).declared if RELEVANT.search(x.text.strip())]
        n["relevant"] += len(relevant)
        n["relevant_known"] += sum(1 for x in relevant if lexicon.lookup(x.forms) is not None)
        if misses:
            for x in relevant:
                if lexicon.lookup(x.forms) is None:
                    print("relevant name not recognised:", x.text)
        for who, (person, routine) in people(catalogue).items():
            result = check_label(
                text=paste(label, list_only=list_only), lexicon=lexicon, person=person, routine=routine
            )
            band = label[who]
            n["verdicts"] += 1
            ok = agree(result.verdict, band)
            n["agree"] += ok
            if band == "avoid" and result.verdict in ("fits", "not_needed"):
                n["safety_misses"] += 1
            if result.fits is not None:
                n["named"] += 1
                n["right_kind"] += result.fits.step_kind in label["kinds"]
            if misses and (not ok or (result.fits and result.fits.step_kind not in label["kinds"])):
                step = result.fits.step_kind if result.fits else None
                got = f"{result.verdict:10} {step}"
                print(f"{label['name'][:60]:60} {who:19} want {band:16} got {got} | {result.reason[:90]}")
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--list-only", action="store_true", help="paste the ingredient list without the name")
    args = parser.parse_args()
    import django

    django.setup()
    n = measure(misses=args.misses, list_only=args.list_only)
    print(f"verdicts agreeing with the careful reader: {n['agree']} of {n['verdicts']}")
    print(f"safety misses (reader: avoid; check: fits or not_needed): {n['safety_misses']}")
    share = n["relevant_known"] / n["relevant"]
    print(f"relevant names recognised: {n['relevant_known']} of {n['relevant']} ({share:.1%})")
    print(f"declared names recognised: {n['known']} of {n['declared']} ({n['known'] / n['declared']:.1%})")
    if n["named"]:
        share = n["right_kind"] / n["named"]
        print(f"named steps of a kind the product can be: {n['right_kind']} of {n['named']} ({share:.1%})")
    k = measure_kinds(list_only=args.list_only, misses=args.misses)
    share = k["right_kind"] / k["named"] if k["named"] else 0.0
    print(
        f"held-out shop labels ({k['checks']} checks): named steps of a kind the shop's category allows: "
        f"{k['right_kind']} of {k['named']} ({share:.1%})"
    )


if __name__ == "__main__":
    main()
