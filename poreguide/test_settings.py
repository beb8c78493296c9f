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
