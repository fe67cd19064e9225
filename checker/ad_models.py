"""Words that adverts for "exosome" treatments use, as content: the AdPhrase snippet, and the page
「広告でよく見ることば」 (AdWordsPage) that lists the published phrases.

One text source for two places: the ad-text reader at /check/ad/ marks the same published
phrases in a pasted advert and shows the same explanations. Editors change a phrase through the
review workflow (draft → 監修者 → publish); only the published version is shown anywhere.
"""

from __future__ import annotations

from functools import lru_cache

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from learn.models import ArticlePage, Source
from learn.prefetch import PrefetchingSnippetChooserBlock

from . import ad_text

# Words never written about a product or a clinic (the checker's list, plus verdicts on ads).
_BANNED = (
    "本物",
    "偽物",
    "安全です",
    "危険です",
    "効きます",
    "効きません",
    "違法",
    "詐欺",
    "必ず",
    "絶対",
)
try:  # the site's one list of such words, where the text-quality module provides it
    from learn.text_quality import BANNED_PHRASES as _SITE_BANNED
except ImportError:  # pragma: no cover - older trees without learn.text_quality
    _SITE_BANNED = ()
BANNED_IN_EXPLANATIONS = tuple(dict.fromkeys([*_BANNED, *_SITE_BANNED]))

VARIANTS_HELP = (
    "広告の中で見つける言い方を、1行に1つ書きます。カタカナとひらがな、全角と半角、"
    "「100」と「百」のちがいは、自動で同じとみなします。"
    "「○」は数(100、百、1,000 など)を、「〜」は間に入る10文字までのことばを表します。"
    "例:○億個、厚生労働省〜届出"
)


class AdPhrase(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """A word or phrase adverts use, what it does and does not tell the reader, and its sources."""

    class Kind(models.TextChoices):
        TREATMENT = "treatment", "治療のしかたのことば"
        INGREDIENT = "ingredient", "中身の名前"
        NUMBER = "number", "数のことば"
        ORIGIN = "origin", "つくった場所のことば"
        AUTHORITY = "authority", "国や制度、専門家をうたうことば"
        EFFECT = "effect", "効果や安心をうたうことば"
        NOVELTY = "novelty", "新しさをうたうことば"
        URGENCY = "urgency", "急がせることば"

    name = models.CharField(
        "ことば", max_length=80, help_text="ページの見出しに出ます。例:点滴・注射"
    )
    slug = models.SlugField(
        "識別名",
        max_length=80,
        unique=True,
        help_text="半角英数字とハイフン。広告の読み取りの結果で、ことばを見分けるのに使います。",
    )
    kind = models.CharField("種類", max_length=20, choices=Kind.choices)
    variants = models.TextField("見つける言い方", help_text=VARIANTS_HELP)
    exclusions = models.TextField(
        "見つけない言い方",
        blank=True,
        help_text=(
            "見つける言い方と重なっても、印をつけない言い方を、1行に1つ書きます。"
            "例:「○億」の印を値段につけないように「○億円」。"
        ),
    )
    explanation = models.TextField(
        "やさしい説明",
        help_text=(
            "このことばから、わかることと、わからないことを、1〜2文の短い文で書きます。"
            "広告が正しいか、安全か、ルールに合っているかは書きません。"
        ),
    )
    sources = StreamField(
        [("source", PrefetchingSnippetChooserBlock("learn.Source", label="出典"))],
        verbose_name="出典",
        min_num=1,
        help_text="やさしい説明の根拠になる出典を、1つ以上選びます。",
    )
    criterion_page = models.ForeignKey(
        "checker.CriterionPage",
        verbose_name="関係するチェックポイントのページ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    glossary_term = models.ForeignKey(
        "learn.GlossaryTerm",
        verbose_name="関係する用語",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveIntegerField(
        "並び順", default=100, help_text="小さい数ほど、ページの上に出ます。"
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="ad_phrase")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="ad_phrase",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("variants"), FieldPanel("exclusions")],
            heading="広告の中で見つける言い方",
        ),
        FieldPanel("explanation"),
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("criterion_page"), FieldPanel("glossary_term")],
            heading="関係するページと用語",
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = "広告のことば"
        verbose_name_plural = "広告のことば"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @property
    def variant_list(self) -> tuple[str, ...]:
        return ad_text.split_lines(self.variants)

    @property
    def example_list(self) -> tuple[str, ...]:
        """Variants fit to show readers as examples: no 〜 gaps, and not the start of a longer
        variant (「若返」 is there to find 「若返った」; 「若返り」 reads better)."""
        variants = [v for v in self.variant_list if not any(m in v for m in ad_text.GAP_MARKS)]
        return tuple(v for v in variants if not any(o != v and o.startswith(v) for o in variants))[
            :5
        ]

    @property
    def exclusion_list(self) -> tuple[str, ...]:
        return ad_text.split_lines(self.exclusions)

    @property
    def source_list(self) -> list[Source]:
        """The cited Sources, in order, without repeats (a deleted Source is skipped)."""
        seen = {}
        for block in self.sources or []:
            source = block.value
            if source is not None:
                seen.setdefault(source.pk, source)
        return list(seen.values())

    def rule(self) -> ad_text.PhraseRule:
        return ad_text.PhraseRule(self.slug, self.variant_list, self.exclusion_list)

    def clean(self):
        super().clean()
        errors: dict[str, list[str]] = {}
        usable = []
        for variant in self.variant_list:
            try:
                ad_text.compile_pattern(variant)
            except ad_text.PatternError:
                errors.setdefault("variants", []).append(
                    f"「{variant}」には、見つける文字がありません。"
                )
            else:
                usable.append(variant)
        if not usable and "variants" not in errors:
            errors["variants"] = ["見つける言い方を、1つ以上書いてください。"]
        found = [word for word in BANNED_IN_EXPLANATIONS if word in (self.explanation or "")]
        if found:
            errors["explanation"] = ["このサイトでは使わない言葉が入っています:" + "、".join(found)]
        if errors:
            raise ValidationError(errors)

    def get_preview_template(self, request, mode_name):
        return "checker/ad/phrase_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["phrase"] = self
        context["examples"] = self.example_list
        return context


def live_phrases():
    """Published phrases in page order, with what their template shows loaded in few queries."""
    return list(
        AdPhrase.objects.filter(live=True)
        .select_related("criterion_page", "glossary_term", "glossary_term__page")
        .order_by("sort_order", "name")
    )


@lru_cache(maxsize=8)
def _matcher(rules: tuple[ad_text.PhraseRule, ...]) -> ad_text.Matcher:
    return ad_text.Matcher(rules)


def matcher_for(phrases) -> ad_text.Matcher:
    """A compiled matcher for these phrases (compiled once per distinct set of rules)."""
    return _matcher(tuple(phrase.rule() for phrase in phrases))


def phrases_by_kind(phrases):
    """[(kind label, [phrase, …]), …] in the order of AdPhrase.Kind, empty kinds left out."""
    groups: dict[str, list[AdPhrase]] = {}
    for phrase in phrases:
        groups.setdefault(phrase.kind, []).append(phrase)
    return [(label, groups[value]) for value, label in AdPhrase.Kind.choices if value in groups]


class AdWordsPage(ArticlePage):
    """「広告でよく見ることば」: an article (lead, body, review dates) plus every published
    AdPhrase, grouped by kind, with its explanation, sources and links."""

    parent_page_types = ["learn.SectionPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "checker/ad/ad_words_page.html"

    class Meta:
        verbose_name = "広告でよく見ることばのページ"
        verbose_name_plural = "広告でよく見ることばのページ"

    def phrases(self):
        """The published phrases (read once per page view)."""
        if not hasattr(self, "_live_phrases"):
            self._live_phrases = live_phrases()
        return self._live_phrases

    def cited_sources(self):
        """The article's sources, then the phrases' sources, in order of first citation."""
        sources = {source.pk: source for source in super().cited_sources()}
        for phrase in self.phrases():
            for source in phrase.source_list:
                sources.setdefault(source.pk, source)
        return list(sources.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        phrases = self.phrases()
        context["phrase_groups"] = phrases_by_kind(phrases)
        context["phrase_count"] = len(phrases)
        return context
