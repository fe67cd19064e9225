from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: the Japanese search backend (search.backend), the /search/ view and the
    Japanese text analysis both use (search.japanese_text)."""

    name = "search"
    verbose_name = "サイト内検索"
