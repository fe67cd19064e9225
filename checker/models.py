"""CriterionPage: one explainer page per criterion of the checker, and the single source of the
texts the result page shows for it (what each result means, the question to ask the clinic).

The result page reads these texts from the live (published) page, so an editor who publishes a
new revision changes the explainer page and the checker at once (docs/architecture.md).
"""

from __future__ import annotations

from functools import cache

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from learn import text_quality
from learn.models import ArticlePage

from . import rules

# How each result code is named to patients (plain Japanese, never a verdict).
RESULT_LABELS = {
    rules.SHOWN: "示されています",
    rules.PARTIAL: "一部だけ示されています",
    rules.NOT_SHOWN: "示されていません",
    rules.SAID_NO: "「ない」と説明されました",
    rules.UNKNOWN: "まだわかりません",
    rules.NA: "この項目はあてはまりません",
}

# Words the result page must never show (the one list in learn.text_quality). Texts an editor
# writes for the result page are checked against them before they can be saved.
BANNED_WORDS = text_quality.BANNED_PHRASES


def result_field_name(code: str) -> str:
    return f"result_{code}"


@cache
def reachable_codes(criterion_key: str) -> tuple[str, ...]:
    """The result codes this criterion can give, in RESULT_CODES order (from the rule table)."""
    found = {
        outcome
        for key, _answer_class, outcome in rules.rule_table_rows()
        if key == criterion_key and outcome in rules.RESULT_CODES
    }
    return tuple(code for code in rules.RESULT_CODES if code in found)


def _criterion_choices():
    return [
        (criterion.key, f"{number}. {criterion.key}")
        for number, criterion in enumerate(rules.CRITERIA, 1)
    ]


def _result_field(code: str) -> models.TextField:
    return models.TextField(
        f"結果「{RESULT_LABELS[code]}」の意味",
        blank=True,
        help_text=(
            "結果のページに、この項目の結果として表示します。やさしい日本語で1〜3文。"
            "この項目でこの結果にならないときは、空のままにします。"
        ),
    )


class CriterionPage(ArticlePage):
    """An explainer page for one criterion of the checker (under the チェックポイント section)."""

    criterion_key = models.CharField(
        "チェックの項目",
        max_length=40,
        unique=True,
        choices=_criterion_choices(),
        help_text="このページが説明する、チェックの項目です。項目ごとにページは1つです。",
    )
    result_shown = _result_field(rules.SHOWN)
    result_partial = _result_field(rules.PARTIAL)
    result_not_shown = _result_field(rules.NOT_SHOWN)
    result_said_no = _result_field(rules.SAID_NO)
    result_unknown = _result_field(rules.UNKNOWN)
    result_na = _result_field(rules.NA)
    ask_text = models.TextField(
        "クリニックに聞く質問",
        help_text="結果のページの「クリニックに聞くことリスト」にのせる質問です。",
    )

    content_panels = ArticlePage.content_panels[:2] + [
        MultiFieldPanel(
            [FieldPanel("criterion_key"), FieldPanel("ask_text")],
            heading="チェックの項目とクリニックに聞く質問",
        ),
        MultiFieldPanel(
            [FieldPanel(result_field_name(code)) for code in rules.RESULT_CODES],
            heading="それぞれの結果の意味(結果のページに表示します)",
        ),
        *ArticlePage.content_panels[2:],
    ]
    search_fields = ArticlePage.search_fields + [
        index.SearchField("ask_text"),
        *(index.SearchField(result_field_name(code)) for code in rules.RESULT_CODES),
    ]
    parent_page_types = ["learn.SectionPage"]
    subpage_types: list[str] = []
    template = "checker/criterion_page.html"

    class Meta:
        verbose_name = "チェックポイントのページ"
        verbose_name_plural = "チェックポイントのページ"

    @property
    def criterion(self) -> rules.Criterion:
        return rules.get_criterion(self.criterion_key)

    def result_text(self, code: str) -> str:
        return getattr(self, result_field_name(code))

    def result_meanings(self) -> list[tuple[str, str, str]]:
        """(code, label, text) for every code with a text, in RESULT_CODES order."""
        return [
            (code, RESULT_LABELS[code], self.result_text(code))
            for code in rules.RESULT_CODES
            if self.result_text(code).strip()
        ]

    def clean(self):
        super().clean()
        errors: dict[str, list[str]] = {}
        if self.criterion_key in rules.CRITERIA_BY_KEY:
            for code in reachable_codes(self.criterion_key):
                name = result_field_name(code)
                if not getattr(self, name).strip():
                    errors.setdefault(name, []).append(
                        "この項目では、この結果になることがあります。意味を書いてください。"
                    )
        for name in ["ask_text", *map(result_field_name, rules.RESULT_CODES)]:
            found = [word for word in BANNED_WORDS if word in (getattr(self, name) or "")]
            if found:
                errors.setdefault(name, []).append(
                    "結果のページでは使わない言葉が入っています:" + "、".join(found)
                )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        criterion = self.criterion
        context["criterion"] = criterion
        context["criterion_number"] = rules.CRITERION_KEYS.index(criterion.key) + 1
        context["criterion_section"] = rules.SECTIONS_BY_NUMBER[criterion.section]
        context["criterion_count"] = len(rules.CRITERIA)
        context["result_meanings"] = self.result_meanings()
        return context


# The ad-text reader's phrases and the page that lists them (defined in their own module).
from .ad_models import AdPhrase, AdWordsPage  # noqa: E402,F401
