"""Test settings: SQLite unless DATABASE_URL is set; fast password hashing; plain static storage."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The page cache is tested on purpose (tests/ops); elsewhere tests see every change at once.
PAGE_CACHE_ENABLED = False
# No background warming threads in tests (tests/ops turns it on where it is tested).
PAGE_CACHE_WARM_AFTER_PUBLISH = False
