"""Dutch pack text in the label check's parser (labels/parse.py), and the same judgement as English.

The examples are CONSTRUCTED, not copied from real packs: they follow the layout of products sold in the
Netherlands and Belgium (a product line, the list under "Ingrediënten:" or "Samenstelling:", or after
"Bevat:", and pack panels after it: "Gebruik:", "Let op:", "Alleen voor uitwendig gebruik", "Buiten
bereik van kinderen houden", "Ten minste houdbaar tot"), with INCI names, which EU labels print in
every language. Each is read next to the same pack in English.
"""

from __future__ import annotations

import pytest

from labels.judge import check_label
from labels.lexicon import lexicon_from_fixture
from labels.parse import parse_label
from tests.factories import CATALOGUE_FIXTURE

LEXICON = lexicon_from_fixture(CATALOGUE_FIXTURE)
NAMES = ["Aqua", "Glycerin", "Salicylic Acid", "Niacinamide", "Parfum"]
LIST = ", ".join(NAMES)

# Dutch pack text → the English pack it stands beside.
PACKS = {
    "Ingrediënten: " + LIST: "Ingredients: " + LIST,
    "Ingredienten: " + LIST: "Ingredients: " + LIST,
    "INGREDIËNTEN: " + LIST.upper(): "INGREDIENTS: " + LIST.upper(),
    "Samenstelling: " + LIST: "Ingredients: " + LIST,
    "Bevat: " + LIST: "Ingredients: " + LIST,
    (
        "Zuiverende gel voor de vette huid. Ingrediënten: " + LIST + ". Gebruik: 's avonds een kleine "
        "hoeveelheid op de gereinigde huid aanbrengen."
    ): "Purifying gel for oily skin. Ingredients: " + LIST + ". Directions: apply a little in the evening.",
    (
        "Dagcrème\nSamenstelling:\n" + LIST + "\nAlleen voor uitwendig gebruik.\nBuiten bereik van kinderen houden."
    ): "Day cream\nIngredients:\n" + LIST + "\nFor external use only.\nKeep out of reach of children.",
    "Bevat: " + LIST + ". Let op: vermijd contact met de ogen. Ten minste houdbaar tot: zie verpakking.": (
        "Ingredients: " + LIST + ". Warnings: avoid contact with the eyes."
    ),
}


@pytest.mark.parametrize("dutch, english", PACKS.items(), ids=[f"pack-{n}" for n in range(len(PACKS))])
def test_a_dutch_pack_is_read_as_its_english_twin(dutch, english):
    read, expected = parse_label(dutch), parse_label(english)
    assert read.found_heading and expected.found_heading
    assert [n.forms[0] for n in read.names] == [n.forms[0] for n in expected.names]
    assert len(read.names) == len(NAMES)


@pytest.mark.parametrize("dutch, english", PACKS.items(), ids=[f"pack-{n}" for n in range(len(PACKS))])
def test_a_dutch_pack_is_judged_as_its_english_twin(dutch, english):
    read, expected = check_label(text=dutch, lexicon=LEXICON), check_label(text=english, lexicon=LEXICON)
    assert read.verdict == expected.verdict
    assert [(f.code, f.severity) for f in read.flags] == [(f.code, f.severity) for f in expected.flags]
    assert [i.slug for i in read.recognised] == [i.slug for i in expected.recognised]


def test_the_word_bevat_inside_a_sentence_is_not_a_heading():
    # "Bevat parfum." (contains perfume) has no colon: the list is still the one under its heading.
    read = parse_label("Bevat parfum. Ingrediënten: Aqua, Glycerin, Parfum.")
    assert [n.text for n in read.names] == ["Aqua", "Glycerin", "Parfum"]
