"""Every page that answers GET answers HEAD the same way, without a body (uptime and link checkers use HEAD)."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from ingredients.models import Ingredient
from routines.forms import STEPS
from tests.factories import catalogue_once, make_routine

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


def routes(resolver=None, prefix=""):
    """(route, URLPattern) for every URL pattern of the site, with the admin's own pages left to admin."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern) == "admin/":
                yield "admin/", None  # the admin's index (its other pages need objects and a login)
                continue
            yield from routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def addresses():
    token = make_routine().token
    values = {"token": token, "step": STEPS[0].slug, "slug": Ingredient.objects.order_by("slug").first().slug}
    found = []
    for route, _ in routes():
        path = "/" + route
        for name, value in values.items():
            for converter in ("token", "slug", "str"):
                path = path.replace(f"<{converter}:{name}>", value)
        assert "<" not in path, f"no sample value for {route}: add one to this test"
        found.append(path)
    return found


def test_every_get_page_answers_head_with_the_same_status_and_no_body(client):
    checked = 0
    for path in addresses():
        got = client.get(path)
        if got.status_code == 405:  # POST-only (rebuild)
            continue
        head = client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"", path
        assert head["Content-Type"] == got["Content-Type"], path
        checked += 1
    assert checked >= 9
