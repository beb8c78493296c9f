"""A catalogue fixture from before the Dutch texts (English only) still loads into a new database."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from ingredients import models as m
from routines.catalogue import current_catalogue
from tests.factories import CATALOGUE_FIXTURE

pytestmark = pytest.mark.django_db


def test_an_english_only_fixture_loads_and_reads_english_in_dutch(tmp_path):
    records = json.loads(CATALOGUE_FIXTURE.read_text(encoding="utf-8"))
    for record in records:
        record["fields"] = {k: v for k, v in record["fields"].items() if not k.endswith("_nl")}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")

    out = StringIO()
    call_command("load_catalogue_if_empty", str(path), stdout=out)
    assert "loaded" in out.getvalue()
    salicylic = m.Ingredient.objects.get(slug="salicylic-acid")
    assert (salicylic.name_en, salicylic.name_nl) == ("Salicylic acid", "")

    with translation.override("nl"):
        dutch = current_catalogue()
    english = current_catalogue("en")
    assert dutch.language == "nl"
    assert dutch.ingredients == english.ingredients and dutch.warnings == english.warnings
    with pytest.raises(CommandError, match="have no nl translation"):
        call_command("missing_translations", stdout=StringIO())


def test_the_fixture_loads_its_english_texts_as_english_while_dutch_is_active():
    with translation.override("nl"):
        call_command("loaddata", str(CATALOGUE_FIXTURE), verbosity=0)
    salicylic = m.Ingredient.objects.get(slug="salicylic-acid")
    assert (salicylic.name_en, salicylic.name_nl) == ("Salicylic acid", "Salicylzuur")
