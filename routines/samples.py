"""The answer sets the curator tools build routines for: `SAMPLE_PROFILES` for the preview of an edit
(routines/preview.py), and `profile()` for reach's probe profiles (routines/reach.py)."""

from __future__ import annotations

from .answers import Answers

BASE = {
    "skin_type": "oily",
    "sensitive": False,
    "acne_prone": False,
    "concerns": ["enlarged_pores"],
    "age_band": "18_29",
    "pregnancy": "no",
    "isotretinoin": False,
    "prescription_retinoid": False,
    "rosacea_or_eczema": False,
    "wears_makeup": False,
    "sun_exposure": "moderate",
    "time_budget": "standard",
    "experience": "beginner",
    "fragrance_free": False,
}


def profile(**answers) -> Answers:
    """An adult with no condition and a standard routine, but for the `answers` given."""
    return Answers(**(BASE | answers))


# A small, varied set: every skin type, both experience levels, every time budget, and the conditions
# the catalogue's rules key on (pregnancy, isotretinoin, prescription retinoid, rosacea, sensitive,
# under 18, fragrance-free).
SAMPLE_PROFILES: tuple[tuple[str, Answers], ...] = (
    ("Oily, acne-prone beginner with blackheads", profile(acne_prone=True, concerns=["blackheads", "enlarged_pores"])),
    (
        "Experienced, oily, full routine, texture and sun damage",
        profile(experience="experienced", time_budget="full", concerns=["texture", "sun_damage", "enlarged_pores"]),
    ),
    (
        "Combination skin, make-up every day, minimal time",
        profile(skin_type="combination", wears_makeup=True, time_budget="minimal", concerns=["oiliness"]),
    ),
    ("Normal skin, 45 to 59, fine lines", profile(skin_type="normal", age_band="45_59", concerns=["fine_lines"])),
    ("Dry, sensitive skin, dullness", profile(skin_type="dry", sensitive=True, concerns=["dullness", "texture"])),
    (
        "Pregnant, combination skin with blackheads",
        profile(skin_type="combination", pregnancy="yes", concerns=["blackheads", "enlarged_pores"]),
    ),
    ("Taking oral isotretinoin", profile(isotretinoin=True, acne_prone=True, concerns=["oiliness"])),
    (
        "Uses a prescription retinoid, experienced",
        profile(prescription_retinoid=True, experience="experienced", concerns=["blackheads", "texture"]),
    ),
    (
        "Rosacea, redness, wants fragrance-free",
        profile(skin_type="combination", rosacea_or_eczema=True, fragrance_free=True, concerns=["redness"]),
    ),
    ("Under 18, oily and acne-prone", profile(age_band="under_18", acne_prone=True, concerns=["blackheads"])),
    (
        "Experienced, high sun, oily, full routine",
        profile(experience="experienced", sun_exposure="high", time_budget="full", concerns=["oiliness", "texture"]),
    ),
)
