"""Admin → レポート → ページへの感想: counts per page, the comments of one page, CSV export.

Comments are what readers typed: they are shown escaped (the admin's templates escape every
value) and never published."""

import django_filters
from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import PageFeedback


def japanese_date(value):
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


class FeedbackPermissionMixin:
    permission_policy = ModelPermissionPolicy(PageFeedback)
    any_permission_required = ["view"]


class FeedbackSummaryView(FeedbackPermissionMixin, ReportView):
    """One row per page that has feedback: how many said はい / いいえ, comments, latest day."""

    page_title = "ページへの感想"
    header_icon = "comment"
    index_url_name = "feedback_summary"
    index_results_url_name = "feedback_summary_results"
    paginate_by = 50
    no_results_message = "まだ、感想はとどいていません。"
    list_export = ["title", "helpful_count", "unhelpful_count", "comment_count", "latest"]
    export_headings = {
        "title": "ページ",
        "helpful_count": "はい",
        "unhelpful_count": "いいえ",
        "comment_count": "ひとことの数",
        "latest": "最後に受け取った日",
    }
    columns = [
        TitleColumn(
            "title",
            label="ページ",
            get_url=lambda page: reverse("feedback_comments") + "?" + urlencode({"page": page.pk}),
        ),
        Column("helpful_count", label="はい"),
        Column("unhelpful_count", label="いいえ"),
        Column("comment_count", label="ひとことの数"),
        Column("latest", label="最後に受け取った日", accessor=lambda p: japanese_date(p.latest)),
    ]

    def get_filename(self):
        return "page-feedback-summary"

    def get_queryset(self):
        return (
            Page.objects.filter(feedback__isnull=False)
            .annotate(
                helpful_count=Count("feedback", filter=Q(feedback__helpful=True)),
                unhelpful_count=Count("feedback", filter=Q(feedback__helpful=False)),
                comment_count=Count("feedback", filter=~Q(feedback__comment="")),
                latest=Max("feedback__received_on"),
            )
            .order_by("-latest", "title")
        )


class CommentFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label="ページ",
        queryset=Page.objects.filter(feedback__isnull=False).distinct().order_by("title"),
    )
    helpful = django_filters.BooleanFilter(label="役に立ったか")

    class Meta:
        model = PageFeedback
        fields = ["page", "helpful"]


class FeedbackCommentsView(FeedbackPermissionMixin, ReportView):
    """Every answer and comment, newest first; filter by page."""

    page_title = "ページへの感想(ひとこと)"
    header_icon = "comment"
    index_url_name = "feedback_comments"
    index_results_url_name = "feedback_comments_results"
    filterset_class = CommentFilterSet
    paginate_by = 50
    no_results_message = "この条件の感想は、ありません。"
    list_export = ["received_on", "page.title", "answer", "comment"]
    export_headings = {
        "received_on": "受け取った日",
        "page.title": "ページ",
        "answer": "役に立ったか",
        "comment": "ひとこと",
    }
    columns = [
        Column(
            "received_on", label="受け取った日", accessor=lambda f: japanese_date(f.received_on)
        ),
        Column("page", label="ページ", accessor=lambda f: f.page.title),
        Column("answer", label="役に立ったか"),
        Column("comment", label="ひとこと"),
    ]

    def get_filename(self):
        return "page-feedback-comments"

    def get_queryset(self):
        return PageFeedback.objects.select_related("page").order_by("-received_on", "-pk")
