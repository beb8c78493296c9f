"""Benchmark the routine engine: routines built per second against the real catalogue.

Not a test; rerun it after engine changes:

    .venv/bin/python bench/engine.py                 # 5000 random answer sets, fixtures/catalogue.json
    DEBUG=1 .venv/bin/python bench/engine.py --db    # the catalogue from the default database instead
    .venv/bin/python bench/engine.py -n 20000 --seed 7
    .venv/bin/python bench/engine.py --compare main --rounds 3   # this tree against commit `main`, alternating
    .venv/bin/python bench/engine.py --phases                    # CPU µs per routine in each stage

With `--compare REF`, REF is checked out into a temporary `git worktree`, and this script runs in each
tree in turn (a fresh process each time, the same answer sets and this tree's catalogue fixture for
both), `--rounds` times; it prints each run and the median routines per CPU-second of both, and their
ratio. CPU time is what to compare on a shared machine: wall time moves with whatever else runs.
"""

import argparse
import itertools
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")
os.environ.setdefault("DEBUG", "1")  # settings load without a SECRET_KEY; vocabulary labels are translatable


def random_answers(rng: random.Random):
    from ingredients.vocab import AgeBand, Concern, Experience, Pregnancy, SkinType, SunExposure, TimeBudget
    from routines.answers import Answers

    concerns = list(Concern)
    return Answers(
        skin_type=rng.choice(list(SkinType)),
        sensitive=rng.random() < 0.3,
        acne_prone=rng.random() < 0.4,
        concerns=frozenset(rng.sample(concerns, rng.randint(1, len(concerns)))),
        age_band=rng.choice(list(AgeBand)),
        pregnancy=rng.choice(list(Pregnancy)),
        isotretinoin=rng.random() < 0.1,
        prescription_retinoid=rng.random() < 0.15,
        rosacea_or_eczema=rng.random() < 0.15,
        wears_makeup=rng.random() < 0.5,
        sun_exposure=rng.choice(list(SunExposure)),
        time_budget=rng.choice(list(TimeBudget)),
        experience=rng.choice(list(Experience)),
        fragrance_free=rng.random() < 0.3,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="how many routines to build (default 5000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--fixture", default=str(ROOT / "fixtures" / "catalogue.json"))
    parser.add_argument("--db", action="store_true", help="load the catalogue from the default database")
    parser.add_argument("--compare", metavar="REF", help="also run the code of this commit, alternating")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each tree with --compare (default 3)")
    parser.add_argument("--phases", action="store_true", help="CPU µs per routine in each stage of the engine")
    args = parser.parse_args()
    if args.compare:
        compare(args)
        return

    import django

    django.setup()
    from routines.builder import build_routine
    from routines.catalogue import catalogue_from_fixture, load_catalogue

    catalogue = load_catalogue() if args.db else catalogue_from_fixture(args.fixture)
    rng = random.Random(args.seed)
    answers = [random_answers(rng) for _ in range(args.n)]
    if args.phases:
        phases(answers, catalogue)
        return

    timings = []
    cpu_started = time.process_time()
    started = time.perf_counter()
    for a in answers:
        t0 = time.perf_counter_ns()
        build_routine(answers=a, catalogue=catalogue).to_dict()
        timings.append((time.perf_counter_ns() - t0) / 1000)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(
        f"catalogue {catalogue.version}: {len(catalogue.ingredients)} ingredients, "
        f"{len(catalogue.product_types)} product types"
    )
    print(
        f"{args.n} routines in {elapsed:.2f}s: {args.n / elapsed:,.0f} routines/s, "
        f"mean {statistics.fmean(timings):,.0f} µs, p99 {p99:,.0f} µs per build (with to_dict)"
    )
    # CPU time is what to compare between runs on a shared machine: wall time moves with the load.
    print(f"CPU time: {args.n / cpu:,.0f} routines per CPU-second")


def phases(answers, catalogue) -> None:
    """CPU µs per routine in each stage of `build_routine` (routines/builder.py), run stage by stage."""
    from ingredients.vocab import Slot
    from routines.build.assemble import Assembly
    from routines.build.choose import choose
    from routines.build.draft import Build, Draft
    from routines.build.fit import fit
    from routines.build.plan import plan
    from routines.build.schedule import schedule
    from routines.rules import rules_for

    spent = dict.fromkeys(("rules", "choose", "fit", "schedule", "plan", "assemble", "to_dict"), 0)
    clock = time.process_time_ns
    for a in answers:
        t0 = clock()
        build = Build(rules=rules_for(answers=a, catalogue=catalogue), catalogue=catalogue)
        t1 = clock()
        choose(build)
        t2 = clock()
        per_evening = fit(build)
        t3 = clock()
        schedule(build, per_evening)
        t4 = clock()
        am = sorted(build.in_slot(Slot.AM), key=Draft.sort_key)
        pm = sorted(build.in_slot(Slot.PM), key=Draft.sort_key)
        stretches = plan(build, [d for d in pm if d.scheduled], daily=[d for d in am + pm if d.daily_active])
        t5 = clock()
        routine = Assembly(build).routine(am, pm, stretches)
        t6 = clock()
        routine.to_dict()
        t7 = clock()
        for name, (start, end) in zip(spent, itertools.pairwise((t0, t1, t2, t3, t4, t5, t6, t7)), strict=True):
            spent[name] += end - start
    per = {name: ns / len(answers) / 1000 for name, ns in spent.items()}
    print(", ".join(f"{name} {us:.0f}" for name, us in per.items()), f"= {sum(per.values()):.0f} µs per routine (CPU)")


def compare(args) -> None:
    """This tree and `args.compare` in turn, `args.rounds` times each; medians of routines per CPU-second."""
    script = Path(__file__).resolve()
    argv = ["-n", str(args.n), "--seed", str(args.seed), "--fixture", str(Path(args.fixture).resolve())]
    with tempfile.TemporaryDirectory(prefix="engine-bench-") as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", "--quiet", str(tree), args.compare], check=True)
        try:
            # This script in both trees, so both measure the same way; each imports its own tree's code.
            copy = tree / "bench" / "engine-run.py"
            copy.write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
            trees = {args.compare: copy, "this tree": script}
            rates: dict[str, list[float]] = {name: [] for name in trees}
            for number in range(1, args.rounds + 1):
                for name, run in trees.items():
                    result = subprocess.run(
                        [sys.executable, str(run), *argv], cwd=run.parent.parent, capture_output=True, text=True,
                        check=True,
                    )  # fmt: skip
                    rate = float(re.search(r"CPU time: ([\d,]+)", result.stdout).group(1).replace(",", ""))
                    rates[name].append(rate)
                    print(f"round {number}: {name}: {rate:,.0f} routines per CPU-second", flush=True)
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=True)
    before, after = (statistics.median(rates[name]) for name in trees)
    print(
        f"median: {args.compare} {before:,.0f}, this tree {after:,.0f} routines per CPU-second: {after / before:.2f}x"
    )


if __name__ == "__main__":
    main()
