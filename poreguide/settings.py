"""Pore Guide settings: one module, configured by environment variables.

It boots with no environment at all for development (SQLite in the project folder, DEBUG off
unless set). Production sets SECRET_KEY, DATABASE_URL and ALLOWED_HOSTS; see README.md.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def envlist(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random string "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DEBUG=1 for local development."
        )
    # Development only: a fresh random key per process, never a fixed default.
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before admin: its translation.py registrations must exist when admin classes are built.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "crispy_forms",
    "crispy_bootstrap5",
    "template_partials",
    "csp",
    "axes",
    "simple_history",
    "poreguide",
    "ingredients",
    "routines",
    "labels",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "poreguide.middleware.PermissionsPolicyMiddleware",
    # Response headers only: outside everything that may answer early (a 400 for unreadable forms).
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "poreguide.middleware.CSPMiddleware",  # django-csp's, with the site's policy built once
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language of each answer, from the URL (/nl/… Dutch, the rest English): after sessions,
    # before common. Then a first visit may be sent to /nl/ by its Accept-Language (poreguide.languages).
    "django.middleware.locale.LocaleMiddleware",
    "poreguide.languages.FirstVisitLanguageMiddleware",
    # A saved routine's page already rendered, from the cache, past the rest (routines/middleware.py):
    # inside LocaleMiddleware (the language is chosen) and everything that adds security headers.
    "routines.middleware.RoutinePageFastPath",
    "django.middleware.common.CommonMiddleware",
    "poreguide.middleware.RejectUndecodableFormsMiddleware",  # before CSRF, which reads the form
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Records who saved each catalogue change (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "poreguide.urls"
WSGI_APPLICATION = "poreguide.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "poreguide.languages.language_links",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One machine: WAL lets readers run beside a writer, and concurrent saves wait for the lock
    # (IMMEDIATE transactions, busy timeout) instead of failing with "database is locked".
    # Connections are kept (CONN_MAX_AGE) like PostgreSQL's: opening one per request, with its
    # PRAGMAs, cost 60% of /healthz throughput under gunicorn (docs/benchmarks.md).
    # secure_delete: deleted rows (a deleted routine's health answers) are overwritten with zeros,
    # not left readable in free pages; routines.erase also checkpoints the WAL after a delete.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": envint("SQLITE_BUSY_TIMEOUT", 20),
    }

# The WSGI entry point (poreguide/wsgi.py) builds the catalogue snapshots as a server process starts and
# then freezes the garbage collector's view of everything alive (gc.freeze). The test settings turn it
# off: the test database doesn't exist yet when a test module imports the entry point.
WARM_UP_AT_START = True

# --- Caches ----------------------------------------------------------------------------------
# "default" is per process (the catalogue cache). Rate-limit counters must be shared by every
# gunicorn worker and machine, so they live in the database (the table is made by `migrate`).
# The database cache's increment is not atomic: under a burst, a few extra requests may get
# through. That is fine for a limit meant to stop floods, not to count exactly. (django_ratelimit's
# system check says so as an error, so the package, whose decorator and middleware need no app
# registration, isn't in INSTALLED_APPS.)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ratelimit_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at every path P, Dutch at its twin /nl + P (i18n_patterns without a prefix for English, so
# saved routine links never change). Catalogues: `makemessages` writes
# locale/<language>/LC_MESSAGES/django.po (see README).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True

# Curated catalogue texts are stored per language (django-modeltranslation; the fields are listed in
# ingredients/registry.py): `name_en`, `name_nl`, ... A Dutch text left empty reads as the English one.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "nl")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
USE_TZ = True

# --- Static files ----------------------------------------------------------------------------
# The curated catalogue lives at the top level, not in an app: `loaddata catalogue` finds it here.
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

STATIC_URL = "static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Pages ---------------------------------------------------------------------------------
# Where people report an accessibility problem (the /accessibility/ statement): an e-mail address or
# a https:// page. `check --deploy` warns while it is unset.
ACCESSIBILITY_CONTACT = os.environ.get("ACCESSIBILITY_CONTACT", "").strip()

# --- Forms -----------------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Security --------------------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# HTTPS in production. Behind a TLS-terminating proxy, set SECURE_PROXY_SSL_HEADER=1 so Django
# trusts its X-Forwarded-Proto (only then: a client could send that header itself).
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
if envbool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
# The language of the last page served (poreguide.languages): only the server reads it.
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_HTTPONLY = True
# htmx gets the token from the page (hx-headers), so no script needs to read the cookie.
CSRF_COOKIE_HTTPONLY = True

# Client addresses: REMOTE_ADDR, unless the app sits behind this many proxies that each append
# to X-Forwarded-For (see poreguide.ratelimits.client_ip).
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)

# Admin logins: lock a username from one address out after repeated failures (django-axes).
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(hours=envint("AXES_COOLOFF_HOURS", 1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "poreguide.ratelimits.client_ip"
AXES_LOCKOUT_CALLABLE = "poreguide.views.locked_out"

# Public questionnaire posts per client address (django-ratelimit, poreguide.ratelimits).
RATELIMIT_ENABLE = envbool("RATELIMIT_ENABLE", True)
ROUTINE_RATE_LIMIT = os.environ.get("ROUTINE_RATE_LIMIT") or "20/m"
# Label checks (POST /check/ and /check.json) per client address.
LABEL_CHECK_RATE_LIMIT = os.environ.get("LABEL_CHECK_RATE_LIMIT") or "30/m"
# Check-ins, "my skin is irritated" and resume, per client address.
FOLLOW_RATE_LIMIT = os.environ.get("FOLLOW_RATE_LIMIT") or "60/m"
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = "poreguide.ratelimits.client_ip"
RATELIMIT_VIEW = "poreguide.views.rate_limited"

# Logs: every handler redacts routine tokens (poreguide.logs.RedactTokens) and summarises repeats
# (the first ERROR_LOG_BURST warnings or errors of one kind per ERROR_LOG_WINDOW seconds, then a count).
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_tokens": {"()": "poreguide.logs.RedactTokens"},
        "summarise_repeats": {"()": "poreguide.logs.SummariseRepeats"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["summarise_repeats", "redact_tokens"]},
    },
    # Django's own loggers write here too (not to its DEBUG-only console), so they pass the filters.
    "loggers": {
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}

# /healthz answers 503 when the disk holding a SQLite database has less free space than this.
HEALTHZ_MIN_FREE_MB = envint("HEALTHZ_MIN_FREE_MB", 64)
# ... and proves the database takes a write at most this often per process (a SELECT 1 in between).
HEALTHZ_WRITE_SECONDS = envint("HEALTHZ_WRITE_SECONDS", 1)
