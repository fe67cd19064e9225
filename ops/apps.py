"""The serving layer: page cache, security headers, compression, login throttling, outage page,
backup and restore. Nothing here knows about the site's content types."""

from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "ops"
    verbose_name = "運用"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401  (checks registers itself)

        signals.connect()
