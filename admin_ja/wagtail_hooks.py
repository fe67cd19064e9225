"""The admin in Japanese: the Help menu opens 「編集の手引き」 (a page of this admin, not
Wagtail's English guide on another site), and values Wagtail would print in English in the
inspect views (True/False, "… at 2026-…") are shown in Japanese."""

from django.db import models
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class
from wagtail.models import Revision

from .views import EditingGuideView

GUIDE_MENU_NAME = "editing-guide"
# Wagtail's own Help items that lead to English pages on wagtail.org.
WAGTAIL_HELP_ITEMS_REMOVED = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("register_admin_urls")
def register_editing_guide_url():
    return [path("editing-guide/", EditingGuideView.as_view(), name="admin_ja_editing_guide")]


@hooks.register("register_help_menu_item")
def register_editing_guide_menu_item():
    return MenuItem(
        "編集の手引き",
        reverse("admin_ja_editing_guide"),
        name=GUIDE_MENU_NAME,
        icon_name="help",
        order=100,
    )


@hooks.register("construct_help_menu")
def remove_wagtail_guide_items(request, menu_items):
    menu_items[:] = [
        item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS_REMOVED)
    ]


class PlainDisplay(BaseFieldDisplay):
    """A value as Django templates show it, except that no value is 「-」, not "None"."""

    def render_html(self, parent_context=None):
        if self.value is None:
            return "-"
        if isinstance(self.value, Revision):
            return RevisionDisplay(self.value).render_html(parent_context)
        return conditional_escape(localize(timezone.template_localtime(self.value)))


class YesNoDisplay(BaseFieldDisplay):
    def render_html(self, parent_context=None):
        if self.value is None:
            return "-"
        return "はい" if self.value else "いいえ"


class RevisionDisplay(BaseFieldDisplay):
    """A revision as 「版 12(2026年11月30日 17:30)」 instead of '"title" at 2026-11-30 …'."""

    def render_html(self, parent_context=None):
        revision = self.value
        if revision is None:
            return "-"
        created = timezone.localtime(revision.created_at)
        return format_html(
            "版 {}({}年{}月{}日 {})",
            revision.pk,
            created.year,
            created.month,
            created.day,
            created.strftime("%H:%M"),
        )


for field_class in (models.DateTimeField, models.DateField, models.ForeignKey):
    register_display_class(field_class, display_class=PlainDisplay)
register_display_class(models.BooleanField, display_class=YesNoDisplay)
