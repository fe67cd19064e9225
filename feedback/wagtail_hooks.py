"""The feedback report in the admin's レポート menu, for everyone allowed to read feedback."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FeedbackCommentsView, FeedbackPermissionMixin, FeedbackSummaryView


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("reports/feedback/", FeedbackSummaryView.as_view(), name="feedback_summary"),
        path(
            "reports/feedback/results/",
            FeedbackSummaryView.as_view(results_only=True),
            name="feedback_summary_results",
        ),
        path(
            "reports/feedback/comments/", FeedbackCommentsView.as_view(), name="feedback_comments"
        ),
        path(
            "reports/feedback/comments/results/",
            FeedbackCommentsView.as_view(results_only=True),
            name="feedback_comments_results",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return FeedbackPermissionMixin.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        "ページへの感想",
        reverse("feedback_summary"),
        name="page-feedback",
        icon_name="comment",
        order=60,
    )
