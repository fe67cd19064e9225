"""Admin wiring of the ad-text reader: the 「広告のことば」 snippets (AdPhrase) in the admin menu.

Imported by CheckerConfig.ready(); Wagtail defers the registration until its snippets app is
ready."""

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .ad_models import AdPhrase


class AdPhraseViewSet(SnippetViewSet):
    model = AdPhrase
    icon = "openquote"
    menu_label = "広告のことば"
    menu_name = "ad-phrases"
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "name",
        Column("kind", label="種類", accessor="get_kind_display", sort_key="kind"),
        "sort_order",
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["kind", "live"]
    search_fields = ["name", "variants", "explanation"]
    ordering = ["sort_order", "name"]
    list_per_page = 50
    inspect_view_enabled = True


register_snippet(AdPhraseViewSet)
