"""Small catalogues made in code for engine tests: `make_*` helpers and one realistic `small_catalogue()`.

Builder tests use these (no database). `real_catalogue()` parses `fixtures/catalogue.json` into the
same snapshot without the database, falling back to `small_catalogue()` while the fixture is absent.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from routines.answers import Answers
from routines.catalogue import (
    Catalogue,
    Conflict,
    Contraindication,
    FirstLine,
    Ingredient,
    LifestyleTip,
    Myth,
    Notice,
    ProductType,
    ProfessionalTreatment,
    RampUpStage,
    ReferralRule,
    RoutineStep,
    Source,
    WarningMessage,
    catalogue_digest,
    catalogue_from_fixture,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "catalogue.json"
ALL_BUDGETS = ("minimal", "standard", "full")
ALL_SKINS = ("oily", "combination", "normal", "dry")

SOURCE = Source(slug="aad", title="American Academy of Dermatology", url="https://www.aad.org/", seed=None)


def make_answers(**overrides) -> Answers:
    values = {
        "skin_type": "oily",
        "sensitive": False,
        "acne_prone": False,
        "concerns": {"enlarged_pores"},
        "age_band": "18_29",
        "pregnancy": "no",
        "isotretinoin": False,
        "prescription_retinoid": False,
        "rosacea_or_eczema": False,
        "wears_makeup": False,
        "sun_exposure": "moderate",
        "time_budget": "full",
        "experience": "beginner",
        "fragrance_free": False,
    }
    values.update(overrides)
    return Answers(**values)


def make_ingredient(slug: str, cls: str, **kw) -> Ingredient:
    values = {
        "slug": slug,
        "name": slug.replace("-", " ").capitalize(),
        "ingredient_class": cls,
        "why": f"{slug} helps pores.",
        "skin_types": ALL_SKINS,
        "chosen_when": (),
        "prescription_only": False,
        "time_of_day": "either",
        "beginner_per_week": 7,
        "experienced_per_week": 7,
        "photosensitising": False,
        "fragrance_or_essential_oil": False,
        "evidence": "moderate",
        "recommendable": True,
        "not_recommended_reason": "",
        "sources": (SOURCE,),
        # As the real catalogue marks them: acids, retinoids, clay, benzoyl peroxide, scrubs.
        "active": cls in {"aha", "bha", "pha", "retinoid", "clay", "antimicrobial", "physical_exfoliant"},
    }
    values.update(kw)
    return Ingredient(**values)


def make_product_type(slug: str, kind: str, key: tuple[str, ...], **kw) -> ProductType:
    values = {
        "slug": slug,
        "name": slug.replace("-", " ").capitalize(),
        "step_kind": kind,
        "description": "",
        "texture_rank": 3,
        "key_ingredients": key,
        "skin_types": ALL_SKINS,
    }
    values.update(kw)
    return ProductType(**values)


def make_step(kind: str, slot: str, order: int, **kw) -> RoutineStep:
    values = {
        "slug": f"{slot}-{kind}",
        "title": kind.replace("_", " ").capitalize(),
        "step_kind": kind,
        "slot": slot,
        "order": order,
        "how": f"How to {kind}.",
        "time_budgets": ALL_BUDGETS,
        "requires": (),
        "priority": 50,
        "sources": (),
    }
    values.update(kw)
    return RoutineStep(**values)


def make_warning(code: str, **kw) -> WarningMessage:
    values = {"slug": code.replace("_", "-"), "code": code, "title": code.title(), "text": f"About {code}."}
    values.update(kw)
    return WarningMessage(sources=(SOURCE,), **values)


def make_contraindication(condition: str, *, ingredient=None, cls="", severity="avoid", warning, **kw):
    return Contraindication(
        condition=condition,
        ingredient=ingredient,
        ingredient_class=cls,
        severity=severity,
        max_per_week=kw.pop("max_per_week", None),
        warning=warning,
        text=kw.pop("text", f"Left out or limited for {condition}."),
        sources=(SOURCE,),
    )


def make_conflict(a: str, b: str, *, rule="not_same_evening", beginners_only=False) -> Conflict:
    return Conflict(class_a=a, class_b=b, rule=rule, beginners_only=beginners_only, text=f"{a} and {b}.", sources=())


def make_myth(slug: str, **kw) -> Myth:
    return Myth(slug=slug, myth=f"Myth {slug}", reality="Reality.", explanation="", sources=(SOURCE,), **kw)


def first_lines_from_chosen_when(ingredients) -> tuple[FirstLine, ...]:
    """First-line rows as a small catalogue's actives imply them: each active is a first-line choice for
    every answer in its `chosen_when`, strongest evidence first, and a routine may take all of them (the
    engine's ceilings still cap how many actives it holds)."""
    rank = {"strong": 0, "moderate": 1, "weak": 2}
    actives = sorted((i for i in ingredients if i.active), key=lambda i: (rank.get(i.evidence, 9), i.slug))
    facts = sorted({f for i in actives for f in i.chosen_when})
    rows = []
    for n, fact in enumerate(facts):
        members = [i for i in actives if fact in i.chosen_when]
        rows += [
            FirstLine(
                slug=f"{fact}-{i.slug}", treats=fact, ingredient=i.slug, order=100 * n + k, pick=min(len(members), 3)
            )
            for k, i in enumerate(members)
        ]
    return tuple(rows)


def make_catalogue(**parts) -> Catalogue:
    """A snapshot from the given parts; the version is the content digest, as in production. Without
    `first_lines`, they follow from the actives' `chosen_when` (`first_lines_from_chosen_when`)."""
    if "first_lines" not in parts:
        parts["first_lines"] = first_lines_from_chosen_when(parts.get("ingredients", ()))
    catalogue = Catalogue(version="", **{k: tuple(v) for k, v in parts.items()})
    return dataclasses.replace(catalogue, version=catalogue_digest(catalogue))


def small_catalogue() -> Catalogue:
    """A small but realistic catalogue: enough to exercise every rule the engine has."""
    ing = make_ingredient
    acid_when = ("concerns=blackheads", "concerns=enlarged_pores", "concerns=texture", "acne_prone=yes")
    ingredients = [
        ing(
            "salicylic-acid",
            "bha",
            chosen_when=acid_when,
            time_of_day="pm",
            beginner_per_week=2,
            experienced_per_week=3,
        ),
        ing(
            "glycolic-acid",
            "aha",
            chosen_when=("concerns=texture", "concerns=dullness", "concerns=sun_damage"),
            time_of_day="pm",
            beginner_per_week=1,
            experienced_per_week=3,
            photosensitising=True,
        ),
        ing(
            "gluconolactone",
            "pha",
            chosen_when=("concerns=texture",),
            time_of_day="pm",
            beginner_per_week=2,
            experienced_per_week=3,
        ),
        ing(
            "retinol",
            "retinoid",
            chosen_when=("concerns=enlarged_pores", "concerns=fine_lines", "concerns=sun_damage"),
            time_of_day="pm",
            beginner_per_week=3,  # a retinoid's least target for adults (issue #19)
            experienced_per_week=5,
            photosensitising=True,
        ),
        ing(
            "tretinoin",
            "retinoid",
            prescription_only=True,
            time_of_day="pm",
            beginner_per_week=3,
            experienced_per_week=5,
            photosensitising=True,
        ),
        ing(
            "kaolin",
            "clay",
            chosen_when=("concerns=oiliness", "skin_type=oily"),
            skin_types=("oily", "combination"),
            beginner_per_week=1,
            experienced_per_week=2,
        ),
        ing("niacinamide", "sebum_regulator", chosen_when=("concerns=enlarged_pores", "concerns=oiliness")),
        ing("vitamin-c", "antioxidant", chosen_when=("concerns=dullness", "concerns=sun_damage"), time_of_day="am"),
        ing("hyaluronic-acid", "humectant"),
        ing("glycerin", "humectant"),
        ing("ceramides", "barrier"),
        ing("zinc-oxide", "uv_filter", time_of_day="am"),
        ing("squalane", "emollient"),
        ing("witch-hazel", "astringent"),
        ing("tea-tree-oil", "essential_oil", chosen_when=("acne_prone=yes",), fragrance_or_essential_oil=True),
        ing(
            "lemon-juice",
            "kitchen_remedy",
            chosen_when=("concerns=dullness",),
            recommendable=False,
            not_recommended_reason="Burns skin in the sun.",
        ),
    ]
    pt = make_product_type
    product_types = [
        pt("cleansing-balm", "oil_cleanse", ("squalane",), texture_rank=6),
        pt("gentle-cleanser", "cleanse", ("glycerin",), texture_rank=2),
        pt("hydrating-toner", "tone", ("hyaluronic-acid", "glycerin"), texture_rank=1),
        pt("witch-hazel-toner", "tone", ("witch-hazel",), texture_rank=1),
        pt("bha-exfoliant", "exfoliate", ("salicylic-acid",), texture_rank=2),
        pt("aha-exfoliant", "exfoliate", ("glycolic-acid",), texture_rank=2),
        pt("pha-exfoliant", "exfoliate", ("gluconolactone",), texture_rank=2),
        pt("retinoid-serum", "treat", ("retinol",), texture_rank=4),
        pt("prescription-retinoid", "treat", ("tretinoin",), texture_rank=4, description="As your prescriber directs."),
        pt("niacinamide-serum", "treat", ("niacinamide", "hyaluronic-acid"), texture_rank=3),
        pt("vitamin-c-serum", "treat", ("vitamin-c",), texture_rank=2),
        pt("tea-tree-spot-gel", "treat", ("tea-tree-oil",), texture_rank=3),
        pt("clay-mask", "mask", ("kaolin",), texture_rank=8, skin_types=("oily", "combination")),
        pt("gel-moisturiser", "moisturise", ("glycerin", "hyaluronic-acid"), skin_types=("oily", "combination")),
        pt("barrier-cream", "moisturise", ("ceramides", "glycerin", "squalane"), texture_rank=7),
        pt("mineral-sunscreen", "sunscreen", ("zinc-oxide",), texture_rank=5),
    ]
    steps = [
        make_step("cleanse", "am", 10, priority=90),
        make_step("tone", "am", 20, time_budgets=("full",), priority=20),
        make_step("treat", "am", 30, time_budgets=("standard", "full"), priority=40),
        make_step("moisturise", "am", 40, priority=80),
        make_step("sunscreen", "am", 50, priority=100),
        make_step("oil_cleanse", "pm", 5, requires=("wears_makeup=yes",), priority=70),
        make_step("cleanse", "pm", 10, priority=90),
        make_step("exfoliate", "pm", 20, priority=60),
        make_step("tone", "pm", 25, time_budgets=("full",), priority=20),
        make_step("treat", "pm", 30, priority=55),
        make_step("mask", "pm", 40, time_budgets=("standard", "full"), priority=45),
        make_step("moisturise", "pm", 50, priority=80),
    ]
    warnings = [
        make_warning("pregnancy"),
        make_warning("isotretinoin"),
        make_warning("prescription_retinoid"),
        make_warning("sensitive_skin", relevant_when=("sensitive=yes",)),
        make_warning("rosacea_eczema"),
        make_warning("sun_sensitivity"),
        make_warning("patch_test", relevant_when=("sensitive=yes", "rosacea_or_eczema=yes")),
        make_warning("over_exfoliation"),
        make_warning("under_18", relevant_when=("age_band=under_18",)),
        make_warning("no_squeezing", always=True),
        make_warning("fragrance_free"),
        make_warning("dry_skin"),
    ]
    ci = make_contraindication
    contraindications = [
        ci("pregnancy=yes", cls="retinoid", warning="pregnancy"),
        ci("pregnancy=trying", cls="retinoid", warning="pregnancy"),
        ci("pregnancy=yes", ingredient="salicylic-acid", severity="caution", max_per_week=1, warning="pregnancy"),
        *(ci("isotretinoin=yes", cls=c, warning="isotretinoin") for c in ("aha", "bha", "pha", "retinoid", "clay")),
        ci("isotretinoin=yes", cls="astringent", warning="isotretinoin"),
        ci("prescription_retinoid=yes", ingredient="retinol", warning="prescription_retinoid"),
        ci("prescription_retinoid=yes", cls="aha", severity="caution", max_per_week=1, warning="prescription_retinoid"),
        ci("prescription_retinoid=yes", cls="bha", severity="caution", max_per_week=1, warning="prescription_retinoid"),
        *(
            ci("rosacea_or_eczema=yes", cls=c, warning="rosacea_eczema")
            for c in ("aha", "bha", "astringent", "essential_oil")
        ),
        ci("rosacea_or_eczema=yes", cls="retinoid", warning="rosacea_eczema"),
        ci("sensitive=yes", cls="astringent", warning="sensitive_skin"),
        ci("sensitive=yes", cls="essential_oil", warning="sensitive_skin"),
        ci("sensitive=yes", cls="aha", severity="caution", max_per_week=1, warning="sensitive_skin"),
        ci("fragrance_free=yes", cls="essential_oil", warning="fragrance_free"),
        ci("skin_type=dry", cls="clay", warning="dry_skin"),
        ci("age_band=under_18", ingredient="retinol", warning="under_18"),
    ]
    conflicts = [
        make_conflict("retinoid", "aha"),
        make_conflict("retinoid", "bha"),
        make_conflict("retinoid", "pha"),
        make_conflict("retinoid", "clay"),
        make_conflict("aha", "bha", beginners_only=True),
        make_conflict("aha", "pha", beginners_only=True),
        make_conflict("bha", "pha", beginners_only=True),
        make_conflict("aha", "clay", beginners_only=True),
        make_conflict("bha", "clay", beginners_only=True),
        make_conflict("pha", "clay", beginners_only=True),
        make_conflict("antioxidant", "aha", rule="not_same_slot"),
    ]
    myths = [
        make_myth("permanent_shrinking", relevant_when=("concerns=enlarged_pores",)),
        make_myth("oily_skin_skip_moisturiser", relevant_when=("skin_type=oily",)),
        make_myth("poreless_skin", always=True),
    ]
    tips = [
        LifestyleTip(
            slug="no-picking",
            title="Hands off",
            text="Don't pick.",
            evidence="moderate",
            sources=(SOURCE,),
            always=True,
        ),
        LifestyleTip(
            slug="sleep-makeup-free",
            title="Remove make-up",
            text="Take make-up off before bed.",
            evidence="moderate",
            sources=(SOURCE,),
            relevant_when=("wears_makeup=yes",),
        ),
    ]
    referrals = [
        ReferralRule(
            slug="derm-rosacea",
            code="see_dermatologist",
            text="See a dermatologist.",
            sources=(),
            relevant_when=("rosacea_or_eczema=yes",),
        ),
        ReferralRule(
            slug="prescriber-iso",
            code="see_prescriber",
            text="Ask your prescriber.",
            sources=(),
            relevant_when=("isotretinoin=yes",),
        ),
    ]
    treatments = [
        ProfessionalTreatment(
            slug="chemical-peel",
            name="Chemical peel",
            description="A dermatologist's peel.",
            pore_evidence="Some.",
            typical_course="",
            cautions="",
            evidence="moderate",
            not_for=("pregnancy=yes", "isotretinoin=yes", "rosacea_or_eczema=yes"),
            sources=(SOURCE,),
        ),
    ]
    ramp = [
        RampUpStage(slug="start", weeks="1-2", order=1, text="Start slowly.", fraction=0.34, sources=()),
        RampUpStage(slug="full", weeks="5+", order=3, text="Full routine.", fraction=1.0, sources=()),
    ]
    notices = [Notice(slug="disclaimer", title="Not medical advice", text="Not medical advice.")]
    return make_catalogue(
        sources=[SOURCE],
        ingredients=ingredients,
        product_types=product_types,
        routine_steps=steps,
        warnings=warnings,
        contraindications=contraindications,
        conflicts=conflicts,
        myths=myths,
        tips=tips,
        referrals=referrals,
        treatments=treatments,
        ramp_up_stages=ramp,
        notices=notices,
    )


def real_catalogue() -> Catalogue:
    """The real catalogue from `fixtures/catalogue.json`, without the database (small one until it exists)."""
    if FIXTURE.exists():
        return catalogue_from_fixture(FIXTURE)
    return small_catalogue()
