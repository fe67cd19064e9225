from django.apps import AppConfig


class CheckerConfig(AppConfig):
    name = "checker"
    verbose_name = "クリニックの製品チェック"

    def ready(self):
        from . import ad_admin  # noqa: F401 - registers the AdPhrase snippet viewset
