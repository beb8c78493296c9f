"""Four routines read as a dermatologist would (issue #19): products, actives, phases, warnings.

    .venv/bin/python bench/clinical_profiles.py            # the current catalogue and engine
    .venv/bin/python bench/clinical_profiles.py --old      # answers an older engine understands

Prints plain text; nothing is saved (no snapshots).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from routines.answers import Answers  # noqa: E402
from routines.builder import build_routine  # noqa: E402
from routines.catalogue import catalogue_from_fixture  # noqa: E402
from routines.samples import BASE  # noqa: E402  (the curator tools' sample adult; each profile overrides)

PROFILES = {
    "Acne teenager (15, oily, acne, beginner)": {
        "skin_type": "oily",
        "acne_prone": True,
        "concerns": ["blackheads", "oiliness"],
        "age_band": "under_18",
    },
    "Pregnant, on tretinoin": {
        "skin_type": "combination",
        "acne_prone": True,
        "concerns": ["blackheads", "fine_lines"],
        "age_band": "30_44",
        "pregnancy": "yes",
        "prescription_retinoid": True,
    },
    "12-year-old asking about fine lines (anti-ageing)": {
        "skin_type": "normal",
        "concerns": ["fine_lines"],
        "age_band": "under_18",
    },
    "62-year-old with sun damage": {
        "skin_type": "dry",
        "concerns": ["sun_damage", "fine_lines", "enlarged_pores"],
        "age_band": "60_plus",
        "sun_exposure": "high",
    },
}
ACTIVE = {"aha", "bha", "pha", "retinoid", "clay", "physical_exfoliant", "antimicrobial"}


def _times(n: int) -> str:
    return "" if n == 7 else f" ×{n}/wk"


def describe(name: str, answers: Answers, catalogue) -> str:
    r = build_routine(answers=answers, catalogue=catalogue).to_dict()
    lines = [f"== {name}", f"   answers: {answers.to_json()}"]
    lines.append(
        "   products: " + "; ".join(f"{p['name']} (avoid: {', '.join(p['avoid']) or '-'})" for p in r["products"])
    )
    for slot in ("am", "pm"):
        lines.append(
            f"   {slot}: "
            + " → ".join(
                f"{s['title']} [{s['product_type_name']}: {', '.join(i['slug'] for i in s['ingredients'])}"
                f"{_times(s['times_per_week'])}]"
                for s in r[slot]
            )
        )
    actives = sorted(
        {
            i["slug"]
            for s in r["am"] + r["pm"]
            for i in s["ingredients"]
            if i["class"] in ACTIVE or i["slug"] == "azelaic-acid"
        }
    )
    lines.append(f"   actives ({len(actives)}): {', '.join(actives) or 'none'}")
    for p in r["phases"]:
        evenings = {day: [u["product_type"] for u in uses] for day, uses in p["weekly"].items() if uses}
        lines.append(f"   phase weeks {p['weeks']}: introduces {list(p['introduces'])}; evenings {evenings}")
    lines.append("   warnings: " + " | ".join(f"{w['code']}: {w['title']}" for w in r["warnings"]))
    lines.append("   first warning text: " + (r["warnings"][0]["text"] if r["warnings"] else "-"))
    lines.append("   tips: " + ", ".join(t["code"] for t in r["tips"]))
    lines.append("   referrals: " + ", ".join(x["code"] for x in r["referrals"]))
    lines.append("   left out (avoid): " + ", ".join(f"{e['ingredient']} ({e['reason']})" for e in r["excluded"]))
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    catalogue = catalogue_from_fixture(ROOT / "fixtures" / "catalogue.json")
    old = "--old" in argv
    for name, profile in PROFILES.items():
        fields = {**BASE, **profile}
        if not old and name.startswith("11-year-old"):
            fields["age_band"] = "under_12"
        if old:
            fields = {k: v for k, v in fields.items() if k in Answers.__dataclass_fields__}
        print(describe(name, Answers.from_json(fields), catalogue))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
