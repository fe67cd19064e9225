"""Explainer content: pages (home, sections, articles, glossary), the Source and GlossaryTerm
snippets, and the site-wide settings (disclaimer, help contacts)."""

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PageViewRestriction,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from . import kana
from .blocks import ArticleBodyBlock, ChangeLogBlock, ClaimListBlock, HelpContactListBlock
from .citations import collect_sources
from .glossary import PageGlossary
from .prefetch import loaded_rows, shared, shared_ancestors, snippets_in_one_query

PARTIAL_DATE = RegexValidator(
    r"^\d{4}(-\d{2}(-\d{2})?)?$", "YYYY、YYYY-MM、YYYY-MM-DD のどれかで書いてください。"
)


def today():
    return timezone.localdate()


class Source(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """A document a claim rests on: a guideline, paper, regulator notice or news report."""

    class Kind(models.TextChoices):
        GUIDELINE = "guideline", "ガイドライン・指針"
        PAPER = "paper", "論文"
        REGULATOR = "regulator", "国・行政の資料"
        NEWS = "news", "報道"
        OTHER = "other", "その他"

    key = models.SlugField(
        "識別名",
        max_length=80,
        unique=True,
        help_text="半角英数字とハイフン。初期データが出典を見分けるのに使います。",
    )
    title = models.CharField("題名", max_length=400)
    publisher = models.CharField("発行元・著者", max_length=400)
    published = models.CharField(
        "発行日",
        max_length=10,
        blank=True,
        validators=[PARTIAL_DATE],
        help_text="わかる範囲で。例:2018-11-23、2018-11、2018。わからないときは空にします。",
    )
    url = models.URLField("URL または DOI のリンク", max_length=500, blank=True)
    kind = models.CharField("種類", max_length=20, choices=Kind.choices)
    note = models.TextField("注記", blank=True, help_text="例:報道の要約であること")
    last_checked = models.DateField(
        "最終確認日", help_text="この出典の内容を、最後に確かめた日です。"
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="source")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="source",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("key"),
        FieldPanel("publisher"),
        FieldPanel("published"),
        FieldPanel("url"),
        FieldPanel("kind"),
        FieldPanel("note"),
        FieldPanel("last_checked"),
    ]

    class Meta:
        verbose_name = "出典"
        verbose_name_plural = "出典"
        ordering = ["title"]

    def __str__(self):
        if self.published:
            return f"{self.title}({self.publisher}, {self.published})"
        return f"{self.title}({self.publisher})"

    @property
    def revisions(self):
        return self._revisions

    @property
    def link_label(self):
        """How the link is shown: DOIs as doi:…, other URLs as they are."""
        prefix = "https://doi.org/"
        if self.url.startswith(prefix):
            return f"doi:{self.url[len(prefix) :]}"
        return self.url

    def get_preview_template(self, request, mode_name):
        return "learn/previews/source.html"


class GlossaryTerm(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """A hard word with its reading and a plain definition, linked to the page that explains it."""

    term = models.CharField("用語", max_length=80, unique=True)
    reading = models.CharField("よみがな", max_length=120, help_text="ひらがなで書きます。")
    definition = models.TextField("やさしい説明", help_text="1〜3文の、短い文で書きます。")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="くわしく説明しているページ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossary_term")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="glossary_term",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("reading"),
        FieldPanel("definition"),
        FieldPanel("page"),
    ]

    class Meta:
        verbose_name = "用語"
        verbose_name_plural = "用語"
        ordering = ["reading"]

    def __str__(self):
        return self.term

    @property
    def revisions(self):
        return self._revisions

    @property
    def kana_row(self):
        return kana.row_of(self.reading)

    def get_preview_template(self, request, mode_name):
        return "learn/previews/glossary_term.html"


def live_terms_in_kana_order():
    loaded = loaded_rows(GlossaryTerm)  # the page's terms, when it renders (learn.prefetch)
    if loaded is None:
        terms = GlossaryTerm.objects.filter(live=True).select_related("page")
    else:
        terms = [term for term in loaded.values() if term.live]
    return sorted(terms, key=lambda term: kana.sort_key(term.reading))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField("サイト名", max_length=80, default="エクソソーム・ファクト")
    disclaimer = models.TextField(
        "注意書き(全ページの下に表示)",
        default="このサイトは医療のアドバイスではありません。"
        "からだのことは、ふだん診てもらっている医師に相談してください。",
    )
    help_contacts = StreamField(HelpContactListBlock(), blank=True, verbose_name="相談先")

    panels = [FieldPanel("site_name"), FieldPanel("disclaimer"), FieldPanel("help_contacts")]

    class Meta:
        verbose_name = "サイトの設定"
        verbose_name_plural = "サイトの設定"


class HomePage(Page):
    lead = models.TextField("リード文", blank=True)
    learn_intro = models.TextField("「学ぶ」の説明", blank=True)
    check_intro = models.TextField("「チェックする」の説明", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("learn_intro"),
        FieldPanel("check_intro"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "learn/home_page.html"

    class Meta:
        verbose_name = "トップページ"
        verbose_name_plural = "トップページ"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public()
        return context


class SectionPage(Page):
    """A section index (学ぶ, チェックポイント) listing its child pages."""

    lead = models.TextField("リード文", blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    parent_page_types = ["learn.HomePage"]
    template = "learn/section_page.html"

    class Meta:
        verbose_name = "セクション(目次)ページ"
        verbose_name_plural = "セクション(目次)ページ"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class ArticlePage(Page):
    """An explainer page: lead, body, the three-part claims ledger, sources and review dates.

    Subclasses (the checker's CriterionPage) reuse the template learn/article_page.html and add
    their own parts through its {% block article_extra %}.
    """

    lead = models.TextField("リード文", help_text="1〜2文で、このページで何がわかるかを書きます。")
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name="本文")
    known_claims = StreamField(ClaimListBlock(), blank=True, verbose_name="わかっていること")
    unknown_claims = StreamField(
        ClaimListBlock(), blank=True, verbose_name="まだわかっていないこと"
    )
    open_problems = StreamField(ClaimListBlock(), blank=True, verbose_name="これから解決すべき課題")
    author = models.CharField("作成", max_length=120, default="エクソソーム・ファクト編集部")
    medical_reviewer = models.CharField(
        "医療監修",
        max_length=120,
        blank=True,
        help_text="空のときは「医療の専門家による監修は、まだ受けていません」と表示します。",
    )
    last_reviewed = models.DateField("最終確認日")
    next_review_due = models.DateField(
        "次の見直し予定日",
        help_text="この日を過ぎると、管理画面の「見直しが必要なページ」に出ます。",
    )
    changelog = StreamField(ChangeLogBlock(), blank=True, verbose_name="更新履歴")

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("known_claims"),
                FieldPanel("unknown_claims"),
                FieldPanel("open_problems"),
            ],
            heading="わかっていること・まだわかっていないこと・課題",
        ),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("medical_reviewer"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
                FieldPanel("changelog"),
            ],
            heading="作成・監修と見直し",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("known_claims"),
        index.SearchField("unknown_claims"),
        index.SearchField("open_problems"),
    ]
    subpage_types = []
    template = "learn/article_page.html"

    class Meta:
        verbose_name = "解説ページ"
        verbose_name_plural = "解説ページ"

    def cited_sources(self):
        """Sources in order of first citation: body first, then the ledger."""
        return collect_sources(
            [self.body, self.known_claims, self.unknown_claims, self.open_problems]
        )

    @property
    def review_overdue(self):
        return bool(self.next_review_due and self.next_review_due < today())

    @cached_property
    def ledger_parts(self):
        """The three labelled parts of the claims ledger, in reading order."""
        return [
            ("known", "わかっていること", self.known_claims),
            ("unknown", "まだわかっていないこと", self.unknown_claims),
            ("problems", "これから解決すべき課題", self.open_problems),
        ]

    @property
    def changelog_entries(self):
        """Change-log entries, newest first."""
        entries = [block.value for block in self.changelog or []]
        return sorted(
            entries, key=lambda entry: entry.get("date") or datetime.date.min, reverse=True
        )

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors, without a query when the
        site has none (the usual case), and without re-reading the ancestors breadcrumbs use.
        The lookups are kept by the serving layer until the next publish or restriction change."""
        if not shared("any_view_restriction", PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        page_ids = set()
        for page in [*shared_ancestors(self), self]:
            page_ids.add(page.alias_of_id or page.pk)
        return PageViewRestriction.objects.filter(page_id__in=page_ids)

    def serve(self, request, *args, **kwargs):
        # Render inside the scope: sources and glossary terms load in one query each.
        with snippets_in_one_query():
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sources = self.cited_sources()
        context["cited_sources"] = sources
        context["citation_numbers"] = {source.pk: n for n, source in enumerate(sources, 1)}
        terms = loaded_rows(GlossaryTerm)
        if terms is None:
            terms = GlossaryTerm.objects.select_related("page")
        else:
            terms = terms.values()
        context["page_glossary"] = PageGlossary(
            [term for term in terms if term.live], current_page=self
        )
        context["glossary_page"] = shared(
            "glossary_page", lambda: public_in_one_query(GlossaryPage.objects.live()).first()
        )
        return context


def public_in_one_query(pages):
    """Like Wagtail's .public() (no page under a view restriction), without first loading every
    restriction: one query instead of two."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted))


class GlossaryPage(ArticlePage):
    """The glossary: an article (intro, sources, review dates) plus every published GlossaryTerm
    in あいうえお order, grouped by 行."""

    parent_page_types = ["learn.HomePage"]
    max_count = 1
    template = "learn/glossary_page.html"

    class Meta:
        verbose_name = "用語集ページ"
        verbose_name_plural = "用語集ページ"

    def term_groups(self):
        groups = {}
        for term in live_terms_in_kana_order():
            groups.setdefault(term.kana_row, []).append(term)
        return [(row, groups[row]) for row in kana.row_order() if row in groups]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The glossary itself defines every word: no in-page links to a second list.
        context["page_glossary"] = PageGlossary([], current_page=self)
        context["term_groups"] = self.term_groups()
        return context


def review_due_pages(on=None):
    """Article pages (including subclasses) whose next review date has passed, oldest first."""
    on = on or today()
    return (
        ArticlePage.objects.filter(next_review_due__lt=on)
        .order_by("next_review_due", "title")
        .select_related("content_type")
    )
