"""The label check on real products' lists (tests/data/real_labels.py, each with its source) for three people,
and on held-out shop labels (tests/data/sephora_labels.py) for the kind of product.

The figures are measured by `bench/real_labels.py`; this test holds the floor that no product a careful
reader says to avoid is ever judged `fits` or `not_needed`, that agreement does not fall back, and that the
steps it names are a kind of step the product can be (how it is sold). Each label is pasted as a person
copies a listing: the product's name, then its ingredients.
"""

from bench.real_labels import measure, measure_kinds


def test_real_labels_agree_with_a_careful_reader_and_never_miss_an_avoid():
    n = measure()
    assert n["safety_misses"] == 0
    assert n["agree"] / n["verdicts"] >= 0.85, n
    assert n["verdicts"] >= 120


def test_named_steps_are_a_kind_of_step_the_product_can_be():
    # Issue 20 asks for 90 %. Reading the product's name (a sheet mask is a mask, an essence a treatment,
    # a cleansing oil an oil cleanse): 85 of 85 today (the list alone: 82 of 93, 88.2 %).
    n = measure()
    assert n["named"] >= 60, n
    assert n["right_kind"] / n["named"] >= 0.98, n


def test_on_held_out_shop_labels_named_steps_are_a_kind_the_shop_sells_them_as():
    # 40 labels sampled at random after the rules were written; kinds from the shop's category alone.
    # 28 of 30 today: the two misses are a CC cream with SPF 40 the shop files under moisturisers, named
    # as a sunscreen (its list holds the filters). The list alone: 24 of 50 (48 %).
    n = measure_kinds()
    assert n["named"] >= 25, n
    assert n["right_kind"] / n["named"] >= 0.93, n
