"""「このページは役に立ちましたか」: what readers answered, for the editors.

Only the page, the answer, an optional short comment and the day are stored: no address, no
cookie, no browser details, no time of day. Comments are never published.
"""

from django.db import models
from django.utils import timezone

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="ページ",
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    helpful = models.BooleanField("役に立ったか")
    comment = models.TextField("ひとこと", max_length=COMMENT_MAX_LENGTH, blank=True)
    received_on = models.DateField("受け取った日", default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = "ページへの感想"
        verbose_name_plural = "ページへの感想"
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {self.answer}"

    @property
    def answer(self):
        return "はい" if self.helpful else "いいえ"
