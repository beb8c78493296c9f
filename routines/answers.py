"""The questionnaire's answers as one typed value: the routine engine's input.

Field names and values are the contract's (../shared/spec/contract.md), defined once as
`ingredients.vocab.QUESTIONS`; this dataclass holds one typed value per question (a test checks that
they match). Forms build it with `Answers(...)`; saved routines and the JSON API use `to_json()` /
`from_json()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingredients.vocab import (
    QUESTIONS,
    AgeBand,
    Concern,
    Experience,
    Medicine,
    Pregnancy,
    SkinType,
    SunExposure,
    TimeBudget,
)

# `field=value` for each answer ever seen: the vocabularies are small, and writing the string is most of
# the cost of `Answers.facts()`.
_FACTS: dict[tuple[str, str], str] = {}


_KINDS = tuple((q.name, q.yes_no, q.multiple) for q in QUESTIONS)


def _fact(name: str, value: str) -> str:
    found = _FACTS.get((name, value))
    if found is None:
        found = _FACTS[(name, value)] = f"{name}={value}"
    return found


@dataclass(frozen=True, kw_only=True)
class Answers:
    skin_type: SkinType
    sensitive: bool
    acne_prone: bool
    concerns: frozenset[Concern]
    age_band: AgeBand
    pregnancy: Pregnancy
    isotretinoin: bool
    prescription_retinoid: bool
    rosacea_or_eczema: bool
    wears_makeup: bool
    sun_exposure: SunExposure
    time_budget: TimeBudget
    experience: Experience
    fragrance_free: bool
    # Optional (contract, additions turn 3): old clients and routines saved before it send none.
    medicines: frozenset[Medicine] = field(default_factory=frozenset)

    def __post_init__(self):
        # Normalise plain strings (from JSON or tests) to the vocabularies, and reject anything else.
        for q in QUESTIONS:
            value = getattr(self, q.name)
            if q.yes_no:
                if not isinstance(value, bool):
                    raise TypeError(f"{q.name} must be a bool")
            elif q.multiple:
                if isinstance(value, str) or (not value and not q.optional):
                    raise ValueError(f"{q.name}: at least one value is required.")
                object.__setattr__(self, q.name, frozenset(q.choices(v) for v in value))
            else:
                object.__setattr__(self, q.name, q.choices(value))

    @property
    def beginner(self) -> bool:
        return self.experience == Experience.BEGINNER

    @property
    def under_12(self) -> bool:
        return self.age_band == AgeBand.UNDER_12

    @property
    def age_12_17(self) -> bool:
        return self.age_band == AgeBand.UNDER_18

    def facts(self) -> frozenset[str]:
        """Every answer as `field=value` (yes/no questions only when yes): the `AnswerFact` values."""
        out = []
        for name, yes_no, multiple in _KINDS:
            value = getattr(self, name)
            if yes_no:
                if value:
                    out.append(_fact(name, "yes"))
            elif multiple:
                out.extend(_fact(name, v) for v in value)
            else:
                out.append(_fact(name, value))
        return frozenset(out)

    def to_json(self) -> dict:
        """The contract's JSON form: yes/no as true/false, several values as a sorted list."""
        out = {}
        for q in QUESTIONS:
            value = getattr(self, q.name)
            out[q.name] = value if q.yes_no else sorted(map(str, value)) if q.multiple else str(value)
        return out

    @classmethod
    def from_json(cls, data: dict) -> Answers:
        """From the contract's JSON; an optional question that is missing (an older routine) is empty."""
        return cls(**{q.name: data[q.name] for q in QUESTIONS if q.name in data or not q.optional})
