import gc
import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")

django_application = get_wsgi_application()

# Saved routines' pages, once rendered, answered again whole after the deletion check (routines/replay.py).
from routines.replay import replaying  # noqa: E402 - after Django is set up

application = replaying(django_application)


def _warm_up() -> None:
    """Build the catalogue snapshots before the first request, then move everything alive now (Django,
    the apps, the snapshots) out of the garbage collector's generations (`gc.freeze`): these objects live
    as long as the process, and every full collection walked them again, 15–170 ms each, a few times per
    thousand questionnaire posts (docs/benchmarks.md). A database that isn't ready leaves the building to
    the first request, as before. The connection is closed again, so that a server that imports this
    module before forking (gunicorn --preload) never shares it between processes."""
    from django.conf import settings
    from django.db import connections

    from routines.catalogue import current_catalogue

    if not settings.WARM_UP_AT_START:
        return
    try:
        for language, _name in settings.LANGUAGES:
            current_catalogue(language)
    except Exception:  # noqa: BLE001 - any database error: the first request will try again and report it
        logging.getLogger(__name__).warning("catalogue snapshots not built at start-up", exc_info=True)
    finally:
        connections.close_all()
    gc.freeze()


_warm_up()
