"""「編集の手引き」: the Help menu's page inside the admin (not Wagtail's English guide)."""

from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from learn.text_quality import BANNED_PHRASES, CHARS_PER_MINUTE, SENTENCE_LIMIT


class EditingGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admin_ja/editing_guide.html"
    page_title = "編集の手引き"
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            banned_phrases=BANNED_PHRASES,
            sentence_limit=SENTENCE_LIMIT,
            chars_per_minute=CHARS_PER_MINUTE,
        )
        return context
