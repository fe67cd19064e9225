"""Production: secrets, hosts and services come from the environment; refuses to start without the
required ones. Every variable read here is documented in README.md ("Production")."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_environment(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"環境変数 {name} が設定されていません。README の「本番での起動」を見てください。"
            f" (The environment variable {name} is required in production.)"
        )
    return value


def environment_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def environment_flag(name, default):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"環境変数 {name} は true か false にしてください。(got {value!r})")


def environment_int(name, default):
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(
            f"環境変数 {name} は整数にしてください。(got {value!r})"
        ) from None


DEBUG = False
SECRET_KEY = required_environment("SECRET_KEY")
required_environment("ALLOWED_HOSTS")
ALLOWED_HOSTS = environment_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("環境変数 ALLOWED_HOSTS にホスト名を書いてください。")
CSRF_TRUSTED_ORIGINS = environment_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# A public site never runs on a throwaway SQLite file by accident.
required_environment("DATABASE_URL")
DATABASES = {"default": database_from_environment(BASE_DIR / "db.sqlite3")}  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast (503 page) rather than hang when the database host does not answer.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5

# The cache holds the page cache and the login throttle. Redis shares them between app
# servers; without REDIS_URL a file cache shares them between the workers of one server only.
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "exosome")
if os.environ.get("REDIS_URL", "").strip():
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"].strip(),
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            # If Redis goes away the site keeps serving, uncached (Wagtail's own lookups fall
            # back to the database). Purging the page cache still fails loudly (ops.pagecache).
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),  # noqa: F405
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# E-mail (password reset, workflow notices) only when an SMTP server is configured. Without one,
# Wagtail's "forgot password" page is switched off: it would accept requests it cannot deliver.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "").strip()
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = environment_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = environment_flag("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"noreply@{ALLOWED_HOSTS[0]}")
    SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAIL_PASSWORD_RESET_ENABLED = bool(EMAIL_HOST)

PAGE_CACHE_ENABLED = environment_flag("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = environment_int("PAGE_CACHE_SECONDS", 3600)
PAGE_CACHE_STATUS_HEADER = environment_flag("PAGE_CACHE_STATUS_HEADER", False)
PAGE_CACHE_WARM_AFTER_PUBLISH = environment_flag("PAGE_CACHE_WARM", True)
PAGE_CACHE_WARM_URL = os.environ.get("PAGE_CACHE_WARM_URL", "").strip()
PAGE_CACHE_WARM_VARIANTS = environment_flag("PAGE_CACHE_WARM_VARIANTS", False)

# The front cache (README "Front cache"): how long it may keep a public page, and how a publish
# purges it (Wagtail's frontend cache backends). Varnish or any cache that accepts HTTP PURGE:
# FRONT_CACHE_PURGE_URL; Cloudflare: CLOUDFLARE_ZONE_ID + CLOUDFLARE_API_TOKEN; CloudFront:
# CLOUDFRONT_DISTRIBUTION_ID (needs boto3 and AWS credentials in the environment).
FRONT_CACHE_SECONDS = environment_int("FRONT_CACHE_SECONDS", 3600)
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONT_CACHE_PURGE_URL", "").strip():
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONT_CACHE_PURGE_URL"].strip(),
    }
if os.environ.get("CLOUDFLARE_ZONE_ID", "").strip():
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"].strip(),
        "BEARER_TOKEN": required_environment("CLOUDFLARE_API_TOKEN"),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", "").strip():
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"].strip(),
    }
NUM_PROXIES = environment_int("NUM_PROXIES", 0)

# HTTPS: the app sits behind a TLS-terminating proxy that sets X-Forwarded-Proto; gunicorn trusts
# it from FORWARDED_ALLOW_IPS (default 127.0.0.1), so request.is_secure() is right.
SECURE_SSL_REDIRECT = environment_flag("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = environment_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = environment_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = environment_flag("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

STORAGES = {
    **STORAGES,  # noqa: F405
    # Hashed names, gzip and brotli copies; whitenoise serves hashed files as immutable.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
