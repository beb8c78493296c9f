"""Settings for the test suite: the real settings, plus a throwaway key and cheaper hashing."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-" + "x" * 40)

from poreguide.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# The test client speaks plain HTTP, and every test request comes from 127.0.0.1; the tests of
# these features turn them back on with override_settings.
SECURE_SSL_REDIRECT = False
RATELIMIT_ENABLE = False
# poreguide/wsgi.py is imported by tests/routines/test_page_replay.py, before any test database exists.
WARM_UP_AT_START = False
# django-axes refuses authenticate() without a request, which Client.login() makes.
AXES_ENABLED = False
# Every /healthz writes its heartbeat; tests/poreguide/test_security.py checks the once-a-second throttle itself.
HEALTHZ_WRITE_SECONDS = 0
# Static files aren't collected for tests: let WhiteNoise look them up per request, not warn at start.
WHITENOISE_AUTOREFRESH = True
# SQLite: the test database is a file, not memory, so the live server's threads each open their own
# connection with the real OPTIONS (WAL, busy timeout, IMMEDIATE) and concurrent saves really
# contend for the lock (tests/routines/test_concurrency.py). In memory, they would share one connection.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".pytest-db.sqlite3")}  # noqa: F405
