"""Settings of the local OpenID Connect provider of the SSO tests (not part of the portal)."""

import os
from pathlib import Path

HIER = Path(__file__).resolve().parent

DEBUG = True
SECRET_KEY = "alleen-voor-de-test-aanbieder"  # noqa: S105
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.oidc_aanbieder.urls"
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HIER / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ]
        },
    }
]
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["AANBIEDER_DATABASE"]}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
# The portal and this provider both run on localhost, and a browser shares cookies between the
# ports of one host: the provider's cookies get names of their own.
SESSION_COOKIE_NAME = "aanbieder_sessie"
CSRF_COOKIE_NAME = "aanbieder_csrf"
LOGIN_URL = "/accounts/login/"
STATIC_URL = "/static/"

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": os.environ["AANBIEDER_RSA_SLEUTEL"],
    "OAUTH2_VALIDATOR_CLASS": "tests.oidc_aanbieder.validator.Validator",
    "SCOPES": {
        "openid": "OpenID Connect",
        "email": "E-mailadres",
        "profile": "Naam en rollen",
    },
    "PKCE_REQUIRED": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["http", "https"],
    "ALLOWED_SCHEMES": ["http", "https"],
}
