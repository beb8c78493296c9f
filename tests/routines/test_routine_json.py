import re
from datetime import UTC, datetime

import pytest

from ingredients.vocab import IngredientClass, ReferralCode, StepKind
from tests.factories import catalogue_once, make_routine, pregnant_answers, valid_answers

pytestmark = pytest.mark.django_db

TOP_LEVEL = {
    "token",
    "url",
    "created_at",
    "catalogue_version",
    "answers",
    "am",
    "pm",
    "weekly",
    "ramp_up",
    "warnings",
    "excluded",
    "referrals",
    "myths",
    "tips",
    "disclaimer",
}
# Following the plan (contract, "Additions, turn 3"): on every routine, empty until used.
FOLLOW_UP = {"started_on", "check_ins", "progress", "pauses"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
YES_NO = ["sensitive", "acne_prone", "isotretinoin", "prescription_retinoid", "rosacea_or_eczema", "wears_makeup"]


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def fetch(client, routine) -> dict:
    response = client.get(f"/r/{routine.token}.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    return response.json()


def assert_sources(sources):
    assert isinstance(sources, list)
    for source in sources:
        assert {"title", "url", "seed"} <= set(source) <= {"title", "url", "seed", "citation", "kind"}
        assert isinstance(source["title"], str) and source["title"]
        assert source["url"] is None or source["url"].startswith("http")
        assert source["seed"] is None or isinstance(source["seed"], str)


def assert_contract_shape(data: dict) -> None:
    assert set(data) >= TOP_LEVEL
    assert set(data) - TOP_LEVEL <= {"treatments", "schema_version", "products", "phases", "timeline"} | FOLLOW_UP
    assert data["schema_version"] == 2
    assert isinstance(data["catalogue_version"], str) and data["catalogue_version"]
    assert isinstance(data["disclaimer"], str) and data["disclaimer"]

    for slot in ("am", "pm"):
        assert data[slot], slot
        for step in data[slot]:
            assert set(step) >= {"kind", "title", "product_type", "ingredients", "times_per_week", "how"}
            assert step["kind"] in StepKind.values
            assert isinstance(step["title"], str) and isinstance(step["how"], str)
            assert isinstance(step["product_type"], str) and step["product_type"]
            assert isinstance(step["times_per_week"], int) and 1 <= step["times_per_week"] <= 7
            for ingredient in step["ingredients"]:
                assert set(ingredient) >= {"slug", "name", "class", "why"}
                assert ingredient["class"] in IngredientClass.values

    assert list(data["weekly"]) == DAYS
    for uses in data["weekly"].values():
        for use in uses:
            assert set(use) >= {"kind", "ingredients", "classes"}
            assert use["kind"] in StepKind.values
            assert all(isinstance(s, str) for s in use["ingredients"])
            assert all(c in IngredientClass.values for c in use["classes"])
    # A scheduled step appears on exactly times_per_week evenings.
    for step in data["pm"]:
        if step["times_per_week"] < 7:
            slugs = {i["slug"] for i in step["ingredients"]}
            evenings = [d for d in DAYS if any(slugs & set(u["ingredients"]) for u in data["weekly"][d])]
            assert len(evenings) == step["times_per_week"], step["title"]

    for stage in data["ramp_up"]:
        assert set(stage) >= {"weeks", "text"}
    for warning in data["warnings"]:
        assert set(warning) >= {"code", "title", "text", "sources"}
        assert_sources(warning["sources"])
    for item in data["excluded"]:
        assert set(item) >= {"ingredient", "reason", "text"}
        assert item["reason"] in {w["code"] for w in data["warnings"]}
    for referral in data["referrals"]:
        assert set(referral) >= {"code", "text"}
        assert referral["code"] in ReferralCode.values
    for myth in data["myths"]:
        assert set(myth) >= {"slug", "myth", "reality", "sources"}
        assert_sources(myth["sources"])
    for tip in data["tips"]:
        assert set(tip) >= {"code", "text"}


class TestRoutineJson:
    def test_an_oily_acne_prone_routine_has_the_contract_keys_and_types(self, client):
        routine = make_routine()
        data = fetch(client, routine)
        assert_contract_shape(data)
        assert data["token"] == routine.token
        assert data["url"] == f"/r/{routine.token}/"
        assert data["catalogue_version"] == routine.catalogue_version
        assert any(s["kind"] == "sunscreen" for s in data["am"])
        assert any(data["weekly"][day] for day in DAYS)

    def test_a_pregnant_routine_has_the_contract_keys_and_a_pregnancy_warning(self, client):
        data = fetch(client, make_routine(**pregnant_answers()))
        assert_contract_shape(data)
        assert "pregnancy" in {w["code"] for w in data["warnings"]}
        used = {i["class"] for slot in ("am", "pm") for s in data[slot] for i in s["ingredients"]}
        assert "retinoid" not in used
        assert any(item["reason"] == "pregnancy" for item in data["excluded"])

    def test_answers_use_booleans_for_yes_no_and_a_list_for_concerns(self, client):
        data = fetch(client, make_routine(**valid_answers(concerns=["redness", "blackheads"], fragrance_free="yes")))
        answers = data["answers"]
        assert answers == {
            "skin_type": "oily",
            "sensitive": False,
            "acne_prone": True,
            "concerns": ["blackheads", "redness"],
            "age_band": "18_29",
            "pregnancy": "no",
            "isotretinoin": False,
            "prescription_retinoid": False,
            "rosacea_or_eczema": False,
            "wears_makeup": False,
            "sun_exposure": "moderate",
            "time_budget": "standard",
            "experience": "beginner",
            "fragrance_free": True,
            "medicines": [],
        }
        for name in YES_NO:
            assert isinstance(answers[name], bool)

    def test_created_at_is_iso_8601_utc_with_a_z(self, client):
        routine = make_routine()
        data = fetch(client, routine)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["created_at"])
        parsed = datetime.strptime(data["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert abs((parsed - routine.created_at).total_seconds()) < 1

    def test_the_token_carries_at_least_128_random_bits_url_safe(self, client):
        routine = make_routine()
        token = fetch(client, routine)["token"]
        assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", token)
        assert make_routine().token != token

    def test_it_shows_the_routine_as_saved_even_after_the_catalogue_changes(self, client):
        from ingredients.models import Notice
        from ingredients.version import refresh_catalogue_version

        routine = make_routine()
        before = fetch(client, routine)
        Notice.objects.filter(slug="disclaimer").update(text="Something else entirely.")
        refresh_catalogue_version()
        assert fetch(client, routine) == before

    def test_unknown_and_malformed_tokens_are_404(self, client):
        assert client.get("/r/" + "C" * 32 + ".json").status_code == 404
        assert client.get("/r/nope.json").status_code == 404
        assert client.get("/r/" + "C" * 32 + "/.json").status_code == 404
