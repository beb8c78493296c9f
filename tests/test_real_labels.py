"""The label check on real products' lists (tests/data/real_labels.py, each with its source) for three people.

The figures are measured by `bench/real_labels.py`; this test holds the floor that no product a careful
reader says to avoid is ever judged `fits` or `not_needed`, and that agreement does not fall back.
"""

from bench.real_labels import measure


def test_real_labels_agree_with_a_careful_reader_and_never_miss_an_avoid():
    n = measure()
    assert n["safety_misses"] == 0
    assert n["agree"] / n["verdicts"] >= 0.85, n
    assert n["verdicts"] >= 120
