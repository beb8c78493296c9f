"""What a product is, read from its list as a formulator reads one, and the routine step it can serve.

An INCI list is in descending order down to 1 %, then in any order. So position says what a product is:

- **sunscreen**: a UV filter declared as an active (Drug Facts, or printed with its percentage), or one
  among the first `SUNSCREEN_NAMES` names; never a filter printed as a colourant (`CI 77891`);
- **oil cleanse**: an oil or ester (class emollient) among the first two and an emulsifier that rinses
  it off (a pattern that says `oil_cleanse`) anywhere in the list;
- **exfoliate / mask**: scrub grains among the first two (a sugar scrub);
- **cleanse**: a surfactant (a name whose pattern says `cleanse`) among the first `TOP_NAMES`, or two
  among the first `SURFACTANT_NAMES`, or a soap base there (two fatty acids and an alkali): the base is
  a wash, whatever acid or extract it also holds;
- **mask**: a clay among the first `TOP_NAMES`;
- **treat / exfoliate**: an active among the first `TOP_NAMES` (a serum's high-share active); an
  exfoliating acid can be an exfoliant, a toner or a serum;
- **moisturise**: an emulsion or an oil: a cream emulsifier (a pattern that says `moisturise`) among the
  first `MAX_NAMES` with an emollient there, an oil, ester or silicone among the first two, or
  emollients outnumbering humectants among the first `CREAM_NAMES`;
- otherwise a watery product, a toner, essence or serum (humectants first, an oil lower down, no
  emulsifier).

A product's name says what it is sold as, and beats the list (`named_kinds`): a sheet mask's list reads
like an essence's, a serum's like a light cream's, a cleansing oil's like a face oil's. The name is the
short first line before the list, as a shop listing or a pack prints it; its head word (the last kind
word: "Cleansing Toner" is a toner, "Wash-Off Face Mask" a mask) gives the kinds, and SPF or "sunscreen"
anywhere adds sunscreen. The list then only adds kinds of the same family (an exfoliating acid makes a
serum also an exfoliant), and the sunscreen step still needs a UV filter in the list.

The person's own answer ("what kind of product is it?") wins. Pure: no Django models, no database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingredients.vocab import EXFOLIATING_ACIDS, IngredientClass, StepKind

from .lexicon import Entry, Lexicon

TOP_NAMES = 5
SUNSCREEN_NAMES = 10
CREAM_NAMES = 8
SURFACTANT_NAMES = 10  # two surfactants this high make a wash, whatever else the base holds
SOAP_FATTY_ACIDS = 2  # fatty acids (with an alkali) among the first SURFACTANT_NAMES that make a soap base
FATTY_ACID, ALKALI = "fatty_acid", "alkali"  # label pattern roles (labels.models.Role)
MAX_NAMES = 20  # an emulsifier is used at a few per cent: read it anywhere in the main part of the list
# Steps a product is only taken for when its names say so; any such product can serve the step.
FORM_STEPS = frozenset({StepKind.CLEANSE, StepKind.OIL_CLEANSE, StepKind.SUNSCREEN, StepKind.MOISTURISE})

# What a product's name calls it → the step kinds it can be, most likely first. Longer phrases are tried
# first at each place ("cleansing oil" before "oil", "sun cream" before "cream"). Whole words only (a
# number may follow: "SPF50").
_NAMED = (
    (("cleansing oil", "cleansing balm", "make-up remover", "makeup remover"), (StepKind.OIL_CLEANSE,)),
    (
        (
            "micellar water",
            "cleansing water",
            "cleansing foam",
            "cleansing gel",
            "cleansing milk",
            "cleansing cream",
            "cleansing lotion",
            "face wash",
            "cleanser",
            "wash",
            "soap",
        ),
        (StepKind.CLEANSE,),
    ),
    (("sheet mask", "sleeping pack", "mask", "masque", "masks"), (StepKind.MASK,)),
    (("scrub", "exfoliator", "exfoliant"), (StepKind.EXFOLIATE, StepKind.MASK)),
    (("peel", "peeling"), (StepKind.EXFOLIATE, StepKind.TREAT)),
    (("toner", "tonic", "mist", "softener"), (StepKind.TONE, StepKind.TREAT)),
    (("essence",), (StepKind.TREAT, StepKind.TONE)),
    (("serum", "ampoule", "ampule", "booster", "concentrate", "drop", "drops", "spot treatment"), (StepKind.TREAT,)),
    (
        (
            "moisturiser",
            "moisturizer",
            "cream",
            "creme",
            "crème",
            "emulsion",
            "balm",
            "face oil",
            "facial oil",
            "gel cream",
        ),
        (StepKind.MOISTURISE,),
    ),
    (("lotion",), (StepKind.MOISTURISE, StepKind.TONE)),
)
_SUNSCREEN_NAMES = ("sunscreen", "sun screen", "sunblock", "sun block", "sun cream", "spf", "broad spectrum")
_KIND_OF = {phrase: kinds for phrases, kinds in _NAMED for phrase in phrases} | dict.fromkeys(
    _SUNSCREEN_NAMES, (StepKind.SUNSCREEN,)
)
_NAME_WORDS = re.compile(
    r"(?i)(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(_KIND_OF, key=len, reverse=True)) + r")s?(?![^\W\d_])"
)
# Kinds the list may add to what the name says: the same family of product.
_FAMILY = {
    StepKind.TONE: {StepKind.TONE, StepKind.TREAT, StepKind.EXFOLIATE},
    StepKind.TREAT: {StepKind.TONE, StepKind.TREAT, StepKind.EXFOLIATE},
    StepKind.EXFOLIATE: {StepKind.TREAT, StepKind.TONE, StepKind.MASK},
    StepKind.MOISTURISE: {StepKind.TREAT},
    StepKind.MASK: {StepKind.EXFOLIATE},
    StepKind.SUNSCREEN: {StepKind.MOISTURISE},
}


def named_kinds(title: str) -> tuple[str, ...]:
    """The step kinds a product's name says it can be: its head word's (the last kind word), with sunscreen
    first when the name says SPF or sunscreen; () when the name has no kind word."""
    words = [m.group(1).lower() for m in _NAME_WORDS.finditer(title or "")]
    heads = [w for w in words if w not in _SUNSCREEN_NAMES]
    kinds = _KIND_OF[heads[-1]] if heads else ()
    if len(heads) < len(words):
        kinds = (StepKind.SUNSCREEN, *kinds)
    return tuple(dict.fromkeys(kinds))


@dataclass(frozen=True, kw_only=True)
class Item:
    """One declared name the lexicon knows, where it is printed and what it does there."""

    text: str
    entry: Entry
    position: int  # 0-based among the declared names
    declared_active: bool
    active: bool  # an active at this position (an acid after the preservatives is a pH adjuster)
    minor: bool  # far down the list: a trace, not a main ingredient
    colourant: bool  # printed with a CI number

    @property
    def ingredient_class(self) -> str:
        return "" if self.colourant else self.entry.ingredient_class


@dataclass(frozen=True, kw_only=True)
class StepView:
    kind: str
    product_type: str
    slots: frozenset[str]  # "am", "pm"
    ingredients: frozenset[str]
    classes: frozenset[str]
    times_per_week: int


@dataclass(frozen=True, kw_only=True)
class UseView:
    kind: str
    product_type: str
    classes: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class RoutineView:
    steps: tuple[StepView, ...]
    evenings: Mapping[str, tuple[UseView, ...]]  # mon..sun: the scheduled uses that evening


def _count(items: Sequence[Item], cls: str, within: int) -> int:
    return sum(1 for i in items if i.position < within and i.ingredient_class == cls)


def _says(items: Sequence[Item], kind: str, within: int = MAX_NAMES) -> int:
    """How many names among the first `within` say the product is usually this kind (a pattern's step)."""
    return sum(1 for i in items if i.position < within and i.entry.step_kind == kind)


def _soap(items: Sequence[Item]) -> bool:
    """A soap base: fatty acids and an alkali near the top react into soap (a foaming wash). One fatty acid
    thickens a cream; an alkali alone adjusts the pH."""
    near = [i for i in items if i.position < SURFACTANT_NAMES]
    fatty = sum(1 for i in near if i.entry.role == FATTY_ACID)
    return fatty >= SOAP_FATTY_ACIDS and any(i.entry.role == ALKALI for i in near)


def _form(items: Sequence[Item]) -> tuple[str, ...]:
    """What the base of the formula makes it: a cleanser, an oil cleanser, a scrub, a clay mask; () for a
    leave-on base (water or oil), which the actives and the emulsion decide."""
    if _count(items, IngredientClass.PHYSICAL_EXFOLIANT, 2):
        return (StepKind.EXFOLIATE, StepKind.MASK)  # a scrub: grains are its main ingredient
    if _count(items, IngredientClass.EMOLLIENT, 2) and _says(items, StepKind.OIL_CLEANSE):
        return (StepKind.OIL_CLEANSE,)
    if (
        _says(items, StepKind.CLEANSE, TOP_NAMES)
        or _says(items, StepKind.CLEANSE, SURFACTANT_NAMES) >= 2
        or _soap(items)
    ):
        return (StepKind.CLEANSE,)  # surfactants make the base, whatever acid or extract it also holds
    if _count(items, IngredientClass.CLAY, TOP_NAMES):
        return (StepKind.MASK,)
    return ()


def _cream(items: Sequence[Item]) -> bool:
    """An emulsion (cream, lotion) or an oil: an emulsifier with emollients in the list, an oil, ester or
    silicone among the first two, or emollients outnumbering humectants among the main names (a balm, an
    oil serum). A watery list of humectants with an oil lower down and no emulsifier is a serum."""
    emollients = _count(items, IngredientClass.EMOLLIENT, CREAM_NAMES)
    if _count(items, IngredientClass.EMOLLIENT, 2):
        return True  # the phase the product is made of: water and an oil or silicone
    if _says(items, StepKind.MOISTURISE) and _count(items, IngredientClass.EMOLLIENT, MAX_NAMES):
        return True
    return emollients >= 2 and emollients > _count(items, IngredientClass.HUMECTANT, CREAM_NAMES)


def product_kinds(items: Sequence[Item], said: str | None = None, title: str = "") -> tuple[str, ...]:
    """The step kinds this product can be, most likely first; () when neither its name nor its list says."""
    if said:
        return (said,)
    listed = _listed_kinds(items)
    named = named_kinds(title)
    if not named:
        return listed
    if listed[:1] == (StepKind.SUNSCREEN,):
        named = (StepKind.SUNSCREEN, *named)  # filters at sunscreen levels: whatever else it is, it is that too
    family = _FAMILY.get(named[0], set())
    return tuple(dict.fromkeys((*named, *(k for k in listed if k in family))))


def _listed_kinds(items: Sequence[Item]) -> tuple[str, ...]:
    """The step kinds the list alone says, read by position (see the module's docstring)."""
    uv = [i for i in items if i.ingredient_class == IngredientClass.UV_FILTER]
    if any(i.declared_active or i.position < SUNSCREEN_NAMES for i in uv):
        return (StepKind.SUNSCREEN,)
    form = _form(items)
    if form:
        return form
    actives = [i for i in items if i.active]
    exfoliant = any(i.ingredient_class in EXFOLIATING_ACIDS for i in actives)
    treats = (StepKind.EXFOLIATE, StepKind.TREAT, StepKind.TONE) if exfoliant else (StepKind.TREAT,)
    if any(i.position < TOP_NAMES or i.declared_active for i in actives):
        return treats  # a serum's high-share active
    if _cream(items):
        # A cream with an active lower down can still be that active's treatment.
        return (StepKind.MOISTURISE, *treats) if actives else (StepKind.MOISTURISE,)
    if actives:
        return tuple(dict.fromkeys((*treats, StepKind.TONE, StepKind.TREAT)))
    return (StepKind.TONE, StepKind.TREAT)


def step_actives(step: StepView, lexicon: Lexicon) -> frozenset[str]:
    """The classes of the step's active ingredients (`Ingredient.active`)."""
    return frozenset(
        lexicon.ingredients[s].ingredient_class
        for s in step.ingredients
        if s in lexicon.ingredients and lexicon.ingredients[s].active
    )


def choose_step(items: Sequence[Item], kinds: tuple[str, ...], routine: RoutineView, lexicon: Lexicon):
    """The routine's step this product can take the place of, or None.

    Only a step of a kind the product can be. A step built around an active (a BHA exfoliant, a retinoid
    serum, a clay mask) needs that active; a product with an active high on its list takes only a step
    with it, unless the step is a form (cleanser, sunscreen, moisturiser); a watery product without an
    active takes a toner or serum step it shares an ingredient with.
    """
    slugs = {i.entry.slug for i in items if i.entry.slug}
    actives = {i.ingredient_class for i in items if i.active}
    steps = {(s.kind, s.product_type): s for s in reversed(routine.steps)}
    best, best_score = None, None
    for step in steps.values():
        if step.kind not in kinds:
            continue
        own = step_actives(step, lexicon)
        if own and not own & actives:
            continue
        watery = set(kinds) <= {StepKind.TONE, StepKind.TREAT} and not slugs & step.ingredients
        if step.kind not in FORM_STEPS and not own and (actives or watery):
            continue
        if step.kind == StepKind.SUNSCREEN and not any(i.ingredient_class == IngredientClass.UV_FILTER for i in items):
            continue
        score = (len(own & actives), -kinds.index(step.kind), len(slugs & step.ingredients))
        if best_score is None or score > best_score:
            best, best_score = step, score
    return best
