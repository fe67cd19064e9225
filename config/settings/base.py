"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "admin_ja",
    "learn",
    "checker",
    "search",
    "feedback",
    "ops",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_htmx",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Order matters (see ops/): security headers wrap everything; static files are answered before
# the page cache; the page cache answers before anything that could touch the session or the
# database; below it, the usual stack. The outage middleware turns database errors in views into
# the Japanese 503 page.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ops.middleware.SecurityHeadersMiddleware",
    "ops.middleware.ControlCharacterPathMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ops.middleware.PublicGZipMiddleware",
    "ops.pagecache.PageCacheMiddleware",
    "learn.furigana_web.FuriganaMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "ops.routing.FastPageRouteMiddleware",
    "ops.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"


def database_from_environment(default_sqlite_path):
    """PostgreSQL when DATABASE_URL is set, else an SQLite file in the project folder."""
    config = dj_database_url.config(
        default=f"sqlite:///{default_sqlite_path}",
        conn_max_age=600,
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Persistent connections buy nothing for a local file.
        config["CONN_MAX_AGE"] = 0
        config["CONN_HEALTH_CHECKS"] = False
    return config


DATABASES = {"default": database_from_environment(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語")]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True
# The project's own Japanese for Wagtail's and Django's strings (admin_ja compiles it; looked up
# before every app's catalogue).
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "エクソソーム・ファクト"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # page URLs are ASCII; learn.slugs romanises Japanese titles
# The database backend (SQLite FTS5 / PostgreSQL) with Japanese text segmented on both sides.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt"]
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # the admin loads nothing from other origins either
WAGTAILADMIN_USER_LOGIN_FORM = "admin_ja.forms.LoginForm"  # ops.forms.ThrottledLoginForm, labelled
# The admin speaks Japanese only: no language choice in the account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語")]
WAGTAIL_USER_TIME_ZONES = ["Asia/Tokyo"]

# --- Serving layer (ops/) -------------------------------------------------------------------
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page cache for anonymous GETs of Wagtail pages (ops/pagecache.py); purged on every publish.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_SECONDS = 3600
# A front cache (Varnish, a CDN) may keep what the page cache stores, URLs without a query
# string only: `Cache-Control: public, max-age=0, s-maxage=FRONT_CACHE_SECONDS` (ops/frontcache.py;
# 0 = never public). Publishing purges it through WAGTAILFRONTENDCACHE (production settings).
FRONT_CACHE_SECONDS = 3600
# After a publish, render every public page again in a background thread (ops/warming.py), once
# PAGE_CACHE_WARM_DELAY seconds have passed without another publish, as a visitor on
# PAGE_CACHE_WARM_URL (default: WAGTAILADMIN_BASE_URL).
PAGE_CACHE_WARM_AFTER_PUBLISH = True
PAGE_CACHE_WARM_DELAY = 1.0
PAGE_CACHE_WARM_URL = ""
# Warm each page's variants too (PAGE_CACHE_VARIANT_PARAMETERS: the ふりがな page), after all
# the plain pages. Off by default: it about doubles the pass (docs/front-cache.md).
PAGE_CACHE_WARM_VARIANTS = False
# `X-Page-Cache: hit|miss|bypass` on page responses: for tests and benchmarks only.
PAGE_CACHE_STATUS_HEADER = False
PAGE_CACHE_EXCLUDED_PREFIXES = [
    "/admin/",
    "/check/",
    "/documents/",
    "/static/",
    "/media/",
]
# Paths above that the page cache never stores (the checker: its pages show a visitor's answers)
# whose GETs still share the object cache (ops.objectcache) with page requests: published
# lookups only (the site, menus, criterion pages, sources), kept until the next publish.
OBJECT_CACHE_SHARED_PREFIXES = ["/check/"]
# Saving or deleting any page, any object of an app that owns page, snippet or site-setting
# models (found by ops.signals), or any object of these models purges the page cache.
# Query parameters (name → the one value cached) any cacheable page may carry: each gives a
# variant of the page, cached under its own key. furigana=1: the page with readings
# (learn.furigana_web).
PAGE_CACHE_VARIANT_PARAMETERS = {"furigana": "1"}
PAGE_CACHE_PURGE_ON_SAVE = [
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailredirects.Redirect",
    "wagtailimages.Image",
    "wagtaildocs.Document",
]

# Backups (ops/backup.py) keep times to the microsecond.
SERIALIZATION_MODULES = {"exactjsonl": "ops.serializers.exactjsonl"}

# Admin login throttling (ops/throttle.py): failures per (account, address), per address.
LOGIN_THROTTLE_FAILURES = 5
LOGIN_THROTTLE_ADDRESS_FAILURES = 20
LOGIN_THROTTLE_SECONDS = 15 * 60
NUM_PROXIES = 0  # trusted reverse proxies in front of the app, for the client's address

# Security headers. Django's SecurityMiddleware sends Referrer-Policy, X-Content-Type-Options and
# Cross-Origin-Opener-Policy (HSTS in production); ops.middleware sends the rest.
SECURE_REFERRER_POLICY = "same-origin"  # other sites never see our URLs (checker answers)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# django-csp 4 (ops.middleware.SecurityHeadersMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Wagtail's admin still needs inline scripts and styles.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Only previews may be framed (by the admin itself): see ops.middleware.
        "frame-ancestors": ["'none'"],
    },
}
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ["/admin/"]
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)

# The loaders that build the initial content, in order. Each is a dotted path to a function
# taking the management command's stdout writer. Apps register theirs here rather than
# importing one another (learn must not import checker).
INITIAL_CONTENT_LOADERS = [
    "learn.initial_content.loader.load",
    "checker.initial_content.loader.load",
    "checker.initial_content.ad_loader.load",
    "feedback.initial_content.loader.load",
    "admin_ja.groups.load",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Wagtail's autosave on a *new* page created a second copy of the page when the editor saved
# while an autosave was still on its way (seen in the editorial-cycle browser test on a busy
# machine). Editors save drafts with 「下書きを保存」; nothing is saved behind their back.
WAGTAIL_AUTOSAVE_INTERVAL = 0
