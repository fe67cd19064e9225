"""Explainer content: pages (home, sections, articles, glossary), the Source and GlossaryTerm
snippets, and the site-wide settings (disclaimer, help contacts).

Fields, panels and content rules only: how pages are served quickly lives in learn/serving.py."""

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import RegexValidator
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    GroupApprovalTask,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)
from wagtail.search import index

from . import kana, ruby
from .blocks import ArticleBodyBlock, ChangeLogBlock, ClaimListBlock, HelpContactListBlock
from .citations import collect_sources
from .forms import ArticlePageForm
from .glossary import PageGlossary
from .menus import MenuEntryMixin, glossary_page
from .prefetch import PrefetchingSnippetChooserBlock as SnippetChooserBlock
from .prefetch import loaded_rows
from .serving import RenderInOneQueryScope, SharedViewRestrictions
from .slugs import ascii_slug

PARTIAL_DATE = RegexValidator(
    r"^\d{4}(-\d{2}(-\d{2})?)?$", "YYYY、YYYY-MM、YYYY-MM-DD のどれかで書いてください。"
)


def today():
    return timezone.localdate()


def in_twelve_months():
    """The default next review date: a year from today (29 February becomes 28 February)."""
    now = today()
    try:
        return now.replace(year=now.year + 1)
    except ValueError:
        return now.replace(year=now.year + 1, day=28)


class CitedByPages:
    """Where a Source or GlossaryTerm is used: the pages citing it (Wagtail's reference index),
    for the inspect view and the approval dialog."""

    def used_on_pages(self):
        from .admin_views import citing_pages

        return citing_pages(self)

    used_on_pages.short_description = "使われているページ"

    def get_used_on_pages_display(self):
        pages = self.used_on_pages()
        return (
            "、".join(page.title for page in pages) if pages else "まだ、どのページも使っていません"
        )


class Source(
    CitedByPages,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """A document a claim rests on: a guideline, paper, regulator notice or news report."""

    class Kind(models.TextChoices):
        """Who speaks, as readers weigh it. The reference list shows the label."""

        REGULATOR = "regulator", "国の資料"
        SOCIETY = "society", "学会"
        PAPER = "paper", "論文"
        NEWS = "news", "報道"
        COMPANY = "company", "企業"
        # Kept so older data stays valid; new sources use one of the five above.
        GUIDELINE = "guideline", "指針"
        OTHER = "other", "その他"

    key = models.SlugField(
        "識別名",
        max_length=80,
        unique=True,
        help_text="半角英数字とハイフン。初期データが出典を見分けるのに使います。",
    )
    title = models.CharField("題名", max_length=400)
    descriptive_title = models.BooleanField(
        "題名は内容の説明",
        default=False,
        help_text="本当の題名がわからず、編集部が内容を説明する言葉を書いたときに選びます。"
        "出典の一覧で「」をつけずに表示し、本当の題名のように見せません。",
    )
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
    note = models.TextField(
        "編集メモ(公開されません)",
        blank=True,
        help_text="編集者と監修者のためのメモです。ページには表示されません。"
        "例:どの部分を読んだか、報道の要約で読んだか。読む人に必要なことは、ページの文に書きます。",
    )
    last_checked = models.DateField(
        "最終確認日",
        null=True,
        blank=True,
        help_text="この出典を開いて、ページの文と照らし合わせた日です。"
        "確かめていないときは空にします(出典の一覧には何も表示しません)。",
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
        FieldPanel("descriptive_title"),
        FieldPanel("key"),
        FieldPanel("publisher"),
        FieldPanel("published"),
        FieldPanel("url"),
        FieldPanel("kind"),
        FieldPanel("note"),
        FieldPanel("last_checked"),
    ]

    # The chooser searches these through the Japanese search backend (learn.choosers).
    search_fields = [
        index.SearchField("title"),
        index.SearchField("publisher"),
        index.SearchField("note"),
        index.AutocompleteField("title"),
        index.AutocompleteField("publisher"),
        index.FilterField("kind"),
        index.FilterField("live"),
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
    CitedByPages,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """A hard word with its reading and a plain definition, linked to the page that explains it."""

    term = models.CharField("用語", max_length=80, unique=True)
    reading = models.CharField("よみがな", max_length=120, help_text="ひらがなで書きます。")
    definition = models.TextField("やさしい説明", help_text="1〜3文の、短い文で書きます。")
    sources = StreamField(
        [("source", SnippetChooserBlock("learn.Source", label="出典"))],
        blank=True,
        verbose_name="出典",
        help_text="説明の根拠になる出典。事実を書くときは必ず1つ以上選びます。",
    )
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
        FieldPanel("sources"),
        FieldPanel("page"),
    ]

    search_fields = [
        index.SearchField("term"),
        index.SearchField("reading"),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
        index.AutocompleteField("reading"),
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

    @property
    def source_list(self):
        """The cited Sources themselves, for citation marks."""
        return [block.value for block in self.sources or [] if block.value is not None]

    def get_preview_template(self, request, mode_name):
        return "learn/previews/glossary_term.html"


READING_HIRAGANA = RegexValidator(
    r"^[\u3041-\u3096ー]+$", "読みは、ひらがなだけで書いてください(例:じょうせい)。"
)


def word_with_kanji(value):
    from django.core.exceptions import ValidationError

    if not ruby.has_kanji(value or ""):
        raise ValidationError(
            "漢字をふくむ語を書いてください。ひらがなとカタカナにはふりがなはつきません。"
        )


class ReadingCorrection(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    """読み方: an editor's correction of a reading the automatic ふりがな gets wrong. Once
    published, the word gets this reading on every page (it wins over the dictionary and over a
    glossary term's reading)."""

    word = models.CharField(
        "語",
        max_length=40,
        unique=True,
        validators=[word_with_kanji],
        help_text="ふりがなをなおしたい語を、ページに書いてあるとおりに書きます。例:上清",
    )
    reading = models.CharField(
        "読み",
        max_length=80,
        validators=[READING_HIRAGANA],
        help_text="語全体の読みを、ひらがなで書きます。例:じょうせい",
    )
    note = models.TextField(
        "メモ(公開されません)",
        blank=True,
        help_text="なぜなおしたか、どのページで気づいたか。ページには表示されません。",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="reading_correction")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="reading_correction",
        for_concrete_model=False,
    )

    panels = [FieldPanel("word"), FieldPanel("reading"), FieldPanel("note")]

    class Meta:
        verbose_name = "読み方"
        verbose_name_plural = "読み方"
        ordering = ["word"]

    def __str__(self):
        return f"{self.word}({self.reading})"

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "learn/previews/reading_correction.html"

    def get_preview_context(self, request, mode_name):
        from .furigana import word_html

        context = super().get_preview_context(request, mode_name)
        if self.word and self.reading:
            context["word_html"] = word_html(self.word, self.reading)
        return context


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
    # Who runs the site. Shown on the about page and in the footer; an empty field is shown as
    # 「まだ決まっていません」, so readers see what is not yet settled.
    operator_name = models.CharField(
        "運営者", max_length=200, blank=True, help_text="このサイトを運営する人や団体の名前。"
    )
    operator_contact = models.TextField(
        "運営者の連絡先",
        blank=True,
        help_text="読む人が連絡できる方法(メールアドレス、問い合わせページの URL など)。",
    )
    funding = models.TextField(
        "運営のお金", blank=True, help_text="このサイトを運営するお金を、だれが出しているか。"
    )
    conflicts_of_interest = models.TextField(
        "利益相反",
        blank=True,
        help_text="運営者や書いた人と、クリニック、製品を売る会社などとのかかわり。"
        "ないときは「ありません」と書きます。",
    )
    medical_review = models.TextField(
        "医療の専門家による監修",
        blank=True,
        help_text="だれが、どのように内容を確かめているか。"
        "空のときは「医療の専門家による監修は、まだ受けていません。」と表示します。",
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("disclaimer"),
        FieldPanel("help_contacts"),
        MultiFieldPanel(
            [
                FieldPanel("operator_name"),
                FieldPanel("operator_contact"),
                FieldPanel("funding"),
                FieldPanel("conflicts_of_interest"),
                FieldPanel("medical_review"),
            ],
            heading="このサイトを運営している人",
        ),
    ]

    class Meta:
        verbose_name = "サイトの設定"
        verbose_name_plural = "サイトの設定"


class HomePage(RenderInOneQueryScope, Page):
    lead = models.TextField("リード文", blank=True)
    key_facts = StreamField(
        ClaimListBlock(),
        blank=True,
        verbose_name="まず知ってほしいこと",
        help_text="トップページのいちばん上の囲みに出ます。3〜4項目、短い文で、出典をつけます。",
    )
    learn_intro = models.TextField("「学ぶ」の説明", blank=True)
    check_intro = models.TextField("「チェックする」の説明", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("key_facts"),
        FieldPanel("learn_intro"),
        FieldPanel("check_intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("key_facts"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "learn/home_page.html"

    class Meta:
        verbose_name = "トップページ"
        verbose_name_plural = "トップページ"

    def cited_sources(self):
        return collect_sources([self.key_facts])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public()
        sources = self.cited_sources()
        context["cited_sources"] = sources
        context["citation_numbers"] = {source.pk: n for n, source in enumerate(sources, 1)}
        return context


class SectionPage(MenuEntryMixin, Page):
    """A section index (学ぶ, チェックポイント) listing its child pages."""

    lead = models.TextField("リード文", blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead")]
    promote_panels = Page.promote_panels + MenuEntryMixin.menu_panels
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


SITE_PATH = RegexValidator(
    r"^/(?!/)[^\s]*$", "サイトの中のアドレスを、/ から書いてください。例:/check/"
)


class MenuLinkPage(MenuEntryMixin, Page):
    """A menu entry for an address on this site that is not a page, such as the checker's start
    page (/check/). Visiting the entry's own URL redirects there."""

    link_url = models.CharField(
        "リンク先", max_length=200, validators=[SITE_PATH], help_text="例:/check/"
    )

    content_panels = Page.content_panels + [FieldPanel("link_url")]
    promote_panels = Page.promote_panels + MenuEntryMixin.menu_panels
    search_fields = []  # not content: search results never list a menu link
    parent_page_types = ["learn.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "メニューのリンク"

    def menu_url(self):
        return self.link_url

    def serve(self, request, *args, **kwargs):
        return redirect(self.link_url)

    def get_sitemap_urls(self, request=None):
        return []  # the address it points to is listed by its own sitemap entry


class ArticlePage(RenderInOneQueryScope, SharedViewRestrictions, MenuEntryMixin, Page):
    """An explainer page: lead, body, the three-part claims ledger, sources and review dates.

    Subclasses (the checker's CriterionPage) reuse the template learn/article_page.html and add
    their own parts through its {% block article_extra %}.
    """

    lead = models.TextField("リード文", help_text="1〜2文で、このページで何がわかるかを書きます。")
    key_points = StreamField(
        ClaimListBlock(),
        blank=True,
        verbose_name="この記事のポイント",
        help_text="本文の前に出ます。ここだけ読めば結論がわかるように、"
        "2〜4項目の短い文で書き、出典をつけます。",
    )
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
    last_reviewed = models.DateField("最終確認日", default=today)
    next_review_due = models.DateField(
        "次の見直し予定日",
        default=in_twelve_months,
        help_text="この日を過ぎると、管理画面の「見直しが必要なページ」に出ます。"
        "ふつうは最終確認日の12か月後です。",
    )
    changelog = StreamField(ChangeLogBlock(), blank=True, verbose_name="更新履歴")

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("key_points"),
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
        index.SearchField("key_points"),
        index.SearchField("body"),
        index.SearchField("known_claims"),
        index.SearchField("unknown_claims"),
        index.SearchField("open_problems"),
    ]
    promote_panels = Page.promote_panels + MenuEntryMixin.menu_panels
    subpage_types = []
    template = "learn/article_page.html"
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = "解説ページ"
        verbose_name_plural = "解説ページ"

    def _set_core_field_defaults(self):
        # Wagtail makes an empty slug from the title with slugify(), which keeps nothing of a
        # Japanese title when WAGTAIL_ALLOW_UNICODE_SLUGS is False: use its romanised reading.
        if (
            not self.slug
            and self.title
            and (self.path or getattr(self, "_cached_parent_obj", None))
        ):
            self.slug = self._get_autogenerated_slug(ascii_slug(self.title))
        super()._set_core_field_defaults()

    def cited_sources(self):
        """Sources in order of first citation: key points, body, then the ledger."""
        return collect_sources(
            [
                self.key_points,
                self.body,
                self.known_claims,
                self.unknown_claims,
                self.open_problems,
            ]
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
        site = Site.find_for_request(request)
        context["glossary_page"] = glossary_page(site) if site is not None else None
        return context


class GlossaryPage(ArticlePage):
    """The glossary: an article (intro, sources, review dates) plus every published GlossaryTerm
    in あいうえお order, grouped by 行."""

    parent_page_types = ["learn.HomePage"]
    max_count = 1
    template = "learn/glossary_page.html"

    class Meta:
        verbose_name = "用語集ページ"
        verbose_name_plural = "用語集ページ"

    def cited_sources(self):
        """The page's own sources, then each listed term's, in the order the page shows them."""
        terms = [term for _row, group in self.term_groups() for term in group]
        return collect_sources(
            [
                self.key_points,
                self.body,
                self.known_claims,
                self.unknown_claims,
                self.open_problems,
                *(term.sources for term in terms),
            ]
        )

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


def version_to_publish(task_state):
    """The object as approving this task would publish it: Wagtail publishes the latest
    revision (a reviewer's own edits included), not the submitted one."""
    revision = task_state.workflow_state.content_object.get_latest_revision()
    if revision is None:
        return task_state.revision.as_object() if task_state.revision_id else None
    return revision.as_object()


class CheckedApprovalTask(GroupApprovalTask):
    """The 監修者's approval task: Wagtail's group approval, except that a page citing an
    unpublished Source or GlossaryTerm, using a banned phrase or stating a claim without a
    source is not approved (learn.editor_checks). The reviewer is sent back to the editor with
    the reasons in Japanese; the page stays in review."""

    class Meta:
        proxy = True
        verbose_name = "監修者による確認(出典と表現の確認つき)"
        verbose_name_plural = "監修者による確認(出典と表現の確認つき)"

    def approval_problems(self, task_state):
        from .editor_checks import blocking_problems

        obj = version_to_publish(task_state)
        if not isinstance(obj, ArticlePage):
            return []
        return blocking_problems(obj)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self.approval_problems(task_state):
            return reverse("learn_approval_refused", args=(task_state.pk,))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_template_for_action(self, action):
        if action == "approve":
            return "learn/admin/approve_modal.html"
        return super().get_template_for_action(action)

    def get_actions(self, obj, user):
        # Approval always opens the dialog that lists what the page cites (or, for a source or
        # a term, the pages the change reaches), so the reviewer sees it before approving.
        return [
            action
            for action in super().get_actions(obj, user)
            if not (action[0] == "approve" and not action[2])
        ]
