from django.db import models


class Heartbeat(models.Model):
    """One row that `/healthz` rewrites: proof that the database accepts a write, not only a read."""

    beat = models.DateTimeField()

    def __str__(self):
        return f"Heartbeat at {self.beat:%Y-%m-%d %H:%M:%S}"
