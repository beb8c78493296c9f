"""Label patterns' names and notes in every language, with their history (see ingredients/translation.py)."""

from ingredients.translation import register_app

register_app("labels")
