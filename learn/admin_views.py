"""Admin views for editors: the report of pages whose next review date has passed, and the
dashboard panel that points to it."""

import swapper
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from .models import review_due_pages, today

Page = swapper.load_model("wagtailcore", "Page")
DASHBOARD_LIMIT = 10


def japanese_date(value):
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def pages_due_for(user, on=None):
    """Overdue article pages this user may edit, the longest overdue first."""
    editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")
    return review_due_pages(on=on).filter(pk__in=editable.values("pk"))


class ReviewDueReportView(ReportView):
    """Reports → 見直しが必要なページ: every page whose 次の見直し予定日 is in the past."""

    page_title = "見直しが必要なページ"
    header_icon = "time"
    index_url_name = "learn_review_due"
    index_results_url_name = "learn_review_due_results"
    model = Page
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    no_results_message = "見直しの予定日を過ぎたページは、ありません。"
    list_export = ["title", "next_review_due", "last_reviewed", "url_path"]
    export_headings = {
        "title": "ページ",
        "next_review_due": "次の見直し予定日",
        "last_reviewed": "最終確認日",
        "url_path": "パス",
    }
    columns = [
        TitleColumn(
            "title",
            label="ページ",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        ),
        Column(
            "next_review_due",
            label="次の見直し予定日",
            accessor=lambda page: japanese_date(page.next_review_due),
        ),
        Column(
            "days_overdue",
            label="過ぎた日数",
            accessor=lambda page: f"{(today() - page.next_review_due).days}日",
        ),
        Column(
            "last_reviewed",
            label="最終確認日",
            accessor=lambda page: japanese_date(page.last_reviewed),
        ),
        Column(
            "type",
            label="種類",
            accessor=lambda page: page.content_type.model_class()._meta.verbose_name,
        ),
    ]

    def get_filename(self):
        return f"review-due-{today():%Y-%m-%d}"

    def get_queryset(self):
        return pages_due_for(self.request.user)


class ReviewDuePanel(Component):
    """Dashboard panel: the overdue pages, so an editor sees them on signing in."""

    name = "review_due"
    order = 90
    template_name = "learn/admin/review_due_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        pages = pages_due_for(self.user)
        return {
            "pages": [
                {
                    "title": page.title,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                    "due": japanese_date(page.next_review_due),
                    "due_iso": page.next_review_due.isoformat(),
                }
                for page in pages[:DASHBOARD_LIMIT]
            ],
            "total": pages.count(),
            "report_url": reverse("learn_review_due"),
        }

    def render_html(self, parent_context=None):
        if not policy_registry.get_by_type(Page).user_has_any_permission(
            self.user, ["add", "change", "publish"]
        ):
            return ""
        return super().render_html(parent_context)


def citing_pages(obj):
    """The pages whose current content cites this Source or GlossaryTerm (Wagtail's reference
    index), each once, in title order."""
    from wagtail.models import ReferenceIndex

    pages = {}
    for ref in ReferenceIndex.get_references_to(obj).select_related("content_type"):
        model = ref.content_type.model_class()
        if model is not None and issubclass(model, Page):
            pages[int(ref.object_id)] = None
    return list(Page.objects.filter(pk__in=pages).specific().order_by("title"))


def refused_approval(request, task_state_id):
    """Where an approval the checks refused lands: the reasons as error messages, then the
    editor of the page (still in review)."""
    from django.contrib import messages
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import get_object_or_404, redirect
    from wagtail.models import TaskState

    task_state = get_object_or_404(TaskState, pk=task_state_id)
    task = task_state.task.specific
    obj = task_state.workflow_state.content_object
    if not task.get_actions(obj, request.user):
        raise PermissionDenied
    problems = task.approval_problems(task_state) if hasattr(task, "approval_problems") else []
    if problems:
        messages.error(request, "承認できませんでした。このページは確認待ちのままです。")
        for problem in problems:
            messages.error(request, problem)
    return redirect(reverse("wagtailadmin_pages:edit", args=(obj.pk,)))


# Wagtail's preview views whose form our checks may bind (the page or snippet being edited).
CHECKABLE_PREVIEW_URL_NAMES = frozenset({"preview_on_edit", "preview_on_add"})


def object_from_editor_form(request, preview_url):
    """The object as the editor's unsaved form describes it, built by Wagtail's own preview
    view for that object (which also checks that the user may edit it)."""
    from urllib.parse import urlsplit

    from django.http import Http404
    from django.urls import Resolver404, resolve

    try:
        match = resolve(urlsplit(preview_url).path)
    except Resolver404 as error:
        raise Http404 from error
    view_class = getattr(match.func, "view_class", None)
    if match.url_name not in CHECKABLE_PREVIEW_URL_NAMES or view_class is None:
        raise Http404
    view = view_class(**match.func.view_initkwargs)
    view.setup(request, *match.args, **match.kwargs)
    form = view.get_form(request.POST)
    if hasattr(form, "defer_required_fields"):
        form.defer_required_fields()
    form.is_valid()  # fields that did not validate keep their saved value
    return form.instance


def editor_checks(request):
    """The checks panel's content for the editor's current (unsaved) form: POST the form's
    fields, with ?preview=<the preview panel's URL>."""
    from django.http import HttpResponseNotAllowed
    from django.template.response import TemplateResponse

    from .editor_checks import object_report

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    obj = object_from_editor_form(request, request.GET.get("preview", ""))
    return TemplateResponse(
        request, "learn/admin/checks_report.html", {"report": object_report(obj)}
    )
