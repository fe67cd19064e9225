"""Production: secrets and hosts come from the environment; refuses to start without them."""

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


DEBUG = False
SECRET_KEY = required_environment("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in required_environment("ALLOWED_HOSTS").split(",") if h.strip()]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
