"""Small helpers shared by the view tests: questionnaire form data and saved routines."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from routines.forms import QuestionnaireForm
from routines.models import SavedRoutine


def valid_answers(**overrides) -> dict[str, str | list[str]]:
    """Form data for a complete, valid questionnaire (a beginner with oily, acne-prone skin).

    `concerns` is a list so the test client sends it as a repeated field, as a browser does.
    """
    data: dict[str, str | list[str]] = {
        "skin_type": "oily",
        "sensitive": "no",
        "acne_prone": "yes",
        "concerns": ["enlarged_pores", "blackheads", "oiliness"],
        "age_band": "18_29",
        "pregnancy": "no",
        "isotretinoin": "no",
        "prescription_retinoid": "no",
        "rosacea_or_eczema": "no",
        "wears_makeup": "no",
        "sun_exposure": "moderate",
        "time_budget": "standard",
        "experience": "beginner",
        "fragrance_free": "no",
    }
    data.update(overrides)
    return data


def pregnant_answers(**overrides) -> dict[str, str | list[str]]:
    return valid_answers(pregnancy="yes", concerns=["enlarged_pores", "blackheads"], **overrides)


CATALOGUE_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "catalogue.json"


def load_catalogue() -> None:
    # By path: the project's fixtures/ folder belongs to no app, so loaddata wouldn't find it by name.
    # In English: a plain text field in the fixture goes to the active language's column
    # (django-modeltranslation), and a test's request to a Dutch page leaves Dutch active.
    with translation.override("en"):
        call_command("loaddata", str(CATALOGUE_FIXTURE), verbosity=0)


def catalogue_once(django_db_blocker):
    """Load the real catalogue once for a whole test module, inside a transaction rolled back at the end.

    Each test's own transaction nests inside it (a savepoint), so a test that changes the catalogue
    leaves the next one the fixture as loaded. Use from a module-scoped fixture:
    `yield from catalogue_once(django_db_blocker)`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        load_catalogue()
        yield
        transaction.set_rollback(True)


def make_routine(**overrides) -> SavedRoutine:
    """A routine saved the way the questionnaire saves one, from `valid_answers(**overrides)`."""
    from routines.views import save_routine

    form = QuestionnaireForm(data=_as_querydict(valid_answers(**overrides)))
    assert form.is_valid(), form.errors
    return save_routine(form.to_answers())


def _as_querydict(data: dict):
    from django.http import QueryDict

    q = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, list):
            q.setlist(key, value)
        else:
            q[key] = value
    return q
