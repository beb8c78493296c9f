import secrets

from django.db import models
from django.urls import reverse

TOKEN_BYTES = 24  # 192 random bits, 32 URL-safe characters


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class Routine(models.Model):
    """A routine as it was shown to a person, kept at an unguessable URL they can bookmark.

    `routine` holds the engine's output in the contract's JSON form, so the page and the JSON
    show exactly what was made even after curators change the catalogue.
    """

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    answers = models.JSONField(help_text="The questionnaire answers, in the contract's JSON form.")
    routine = models.JSONField(help_text="The routine as it was shown, in the contract's JSON form.")
    catalogue_version = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Routine made {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("routines:detail", kwargs={"token": self.token})
