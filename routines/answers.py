"""The questionnaire's answers as one typed value: the routine engine's input.

Field names and values are the contract's (../shared/spec/contract.md). Forms build it with
`Answers(...)`; saved routines and the JSON API use `to_json()` / `from_json()`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ingredients.vocab import (
    YES_NO_FIELDS,
    AgeBand,
    Concern,
    Experience,
    Pregnancy,
    SkinType,
    SunExposure,
    TimeBudget,
)


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

    def __post_init__(self):
        # Normalise plain strings (from JSON or tests) to the vocabularies, and reject anything else.
        object.__setattr__(self, "skin_type", SkinType(self.skin_type))
        object.__setattr__(self, "age_band", AgeBand(self.age_band))
        object.__setattr__(self, "pregnancy", Pregnancy(self.pregnancy))
        object.__setattr__(self, "sun_exposure", SunExposure(self.sun_exposure))
        object.__setattr__(self, "time_budget", TimeBudget(self.time_budget))
        object.__setattr__(self, "experience", Experience(self.experience))
        object.__setattr__(self, "concerns", frozenset(Concern(c) for c in self.concerns))
        if not self.concerns:
            raise ValueError("At least one concern is required.")
        for name in YES_NO_FIELDS:
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be a bool")

    @property
    def beginner(self) -> bool:
        return self.experience == Experience.BEGINNER

    def facts(self) -> frozenset[str]:
        """Every answer as `field=value` (yes/no fields only when yes), matching `AnswerFact`."""
        out = {
            f"skin_type={self.skin_type}",
            f"age_band={self.age_band}",
            f"pregnancy={self.pregnancy}",
            f"sun_exposure={self.sun_exposure}",
            f"time_budget={self.time_budget}",
            f"experience={self.experience}",
        }
        out.update(f"concerns={c}" for c in self.concerns)
        out.update(f"{name}=yes" for name in YES_NO_FIELDS if getattr(self, name))
        return frozenset(out)

    def to_json(self) -> dict:
        """The contract's JSON form: yes/no as true/false, concerns as a sorted list."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = (
                sorted(str(c) for c in value)
                if f.name == "concerns"
                else (value if isinstance(value, bool) else str(value))
            )
        return out

    @classmethod
    def from_json(cls, data: dict) -> Answers:
        return cls(**{f.name: data[f.name] for f in fields(cls)})
