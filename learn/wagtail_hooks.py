"""Admin wiring for learn: snippet viewsets for Source and GlossaryTerm, outbound-link hygiene
for rich text, and the 「見直しが必要なページ」 report and dashboard panel."""

from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.permissions import policy_registry
from wagtail.rich_text import LinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import Page, ReviewDuePanel, ReviewDueReportView
from .choosers import GlossaryTermChooserViewSet, SourceChooserViewSet
from .models import GlossaryTerm, ReadingCorrection, Source


class ExternalLinkHandler(LinkHandler):
    """Rich-text links to other sites: never send our address (the page a patient reads)
    to the linked site, and never give it a handle on our window."""

    identifier = "external"

    @classmethod
    def expand_db_attributes(cls, attrs):
        return format_html(
            '<a href="{}" rel="noopener noreferrer" referrerpolicy="no-referrer">',
            attrs.get("href", ""),
        )


@hooks.register("register_rich_text_features")
def register_external_link_handler(features):
    features.register_link_type(ExternalLinkHandler)


def with_page_counts(queryset):
    """Annotate each row with the number of pages citing it (one subquery, not one per row)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import CharField, Count, IntegerField, OuterRef, Subquery
    from django.db.models.functions import Cast, Coalesce
    from wagtail.models import ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    counts = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(queryset.model),
            to_object_id=Cast(OuterRef("pk"), CharField()),
            base_content_type=page_type,
        )
        .order_by()
        .values("to_object_id")
        .annotate(n=Count("object_id", distinct=True))
        .values("n")
    )
    return queryset.annotate(page_count=Coalesce(Subquery(counts, output_field=IntegerField()), 0))


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    menu_label = "出典"
    list_display = [
        "title",
        "publisher",
        Column("kind", label="種類", accessor="get_kind_display", sort_key="kind"),
        "published",
        "last_checked",
        Column("page_count", label="使われているページ数", accessor="page_count"),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["kind", "live", "last_checked"]
    inspect_view_fields = [
        "title",
        "key",
        "publisher",
        "published",
        "url",
        "kind",
        "note",
        "last_checked",
        "used_on_pages",
    ]

    def get_queryset(self, request):
        return with_page_counts(Source.objects.all())

    search_fields = ["title", "publisher", "key", "note", "url"]
    search_backend_name = None  # the listing finds any Japanese substring (ORM search)
    ordering = ["title"]
    list_per_page = 50
    inspect_view_enabled = True
    chooser_viewset_class = SourceChooserViewSet
    chooser_per_page = 20


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = "用語"
    list_display = [
        "term",
        "reading",
        Column("page", label="くわしく説明しているページ", accessor="page"),
        Column("page_count", label="使われているページ数", accessor="page_count"),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["live"]
    inspect_view_fields = ["term", "reading", "definition", "page", "used_on_pages"]

    def get_queryset(self, request):
        return with_page_counts(GlossaryTerm.objects.select_related("page"))

    search_fields = ["term", "reading", "definition"]
    search_backend_name = None  # the listing finds any Japanese substring (ORM search)
    ordering = ["reading"]
    list_per_page = 50
    inspect_view_enabled = True
    chooser_viewset_class = GlossaryTermChooserViewSet
    chooser_per_page = 20


class ReadingCorrectionViewSet(SnippetViewSet):
    """読み方: corrections of the automatic ふりがな (learn.furigana), word → reading."""

    model = ReadingCorrection
    icon = "edit"
    menu_label = "読み方"
    list_display = ["word", "reading", LiveStatusTagColumn(), UpdatedAtColumn()]
    list_filter = ["live"]
    search_fields = ["word", "reading", "note"]
    search_backend_name = None  # the listing finds any Japanese substring (ORM search)
    ordering = ["word"]
    list_per_page = 50


class EvidenceViewSetGroup(SnippetViewSetGroup):
    items = (SourceViewSet, GlossaryTermViewSet, ReadingCorrectionViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = "出典と用語"
    menu_name = "evidence"
    menu_order = 250


register_snippet(EvidenceViewSetGroup)


@hooks.register("register_admin_urls")
def register_review_due_urls():
    return [
        path("reports/review-due/", ReviewDueReportView.as_view(), name="learn_review_due"),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="learn_review_due_results",
        ),
    ]


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return ReviewDueMenuItem(
        "見直しが必要なページ",
        reverse("learn_review_due"),
        name="review-due",
        icon_name="time",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    panels.append(ReviewDuePanel(request.user))


@hooks.register("register_admin_urls")
def register_review_urls():
    from .admin_views import editor_checks, refused_approval

    return [
        path("checks/", editor_checks, name="learn_editor_checks"),
        path(
            "review/refused/<int:task_state_id>/",
            refused_approval,
            name="learn_approval_refused",
        ),
    ]


def _is_json_request(request):
    """Autosave and other background saves ask for JSON: they get no messages."""
    return not request.accepts("text/html")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_publication_problems(request, page):
    """A saved draft (or a submission) that could not be published as it is: say why now, as
    a warning, instead of at approval time."""
    from django.contrib import messages

    from .editor_checks import blocking_problems
    from .forms import publishes_or_approves
    from .models import ArticlePage

    page = page.specific if hasattr(page, "specific") else page
    if not isinstance(page, ArticlePage) or _is_json_request(request):
        return
    if publishes_or_approves(request.POST) and page.live and not page.has_unpublished_changes:
        return
    problems = blocking_problems(page)
    if problems:
        messages.warning(request, "下書きは保存しました。公開の前に、次の点を直してください。")
        for problem in problems:
            messages.warning(request, problem)


@hooks.register("insert_editor_js")
def editor_checks_js():
    from django.templatetags.static import static

    return format_html('<script src="{}" defer></script>', static("js/admin_checks.js"))
