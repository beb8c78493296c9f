"""Curating in a real browser at 1280 px: the longest admin forms don't scroll sideways."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from ingredients import models as m
from tests.admin_helpers import make_curator
from tests.browser.conftest import DESKTOP, screenshot

pytestmark = pytest.mark.browser


def overflow(page) -> int:
    """How far the page reaches past the window's right edge, in CSS pixels (0: no sideways scroll)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture
def curator_page(site, page):
    # The live server's tests flush the database between tests, data migrations' rows included.
    if not Group.objects.filter(name="Curators").exists():
        importlib.import_module("ingredients.migrations.0002_curators_group").create_group(apps, None)
    user = make_curator()
    user.set_password("a long passphrase")
    user.save()
    page.set_viewport_size(DESKTOP)
    page.goto(site + "/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "a long passphrase")
    page.click("input[type=submit]")
    page.wait_for_url(site + "/admin/")
    return page


def test_the_ingredient_change_page_fits_a_1280_px_window(site, curator_page):
    # An ingredient with contraindications: their inline was 2,339 px wide.
    ingredient = m.Ingredient.objects.filter(contraindications__isnull=False).first()
    curator_page.goto(f"{site}/admin/ingredients/ingredient/{ingredient.pk}/change/")
    assert curator_page.locator(".inline-related").count() >= 1
    screenshot(curator_page, "admin-ingredient-1280")
    assert overflow(curator_page) <= 0


def test_the_other_long_catalogue_forms_fit_a_1280_px_window(site, curator_page):
    pages = {
        "warning": f"/admin/ingredients/warningmessage/{m.WarningMessage.objects.first().pk}/change/",
        "myth": f"/admin/ingredients/myth/{m.Myth.objects.first().pk}/change/",
        "contraindication": "/admin/ingredients/contraindication/add/",
        "product-type": "/admin/ingredients/producttype/add/",
        "versions": "/admin/ingredients/catalogueversion/",
    }
    wide = {}
    for name, path in pages.items():
        curator_page.goto(site + path)
        if (extra := overflow(curator_page)) > 0:
            wide[name] = extra
    assert wide == {}


def test_a_curator_previews_an_unsaved_change_on_sample_routines(site, curator_page):
    ingredient = m.Ingredient.objects.get(slug="salicylic-acid")
    curator_page.goto(f"{site}/admin/ingredients/ingredient/{ingredient.pk}/change/")
    curator_page.uncheck("#id_recommendable")
    curator_page.fill("#id_not_recommended_reason_en", "Trying the preview.")
    curator_page.click("text=Preview the effect on sample routines")
    curator_page.wait_for_selector("text=Nothing has been saved.")
    assert curator_page.locator("text=Ingredient removed: Salicylic acid").count() >= 1
    screenshot(curator_page, "admin-preview-1280")
    assert overflow(curator_page) <= 0
    assert m.Ingredient.objects.get(pk=ingredient.pk).recommendable
