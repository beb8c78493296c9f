import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")

django_application = get_wsgi_application()

# Saved routines' pages, once rendered, answered again whole after the deletion check (routines/replay.py).
from routines.replay import replaying  # noqa: E402 - after Django is set up

application = replaying(django_application)
