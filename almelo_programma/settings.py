"""Settings for the Programmaportaal Stedelijke Ontwikkeling Almelo.

Every deployment value is read from the environment through ``env()``; the defaults are safe for
development (``make run``). With ``DJANGO_DEBUG=false`` (production) the portal refuses to start
without ``SECRET_KEY`` and ``ALLOWED_HOSTS``. A yes/no or number variable with any other text
stops start-up with a message naming it. Each variable is documented in the README.

Sections: core and security · sign-in (SSO, two-factor authentication, session lifetimes) · apps,
middleware and templates · database · cache · background jobs (Celery) · e-mail · static and media
files · logging · API · the portal's own settings.
"""

import importlib.util
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

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
# --- Sign-in protection (django-axes) ---
# AxesStandaloneBackend must come FIRST: it refuses a locked-out user or address before any other
# backend checks the password; it authenticates no one itself. Backends added later (e.g. OIDC)
# go after it. Every authenticate() call must pass `request` (the login views and the admin do).
# (AUTHENTICATION_BACKENDS: see "Signing in" below; axes' backend comes first.)
# Lock out after AXES_FAILURE_LIMIT failed logins, separately per user name and per address,
# for AXES_COOLOFF_MINUTEN minutes; a programme manager or superuser unlocks in the admin
# ("Toegangspogingen" → delete) or with `manage.py axes_reset_username <naam>`.
AXES_FAILURE_LIMIT = env("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env("AXES_COOLOFF_MINUTEN", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A successful login clears that user name's failures (kern.afscherming.pogingen_wissen), not the
# address's: axes' own reset would clear both.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "almelo_programma.kern.afscherming.geblokkeerd"  # Dutch page, 429
AXES_CLIENT_IP_CALLABLE = "almelo_programma.kern.afscherming.client_ip"
AXES_VERBOSE = False
AXES_COOLOFF_MESSAGE = "Te veel mislukte inlogpogingen; inloggen is tijdelijk geblokkeerd."
# Behind a reverse proxy: how many proxies append to X-Forwarded-For (0: use REMOTE_ADDR). Used
# for the lockout per address and for API throttling; set it exactly, or clients can spoof it.
PROXY_AANTAL = env("PROXY_AANTAL", 0)

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# --- Sign-in: SSO (OpenID Connect), two-factor authentication, session lifetimes ----------------
# The code is almelo_programma/aanmelden/; the README's "Inloggen en sessies" explains each value.

# SSO with the municipality's identity provider (mozilla-django-oidc), off by default. When on,
# the client and the provider's endpoints are required; the setting names are the library's.
OIDC_ENABLED = env("OIDC_ENABLED", False)
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET", "")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_RP_SIGN_ALGO = env("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", "openid email profile")
# The claim with the user name, the claim with the roles (a list or one string) and the mapping
# "claim value=portal role" (comma-separated; roles: programmamanager, lijntrekker, bestuurder,
# partner — checked at start-up by the aanmelden app). "waarde=rol" gives the role in every
# programme, "waarde=rol@programma-slug" only in that programme.
OIDC_GEBRUIKERSNAAM_CLAIM = env("OIDC_GEBRUIKERSNAAM_CLAIM", "preferred_username")
OIDC_ROLLEN_CLAIM = env("OIDC_ROLLEN_CLAIM", "roles")
OIDC_ROLLEN = {}
for _koppeling in env("OIDC_ROLLEN", []):
    _waarde, _is, _rol = _koppeling.partition("=")
    if not (_is and _waarde.strip() and _rol.strip()):
        raise ImproperlyConfigured(
            f"OIDC_ROLLEN bevat {_koppeling!r}; schrijf elke koppeling als claimwaarde=rol, "
            "bijvoorbeeld OIDC_ROLLEN=almelo-pm=programmamanager,almelo-trekker=lijntrekker."
        )
    OIDC_ROLLEN[_waarde.strip()] = _rol.strip()
OIDC_USE_PKCE = True
OIDC_TIMEOUT = env("OIDC_TIMEOUT", 10)
OIDC_AUTHENTICATION_CALLBACK_URL = "aanmelden:sso_terug"
LOGIN_REDIRECT_URL_FAILURE = "/inloggen/?sso=mislukt"
_OIDC_ALGORITMEN = ("RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "HS256")
if OIDC_ENABLED:
    _ontbreekt = [
        naam
        for naam in (
            "OIDC_RP_CLIENT_ID",
            "OIDC_RP_CLIENT_SECRET",
            "OIDC_OP_AUTHORIZATION_ENDPOINT",
            "OIDC_OP_TOKEN_ENDPOINT",
            "OIDC_OP_USER_ENDPOINT",
        )
        + (() if OIDC_RP_SIGN_ALGO == "HS256" else ("OIDC_OP_JWKS_ENDPOINT",))
        if not globals()[naam]
    ]
    if _ontbreekt:
        raise ImproperlyConfigured(
            "OIDC_ENABLED=true vraagt ook " + ", ".join(_ontbreekt) + " (zie README)."
        )
    if OIDC_RP_SIGN_ALGO not in _OIDC_ALGORITMEN:
        raise ImproperlyConfigured(
            f"OIDC_RP_SIGN_ALGO={OIDC_RP_SIGN_ALGO!r} wordt niet ondersteund; toegestaan: "
            + ", ".join(_OIDC_ALGORITMEN)
            + "."
        )
SSO_BACKEND = "almelo_programma.aanmelden.sso.GemeentelijkeInlogBackend"
# axes first (it refuses a locked-out login before a password is checked), then passwords, then
# SSO when it is on (the provider does its own lockout and MFA)
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
] + ([SSO_BACKEND] if OIDC_ENABLED else [])

# Two-factor authentication (TOTP with recovery codes, django-otp): required for programme
# managers and staff (/admin/) when on; on by default in production. Accounts that signed in
# through SSO rely on the identity provider's MFA.
TWEE_FACTOR_VERPLICHT = env("TWEE_FACTOR_VERPLICHT", not DEBUG)
OTP_TOTP_ISSUER = "Programmaportaal Almelo"

# Sessions of signed-in users end after this many minutes without a request and this many hours
# after signing in, whichever comes first.
SESSIE_INACTIEF_MINUTEN = env("SESSIE_INACTIEF_MINUTEN", 30)
SESSIE_MAXIMAAL_UUR = env("SESSIE_MAXIMAAL_UUR", 8)
for _naam in ("SESSIE_INACTIEF_MINUTEN", "SESSIE_MAXIMAAL_UUR"):
    if globals()[_naam] < 1:
        raise ImproperlyConfigured(f"{_naam} moet minstens 1 zijn.")
SESSION_COOKIE_AGE = SESSIE_MAXIMAAL_UUR * 60 * 60

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
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "almelo_programma.kern",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",  # login lockout after repeated failures (see "Sign-in protection" below)
    "knox",  # hashed API tokens with expiry (see "API" below)
    "doelen",
    "activiteiten",
    "woondeals",
    "netwerk",
    "evaluatie",
    "besluiten",
    "almelo_programma.publiek",
    "almelo_programma.dashboard",
    "almelo_programma.werkruimte",
    "almelo_programma.aanmelden",
    # last: its post_migrate handler gives the role groups the domain apps' permissions
    "almelo_programma",
]

MIDDLEWARE = [
    # first: a cached public page is served before any other middleware runs
    "almelo_programma.publiek.cache.PubliekeCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.programma and the URL configuration of /<programma-slug>/… (programmakeuze.py)
    "almelo_programma.programmakeuze.ProgrammaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "almelo_programma.aanmelden.middleware.SessieLimietMiddleware",
    "almelo_programma.aanmelden.middleware.TweeFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # a view that cannot reach the database answers 503 (Dutch page / JSON), not 500
    "almelo_programma.fouten.DatabaseOnbereikbaarMiddleware",
    # Content-Security-Policy and Permissions-Policy headers on every response (see "Headers")
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # django-axes: turns a refused (locked-out) login into the Dutch lockout page. Keep it last.
    "axes.middleware.AxesMiddleware",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database takes a team's parallel saves: WAL lets readers work while one
    # writer writes, every transaction takes the write lock when it starts (IMMEDIATE, so two
    # transactions never deadlock upgrading a read lock), and a writer waits for the lock up to
    # SQLITE_BUSY_TIMEOUT seconds instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env("SQLITE_BUSY_TIMEOUT", 20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: the portal's queries are short, and PostgreSQL's JIT (from a cost
    # estimate of 100,000, which a roll-up over every activity reaches) spent ~100 ms compiling
    # a query that runs in ~25 ms (docs/decisions.md).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
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
CELERY_TASK_TIME_LIMIT = env("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env("CELERY_TASK_SOFT_TIME_LIMIT", 240)
if CELERY_BROKER_URL == "filesystem://":
    _broker_dir = Path(env("CELERY_BROKER_MAP", str(BASE_DIR / "var" / "celery-broker")))
    for _sub in ("queue", "processed", "control"):
        (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
elif CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # A message a worker took but did not acknowledge (acks_late: the worker died mid-task) goes
    # back to the queue after the visibility timeout. It must outlast the longest run (the hard
    # time limit), or a task still running would be handed to a second worker.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT + 60}
CELERY_RESULT_BACKEND = None  # task state that users see is stored in our own models
# Tasks are idempotent (claim rows), so a task whose worker died is run again rather than lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # The outbox: hand the broker every task a write recorded while the broker was away.
    "kern-uitgaande-taken": {
        "task": "kern.uitgaande_taken_versturen",
        "schedule": 60,  # every minute; exactly once per task (kern/uitgaand.py)
    },
    # PDF runs whose worker died (still "bezig" after the time limit) become "mislukt".
    "dashboard-vastgelopen-rapportages": {
        "task": "dashboard.vastgelopen_rapportages_afbreken",
        "schedule": 60,
    },
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
    # django-rest-knox: hashed tokens with expiry, `Authorization: Token <token>`; first, so a
    # refused token is a 401 with "WWW-Authenticate: Token" on reads too (as the schema says)
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "almelo_programma.kern.afscherming.TokenAuthenticatie",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    # Throttling: per address for anonymous clients, per user for signed-in ones; the rates
    # (API_LIMIETEN below) are read on every request, so a test can lower them.
    "DEFAULT_THROTTLE_CLASSES": [
        "almelo_programma.kern.afscherming.AnoniemThrottle",
        "almelo_programma.kern.afscherming.GebruikerThrottle",
    ],
    # 503 JSON when the database is down, the Dutch 429, otherwise DRF's own
    "EXCEPTION_HANDLER": "almelo_programma.fouten.api_uitzondering",
}
# Requests per second/minute/hour/day ("120/min") before the API answers 429 with Retry-After.
API_LIMIETEN = {
    "anon": env("API_LIMIET_ANONIEM", "120/min"),
    "user": env("API_LIMIET_GEBRUIKER", "600/min"),
}
for _naam, _limiet in zip(
    ("API_LIMIET_ANONIEM", "API_LIMIET_GEBRUIKER"), API_LIMIETEN.values(), strict=True
):
    _aantal, _, _per = _limiet.partition("/")
    if not (_aantal.isdigit() and _per in ("s", "sec", "min", "hour", "day", "m", "h", "d")):
        raise ImproperlyConfigured(
            f"{_naam}={_limiet!r} is geen limiet; schrijf aantal/periode met periode s, min, "
            "hour of day (bijvoorbeeld 120/min)."
        )
# API tokens (django-rest-knox): stored as a SHA-512 digest, valid API_TOKEN_DAGEN days; a user
# makes and revokes their own at /werkruimte/tokens/, the admin lists all of them.
KNOX_TOKEN_MODEL = "werkruimte.ApiToken"
# knox's own token table is never made (see almelo_programma/werkruimte/knox_migraties/)
MIGRATION_MODULES = {"knox": "almelo_programma.werkruimte.knox_migraties"}
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=env("API_TOKEN_DAGEN", 90)),
    "TOKEN_MODEL": KNOX_TOKEN_MODEL,
    "AUTO_REFRESH": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Programmaportaal Stedelijke Ontwikkeling Almelo — open data API",
    "DESCRIPTION": "Gepubliceerde voortgang van het Programma Stedelijke Ontwikkeling Almelo.\n\n"
    "Versie 2.0.0: /api/v1/statusupdates/ bladert met een cursor (volg 'next'; geen 'count' en "
    "geen ?page= meer) en /api/v1/activiteiten/ toont per activiteit de laatste 5 statusupdates "
    "met een link naar alle ('statusupdates_url'). Alle wijzigingen: docs/api-changelog.md.",
    # the API's public contract: bump with every change, recorded in docs/api-changelog.md
    "VERSION": "3.2.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # choice sets that share a field name with another ("status") get a name of their own
    "ENUM_NAME_OVERRIDES": {
        "StatusEnum": "activiteiten.constants.Status",
        "AfdoeningStatusEnum": "besluiten.constants.AfdoeningStatus",
    },
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

# --- Headers: Content-Security-Policy and Permissions-Policy -----------------------------------
# Everything the pages load comes from the portal itself; no inline script or style anywhere (a
# template or script that needs one is a bug). Images also from the map's tile server and
# data: URIs (Leaflet's and Swagger UI's icons in their CSS). The Redoc page (/api/v1/redoc/)
# alone allows inline styles and blob: workers, which Redoc needs (api.py).
_tegels = urlsplit(KAART_TEGELS_URL)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", f"{_tegels.scheme}://{_tegels.netloc}"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features the portal never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
# HSTS preload is a promise for a whole registered domain (almelo.nl), which the municipality
# makes on hstspreload.org, not this portal on a subdomain: SECURE_HSTS_PRELOAD stays opt-in
# and its check --deploy warning is silenced while it is off.
if not DEBUG and not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
