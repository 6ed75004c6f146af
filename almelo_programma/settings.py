"""Settings for the Programmaportaal Stedelijke Ontwikkeling Almelo.

Every deployment value is read from the environment through ``env()``; the defaults are safe for
development (``make run``). With ``DJANGO_DEBUG=false`` (production) the portal refuses to start
without ``SECRET_KEY`` and ``ALLOWED_HOSTS``. A yes/no or number variable with any other text
stops start-up with a message naming it. Each variable is documented in the README.

Sections: core and security · apps, middleware and templates · database · cache · background
jobs (Celery) · e-mail · static and media files · logging · API · the portal's own settings.
"""

import importlib.util
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_JA = {"1", "true", "yes", "on", "ja"}
_NEE = {"0", "false", "no", "off", "nee"}


def env(name, default=None):
    """Read ``name`` from the environment, typed by its default (bool, int, float, list, str).

    Unset: the default. A yes/no setting takes true/false, 1/0, yes/no, on/off or ja/nee (any
    case); a number setting a number; anything else raises ``ImproperlyConfigured`` naming the
    variable, its value and what is allowed. A list setting is comma-separated.
    """
    raw = os.environ.get(name)
    if raw is None:
        return default
    if isinstance(default, bool):
        value = raw.strip().lower()
        if value in _JA:
            return True
        if value in _NEE:
            return False
        raise ImproperlyConfigured(
            f"{name}={raw!r} is geen ja/nee-waarde; toegestaan zijn true/false, 1/0, yes/no, "
            "on/off en ja/nee (hoofdletters maken niet uit)."
        )
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}={raw!r} is geen geheel getal (bijvoorbeeld {name}={default})."
            ) from None
    if isinstance(default, float):
        try:
            return float(raw)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}={raw!r} is geen getal; gebruik een punt als decimaalteken "
                f"(bijvoorbeeld {name}={default})."
            ) from None
    if isinstance(default, list | tuple):
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


# --- Core and security --------------------------------------------------------------------------

DEBUG = env("DJANGO_DEBUG", True)

SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", [] if not DEBUG else ["127.0.0.1", "localhost", "testserver"])
if not DEBUG:
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY is verplicht in productie (DJANGO_DEBUG=false).")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS is verplicht in productie (DJANGO_DEBUG=false).")
if not SECRET_KEY:
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS", [])

# Production hardening (applied when DJANGO_DEBUG=false)
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD", False)
    SECURE_CONTENT_TYPE_NOSNIFF = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 default; silences the transitional warning

# --- Apps, middleware and templates -------------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "doelen",
    "activiteiten",
    "woondeals",
    "netwerk",
    "almelo_programma.publiek",
    "almelo_programma.dashboard",
    "almelo_programma.werkruimte",
    # last: its post_migrate handler gives the role groups the domain apps' permissions
    "almelo_programma",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "almelo_programma.urls"

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
                "almelo_programma.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "almelo_programma.wsgi.application"

# --- Database: embedded SQLite by default, PostgreSQL via DATABASE_URL=postgres://… ---------------

(BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=env("DATABASE_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: local memory by default; CACHE_URL=redis://… in production (shared by all workers) ----

CACHE_URL = env("CACHE_URL", "")
if CACHE_URL.startswith("redis"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "almelo"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Background jobs (Celery) -------------------------------------------------------------------
# Redis in production and CI; without CELERY_BROKER_URL a filesystem broker under var/ lets
# `make run` start a real worker with no server installed. All its folders, including the
# exchange table (`control_folder`, else `control/` in the working directory), live under var/.

CELERY_BROKER_URL = env("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL == "filesystem://":
    _broker_dir = BASE_DIR / "var" / "celery-broker"
    for _sub in ("queue", "processed", "control"):
        (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
CELERY_RESULT_BACKEND = None  # task state that users see is stored in our own models
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_TASK_ALWAYS_EAGER = env("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # Daily reminders to leads whose items lack an update before the period deadline.
    "werkruimte-herinneringen": {
        "task": "werkruimte.herinneringen_versturen",
        "schedule": 60 * 60 * 24,  # daily; idempotent per lead per period
    },
}

# --- E-mail: console in development; set EMAIL_HOST (and friends) for real delivery -------------

EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "programmaportaal@almelo.nl")

# --- Static and media files ---------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Logging ------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}

# --- API (open data, /api/v1/) ------------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "almelo_programma.kern.apischema.ApiSchema",
    "DEFAULT_PAGINATION_CLASS": "almelo_programma.kern.paginering.Paginering",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["almelo_programma.kern.apifilters.FilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Programmaportaal Stedelijke Ontwikkeling Almelo — open data API",
    "DESCRIPTION": "Gepubliceerde voortgang van het Programma Stedelijke Ontwikkeling Almelo.\n\n"
    "Versie 2.0.0: /api/v1/statusupdates/ bladert met een cursor (volg 'next'; geen 'count' en "
    "geen ?page= meer) en /api/v1/activiteiten/ toont per activiteit de laatste 5 statusupdates "
    "met een link naar alle ('statusupdates_url'). Alle wijzigingen: docs/api-changelog.md.",
    # the API's public contract: bump with every change, recorded in docs/api-changelog.md
    "VERSION": "3.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- The portal's own settings ------------------------------------------------------------------

# Absolute links in e-mails and feeds.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# Reminder lead time: days before a reporting period's deadline that reminders go out.
HERINNERING_DAGEN_VOOR_DEADLINE = env("HERINNERING_DAGEN_VOOR_DEADLINE", 7)
# Public pages are cached this many seconds for anonymous visitors (0: off); any write to a
# domain model invalidates them earlier (almelo_programma/publiek/cache.py).
PUBLIEK_CACHE_SECONDEN = env("PUBLIEK_CACHE_SECONDEN", 300)

# --- Uploads: the sheets users import (kern/uitwisseling.py) ------------------------------------

# An uploaded sheet (.xlsx or .csv) may be this many bytes; an .xlsx may unpack to at most
# IMPORT_MAX_ONGECOMPRIMEERD bytes, and none of its members may be compressed more than
# IMPORT_MAX_VERHOUDING times (zip bombs); a sheet may have IMPORT_MAX_RIJEN rows below its
# header. Imports of more than IMPORT_ACHTERGROND_RIJEN rows run as a background job.
IMPORT_MAX_BYTES = env("IMPORT_MAX_BYTES", 5_000_000)
IMPORT_MAX_ONGECOMPRIMEERD = env("IMPORT_MAX_ONGECOMPRIMEERD", 20_000_000)
IMPORT_MAX_VERHOUDING = env("IMPORT_MAX_VERHOUDING", 200)
IMPORT_MAX_RIJEN = env("IMPORT_MAX_RIJEN", 10_000)
IMPORT_ACHTERGROND_RIJEN = env("IMPORT_ACHTERGROND_RIJEN", 500)
# Django's own limits, stated: a request body without files stays under 2.5 MB; an uploaded file
# above 2.5 MB goes to a temporary file, not memory; at most 5 files per request.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 5

# --- The housing map ----------------------------------------------------------------------------

# Leaflet's own files (leaflet.js, leaflet.css) from the django-leaflet package, served as
# static/leaflet/. Not the app itself: its admin needs GeoDjango (GDAL), which the portal has not.
STATICFILES_DIRS += [
    ("leaflet", Path(importlib.util.find_spec("leaflet").origin).parent / "static" / "leaflet")
]
# Background tiles: an XYZ URL template ({z}/{x}/{y}, Web Mercator) and the attribution the
# service asks for. Default: PDOK's BRT-Achtergrondkaart (Kadaster). The map shows its markers
# without tiles as well.
KAART_TEGELS_URL = env(
    "KAART_TEGELS_URL",
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
)
KAART_TEGELS_ATTRIBUTIE = env(
    "KAART_TEGELS_ATTRIBUTIE", "Kaartgegevens © Kadaster (PDOK, BRT-Achtergrondkaart)"
)
