from django.apps import AppConfig


class AdminJaConfig(AppConfig):
    """The admin in Japanese: the project's own catalogue for Wagtail's strings (locale/), the
    editing guide behind the Help menu, Japanese notification e-mails, and Wagtail's default
    groups replaced by 編集者 and 監修者."""

    name = "admin_ja"
    verbose_name = "管理画面(日本語)"
