"""StreamField blocks for explainer pages. Every block that states facts carries its Sources.

Each block has an icon, a template, a description and a preview value for the editor's block
picker. Preview values are marked (例) and state no facts: they only show the shape of a block.
"""

import hashlib
from contextvars import ContextVar
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.list_block import ListBlockAdapter
from wagtail.rich_text import RichText, expand_db_html

from .prefetch import PrefetchingSnippetChooserBlock as SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
PREVIEW_TEMPLATE = "learn/blocks/preview.html"


# The part of the page being validated (わかっていること …), set by the page form around each
# ledger field, so a claim without a source names the part it is in.
ledger_part = ContextVar("ledger_part", default="この項目")


class SourcesBlock(blocks.ListBlock):
    """A list of chosen Sources. It starts empty, and rows left without a source are dropped.

    With min_num=1 (claims) the label carries the required mark and a list without a source
    says what to do: 「わかっていることには、出典を1つ以上選んでください。」 (the page's
    ledger parts use ClaimBlock; the message names the part it is in when the page form knows
    it, see ledger_part). Like Wagtail's own minimum, it is deferred when a draft is saved.
    """

    required_message = "{part}には、出典を1つ以上選んでください。"

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "出典")
        kwargs.setdefault(
            "help_text", "この内容の根拠になる出典。事実を書くときは必ず1つ以上選びます。"
        )
        # Start with no row: an empty required chooser row made Wagtail say 「この項目は必須です」.
        # (Block records its constructor arguments before __init__, so stored block
        # definitions in migrations do not change.)
        kwargs.setdefault("default", [])
        self.sources_required = bool(kwargs.get("min_num"))
        kwargs.pop("min_num", None)
        super().__init__(SnippetChooserBlock("learn.Source", required=False), **kwargs)

    def clean(self, value):
        value = self.normalize(value)
        chosen = blocks.list_block.ListValue(
            self, bound_blocks=[child for child in value.bound_blocks if child.value]
        )
        cleaned = super().clean(chosen)
        if self.sources_required and not self.is_deferred_validation and not len(cleaned):
            raise blocks.list_block.ListBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(self.required_message.format(part=ledger_part.get()))]
                )
            )
        return cleaned


class SourcesBlockAdapter(ListBlockAdapter):
    """Wagtail's ListBlock adapter, plus the required mark on the label of a required list."""

    def js_args(self, block):
        name, child, child_state, meta = super().js_args(block)
        if block.sources_required:
            meta["required"] = True
        return [name, child, child_state, meta]


register(SourcesBlockAdapter(), SourcesBlock)


def rich_text_html(value):
    """What `{{ value|richtext }}` renders for a RichTextBlock's value, without a template render
    per paragraph: Wagtail's wagtailcore/shared/richtext.html is `{{ html|safe }}`."""
    if isinstance(value, RichText):
        return mark_safe(expand_db_html(value.source))  # noqa: S308 - as Wagtail's template does
    from wagtail.templatetags.wagtailcore_tags import richtext

    return richtext(value)


class RenderedInPython:
    """For the blocks every article repeats most (paragraphs, headings, claims): inside a page
    render, build the same HTML as the block's template in Python, without Wagtail's copy of the
    page context and a template render per block (a fifth of an article's template time).
    `html(value, context)` must give exactly what Meta.template gives: tests/unit/test_blocks
    compares both for every block of the initial content. Without a context (previews, admin,
    `block.render(value)`) the template is used."""

    def render(self, value, context=None):
        if context is None or self.get_template(value, context=context) != self.meta.template:
            return super().render(value, context=context)
        return mark_safe(self.html(value, context))  # noqa: S308 - built from escaped parts


class ParagraphBlock(RenderedInPython, blocks.StructBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label="本文")
    sources = SourcesBlock(required=False)

    def html(self, value, context):
        from .templatetags.learn_tags import cited_html

        text = conditional_escape(
            cited_html(context, rich_text_html(value["text"]), value["sources"])
        )
        return f'<div class="block-paragraph">{text}</div>\n'

    class Meta:
        icon = "pilcrow"
        label = "段落"
        template = "learn/blocks/paragraph.html"
        preview_template = PREVIEW_TEMPLATE
        description = "短い文の段落。事実を書いたら、出典を選びます。"
        preview_value = {
            "text": "<p>(例)ここに、短い文を書きます。一つの文には、一つのことだけを書きます。</p>",
            "sources": [],
        }


class HeadingBlock(RenderedInPython, blocks.StructBlock):
    text = blocks.CharBlock(label="見出し", max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "大見出し(h2)"), ("h3", "小見出し(h3)")], default="h2", label="レベル"
    )

    def html(self, value, context):
        from .templatetags.learn_tags import ruby

        tag = "h3" if value["level"] == "h3" else "h2"
        return f'<{tag} class="block-heading">{conditional_escape(ruby(value["text"]))}</{tag}>\n'

    class Meta:
        icon = "title"
        label = "見出し"
        template = "learn/blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        description = "ページの中の見出し(h2 または h3)。"
        preview_value = {"text": "(例)このページでわかること", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", "注意"), ("point", "ポイント")], default="point", label="種類"
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label="本文")
    sources = SourcesBlock(required=False)

    class Meta:
        icon = "warning"
        label = "囲み(注意・ポイント)"
        template = "learn/blocks/callout.html"
        preview_template = PREVIEW_TEMPLATE
        description = "読む人に特に伝えたいことを、枠で囲んで目立たせます。"
        preview_value = {
            "kind": "point",
            "text": "<p>(例)わからないことは、クリニックに聞いてみましょう。</p>",
            "sources": [],
        }


class TimelineEventBlock(blocks.StructBlock):
    year = blocks.CharBlock(label="年", max_length=20, help_text="例:1983")
    text = blocks.TextBlock(label="できごと")
    source = SnippetChooserBlock("learn.Source", label="出典")


class TimelineBlock(blocks.StructBlock):
    events = blocks.ListBlock(TimelineEventBlock(), label="できごと")

    class Meta:
        icon = "date"
        label = "年表"
        template = "learn/blocks/timeline.html"
        preview_template = PREVIEW_TEMPLATE
        description = "年とできごとを、古い順にならべます。1行ずつ出典をつけます。"
        preview_value = {
            "events": [
                {"year": "2000", "text": "(例)一つめのできごと。", "source": None},
                {"year": "2010", "text": "(例)二つめのできごと。", "source": None},
            ]
        }


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="質問", max_length=200)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label="答え")
    sources = SourcesBlock(required=False)


class FaqBlock(blocks.StructBlock):
    items = blocks.ListBlock(FaqItemBlock(), label="質問と答え")

    class Meta:
        icon = "help"
        label = "よくある質問"
        template = "learn/blocks/faq.html"
        preview_template = PREVIEW_TEMPLATE
        description = "質問を押すと答えが開きます(JavaScript なしで動きます)。"
        preview_value = {
            "items": [
                {
                    "question": "(例)ここに質問を書きます。",
                    "answer": "<p>(例)ここに答えを書きます。</p>",
                    "sources": [],
                }
            ]
        }


class BarBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="項目", max_length=60)
    value = blocks.DecimalBlock(label="数", min_value=0, decimal_places=2)


def format_number(value):
    """1234 → 「1,234」, 12.50 → 「12.5」: no trailing zeros, thousands separated."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def text_width(text, font_size):
    """Rough rendered width of text in SVG user units: CJK glyphs are square, Latin narrower."""
    return sum(font_size if ord(char) > 0x2E7F else font_size * 0.6 for char in text)


def svg_number(value):
    """A coordinate as text: one decimal at most, never localised (no 1,234 or 1.234,5)."""
    text = f"{float(value):.1f}"
    return text[:-2] if text.endswith(".0") else text


def wrap_label(text, font_size, width):
    """Split a label into lines that fit the chart width (labels are never truncated)."""
    lines, line = [], ""
    for char in text:
        if line and text_width(line + char, font_size) > width:
            lines.append(line)
            line = ""
        line += char
    if line:
        lines.append(line)
    return lines or [""]


class FigureBlock(blocks.StructBlock):
    """A horizontal bar chart drawn on the server as SVG, plus the same numbers as a table."""

    title = blocks.CharBlock(label="図の題", max_length=120)
    unit = blocks.CharBlock(label="単位", max_length=20, help_text="例:施設、件")
    bars = blocks.ListBlock(BarBlock(), min_num=1, label="数値")
    caption = blocks.TextBlock(label="説明", required=False)
    source = SnippetChooserBlock("learn.Source", label="出典")

    CHART_WIDTH = 400
    FONT_SIZE = 15
    BAR_HEIGHT = 20
    LINE_HEIGHT = 20
    ROW_GAP = 14

    class Meta:
        icon = "table"
        label = "図と表(棒グラフ)"
        template = "learn/blocks/figure.html"
        preview_template = PREVIEW_TEMPLATE
        description = "入力した数から棒グラフを作り、同じ数の表と出典もいっしょに表示します。"
        preview_value = {
            "title": "(例)図の題",
            "unit": "件",
            "bars": [{"label": "(例)項目A", "value": "30"}, {"label": "(例)項目B", "value": "12"}],
            "caption": "(例)図の説明。",
            "source": None,
        }

    def chart(self, value):
        """Geometry for the SVG: one row per bar (label line(s), then the bar and its number)."""
        bars = list(value.get("bars") or [])
        unit = value.get("unit") or ""
        values = [Decimal(bar.get("value") or 0) for bar in bars]
        numbers = [f"{format_number(v)}{unit}" for v in values]
        reserve = max((text_width(n, self.FONT_SIZE) for n in numbers), default=0) + 8
        bar_space = max(self.CHART_WIDTH - reserve, self.CHART_WIDTH / 2)
        largest = max(values, default=Decimal(0))
        rows, y = [], 0
        for bar, number, amount in zip(bars, numbers, values, strict=True):
            lines = wrap_label(bar.get("label") or "", self.FONT_SIZE, self.CHART_WIDTH)
            label_lines = []
            for line in lines:
                y += self.LINE_HEIGHT
                label_lines.append({"text": line, "y": svg_number(y - 5)})
            length = float(amount / largest) * bar_space if largest else 0
            if amount and length < 2:
                length = 2  # a non-zero value stays visible
            bar_y = y + 4
            rows.append(
                {
                    "lines": label_lines,
                    "bar_y": svg_number(bar_y),
                    "bar_width": svg_number(length),
                    "number": number,
                    "number_x": svg_number(length + 6),
                    "number_y": svg_number(bar_y + self.BAR_HEIGHT - 5),
                }
            )
            y = bar_y + self.BAR_HEIGHT + self.ROW_GAP
        return {
            "width": self.CHART_WIDTH,
            "height": svg_number(max(y - self.ROW_GAP + 4, 1)),
            "bar_height": self.BAR_HEIGHT,
            "font_size": self.FONT_SIZE,
            "rows": rows,
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        digest = hashlib.sha1(  # noqa: S324 - an HTML id, not security
            repr((value.get("title"), [dict(b) for b in value.get("bars") or []])).encode()
        ).hexdigest()[:8]
        context["figure_id"] = f"figure-{digest}"
        context["chart"] = self.chart(value)
        context["rows"] = [
            {"label": bar.get("label"), "number": format_number(bar.get("value") or 0)}
            for bar in value.get("bars") or []
        ]
        return context


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock("learn.GlossaryTerm", label="用語")

    class Meta:
        icon = "openquote"
        label = "用語の説明"
        template = "learn/blocks/glossary_term.html"
        preview_template = PREVIEW_TEMPLATE
        description = "用語集のことばと、その説明を、ページの中に表示します。"

    def get_preview_value(self):
        """Show a real published term in the block picker (there is no made-up example)."""
        from .models import GlossaryTerm

        return self.normalize({"term": GlossaryTerm.objects.filter(live=True).first()})


class UnwellBoxBlock(blocks.StaticBlock):
    """The 「体調が悪くなったら」 box: the same contacts (with their sources) on every page."""

    class Meta:
        icon = "warning"
        label = "体調が悪くなったら(相談先の囲み)"
        template = "components/if_unwell.html"
        preview_template = PREVIEW_TEMPLATE
        admin_text = "119、#7119、クリニック、医療安全支援センター、188 の囲みを表示します。"
        description = "体調が悪くなったときの相談先を、決まった形で表示します。"


class OperatorBoxBlock(blocks.StaticBlock):
    """「このサイトを運営している人」: operator, contact, funding, conflicts of interest and
    medical review, from the site settings (empty settings read 「まだ決まっていません」)."""

    class Meta:
        icon = "user"
        label = "このサイトを運営している人"
        template = "learn/blocks/operator_box.html"
        preview_template = PREVIEW_TEMPLATE
        admin_text = "運営者、連絡先、運営のお金、利益相反、監修を、サイトの設定から表示します。"
        description = "サイトの設定に書いた、運営者についての情報を表示します。"


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    timeline = TimelineBlock()
    faq = FaqBlock()
    figure = FigureBlock()
    glossary_term = GlossaryTermBlock()
    unwell_box = UnwellBoxBlock()
    operator_box = OperatorBoxBlock()


class ClaimBlock(RenderedInPython, blocks.StructBlock):
    text = blocks.TextBlock(label="文", help_text="短い、わかりやすい一文で書きます。")
    sources = SourcesBlock(min_num=1)

    def html(self, value, context):
        from .templatetags.learn_tags import cite, glossary_text

        text = conditional_escape(glossary_text(context, value["text"]))
        marks = conditional_escape(cite(context, value["sources"]))
        return f'<li class="ledger__item">{text}{marks}</li>\n'

    class Meta:
        icon = "list-ul"
        label = "項目"
        template = "learn/blocks/claim.html"
        description = "一つの項目。かならず出典を1つ以上選びます。"


class ClaimListBlock(blocks.StreamBlock):
    claim = ClaimBlock()


class ChangeLogEntryBlock(blocks.StructBlock):
    date = blocks.DateBlock(label="日付")
    text = blocks.CharBlock(label="変えたこと", max_length=200)

    class Meta:
        icon = "history"
        label = "更新履歴"
        description = "いつ、何を変えたかを、読む人向けに短く書きます。"


class ChangeLogBlock(blocks.StreamBlock):
    entry = ChangeLogEntryBlock()


class HelpContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="相談先の名前", max_length=80)
    description = blocks.TextBlock(label="どんなときに相談するか")
    phone = blocks.CharBlock(label="電話番号", required=False, max_length=40)
    url = blocks.URLBlock(label="ウェブサイト", required=False)

    class Meta:
        icon = "user"
        label = "相談先"


class HelpContactListBlock(blocks.StreamBlock):
    contact = HelpContactBlock()
