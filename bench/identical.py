"""Prove a change to the engine changes no routine: the routine JSON of 1,000 seeded answer sets, before and after.

Not a test, and its output is never committed. Each line of a snapshot is one answer set: its number,
the answers, a digest of the routine JSON and the canonical JSON itself (`Routine.to_dict()`, keys
sorted), so two snapshots compare line by line and a difference shows where it is.

    # this tree against commit 3ecdc06 (checked out in a temporary `git worktree`), in one go:
    .venv/bin/python bench/identical.py check --ref 3ecdc06
    # or step by step, keeping the snapshots (paths outside the repository):
    .venv/bin/python bench/identical.py write /tmp/after.jsonl
    .venv/bin/python bench/identical.py write /tmp/before.jsonl --ref 3ecdc06
    .venv/bin/python bench/identical.py compare /tmp/before.jsonl /tmp/after.jsonl

The answer sets use only the fields and values of the original questionnaire contract (as of 3ecdc06),
as plain strings, so the same 1,000 sets run on every tree that has `routines.builder.build_routine`.
A newer tree whose `Answers` requires a field these sets lack gets its "no" (a yes/no question) or
the value given with `--fill field=value`. Every tree is built against its own `fixtures/catalogue.json`
unless `--fixture` names one file for both (to compare engines alone when the catalogue changed too).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The original contract's questionnaire (ingredients/vocab.py at 3ecdc06), values as strings.
SKIN_TYPES = ("oily", "combination", "normal", "dry")
CONCERNS = (
    "enlarged_pores",
    "blackheads",
    "oiliness",
    "texture",
    "dullness",
    "sun_damage",
    "fine_lines",
    "redness",
)
AGE_BANDS = ("under_18", "18_29", "30_44", "45_59", "60_plus")
PREGNANCY = ("yes", "trying", "no")
SUN_EXPOSURE = ("low", "moderate", "high")
TIME_BUDGETS = ("minimal", "standard", "full")
EXPERIENCE = ("beginner", "experienced")
RARE = ("isotretinoin", "prescription_retinoid")
YES_NO = ("sensitive", "acne_prone", "isotretinoin", "prescription_retinoid", "rosacea_or_eczema", "wears_makeup")


def answer_sets(n: int, seed: int) -> list[dict]:
    """`n` answer sets in the contract's JSON form, the same for the same `n` and `seed`."""
    rng = random.Random(seed)
    sets = []
    for _ in range(n):
        answers = {
            "skin_type": rng.choice(SKIN_TYPES),
            "concerns": sorted(rng.sample(CONCERNS, rng.randint(1, len(CONCERNS)))),
            "age_band": rng.choice(AGE_BANDS),
            "pregnancy": rng.choice(PREGNANCY),
            "sun_exposure": rng.choice(SUN_EXPOSURE),
            "time_budget": rng.choice(TIME_BUDGETS),
            "experience": rng.choice(EXPERIENCE),
            # Rarer answers (medicines, diagnoses) come up less often, as in bench/engine.py.
            **{name: rng.random() < (0.15 if name in RARE else 0.35) for name in YES_NO},
            "fragrance_free": rng.random() < 0.3,
        }
        sets.append(answers)
    return sets


def _answers(cls, data: dict, fill: dict[str, str]):
    """The tree's `Answers` from an old-contract answer set; fields it lacks take `fill` or "no"."""
    from ingredients import vocab

    questions = {q.name: q for q in vocab.QUESTIONS}
    values = dict(data)
    for f in dataclasses.fields(cls):
        if f.name in values or f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            continue
        if f.name in fill:
            values[f.name] = fill[f.name]
        elif f.name in questions and questions[f.name].yes_no:
            values[f.name] = False
        else:
            raise SystemExit(f"this tree's Answers requires {f.name!r}: give it with --fill {f.name}=VALUE")
    known = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in known})


def write_snapshot(out: Path, *, n: int, seed: int, fixture: str | None, fill: dict[str, str]) -> None:
    """Build every answer set's routine with the code of the tree this runs in (ROOT) and write them."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")
    os.environ.setdefault("DEBUG", "1")  # settings load without a SECRET_KEY
    import django

    django.setup()
    from routines.answers import Answers
    from routines.builder import build_routine
    from routines.catalogue import catalogue_from_fixture

    catalogue = catalogue_from_fixture(fixture or ROOT / "fixtures" / "catalogue.json")
    with open(out, "w", encoding="utf-8") as f:
        for number, data in enumerate(answer_sets(n, seed)):
            routine = build_routine(answers=_answers(Answers, data, fill), catalogue=catalogue)
            text = json.dumps(routine.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(text.encode()).hexdigest()[:16]
            answers = json.dumps(data, sort_keys=True, separators=(",", ":"))
            f.write(f"{number}\t{answers}\t{digest}\t{text}\n")
    print(f"{n} routines from {ROOT} (catalogue {catalogue.version}) written to {out}")


def write_at_ref(ref: str, out: Path, argv: list[str]) -> None:
    """Check `ref` out into a temporary worktree and run this script there, with that tree's code."""
    with tempfile.TemporaryDirectory(prefix="identical-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), ref], check=True)
        try:
            script = tree / "bench" / "identical-run.py"
            script.write_text(Path(__file__).read_text(encoding="utf-8"), encoding="utf-8")
            subprocess.run([sys.executable, str(script), "write", str(out), *argv], check=True, cwd=tree)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _first_difference(a, b, path="") -> str:
    if type(a) is not type(b):
        return f"{path or '/'}: {a!r:.80} != {b!r:.80}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}/{key}: only in {'second' if key not in a else 'first'}"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{path}/{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}/{i}")
    return f"{path or '/'}: {a!r:.80} != {b!r:.80}"


def compare(first: Path, second: Path, *, show: int = 10) -> int:
    """Report the answer sets whose routines differ; 0 when all are identical."""
    with open(first, encoding="utf-8") as f:
        a = [line.rstrip("\n").split("\t", 3) for line in f]
    with open(second, encoding="utf-8") as f:
        b = [line.rstrip("\n").split("\t", 3) for line in f]
    if len(a) != len(b):
        print(f"different sizes: {len(a)} and {len(b)} answer sets")
        return 2
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x[:3] != y[:3]]
    for x, y in differing[:show]:
        if x[1] != y[1]:
            print(f"#{x[0]}: different answer sets (not the same seed or count?)")
            continue
        print(f"#{x[0]} {x[1]}\n    {_first_difference(json.loads(x[3]), json.loads(y[3]))}")
    if len(differing) > show:
        print(f"... and {len(differing) - show} more")
    print(f"{len(a) - len(differing)}/{len(a)} identical")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-n", type=int, default=1000, help="how many answer sets (default 1000)")
    common.add_argument("--seed", type=int, default=18)
    common.add_argument("--fixture", help="one catalogue fixture for every tree (default: each tree's own)")
    common.add_argument("--fill", action="append", default=[], metavar="FIELD=VALUE", help="a newer required answer")
    write = sub.add_parser("write", parents=[common], help="write a snapshot to a path outside the repository")
    write.add_argument("out", type=Path)
    write.add_argument("--ref", help="build with the code of this commit (a temporary git worktree)")
    # (Its own --ref, not a shared one: argparse shares a parent's actions, and so their defaults.)
    check = sub.add_parser("check", parents=[common], help="compare this tree with --ref (default 3ecdc06)")
    check.add_argument("--ref", default="3ecdc06", help="the commit to compare with (default 3ecdc06)")
    cmp = sub.add_parser("compare", help="report the answer sets that differ between two snapshots")
    cmp.add_argument("first", type=Path)
    cmp.add_argument("second", type=Path)
    args = parser.parse_args()

    if args.command == "compare":
        sys.exit(compare(args.first, args.second))
    passed = ["-n", str(args.n), "--seed", str(args.seed)]
    if args.fixture:
        args.fixture = str(Path(args.fixture).resolve())
        passed += ["--fixture", args.fixture]
    for f in args.fill:
        passed += ["--fill", f]
    fill = dict(f.split("=", 1) for f in args.fill)
    if args.command == "write":
        if args.ref:
            write_at_ref(args.ref, args.out.resolve(), passed)
        else:
            write_snapshot(args.out, n=args.n, seed=args.seed, fixture=args.fixture, fill=fill)
        return
    with tempfile.TemporaryDirectory(prefix="identical-out-") as tmp:
        before, after = Path(tmp) / "before.jsonl", Path(tmp) / "after.jsonl"
        write_at_ref(args.ref, before, passed)
        # This tree in its own process, as the other one: the same start for both.
        subprocess.run([sys.executable, __file__, "write", str(after), *passed], check=True)
        print(f"{args.ref} (first) against {ROOT} (second):")
        sys.exit(compare(before, after))


if __name__ == "__main__":
    main()
