"""StreamField blocks for explainer pages. Every block that states facts carries its Sources."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SourcesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", "出典")
        kwargs.setdefault(
            "help_text", "この内容の根拠になる出典。事実を書くときは必ず1つ以上選びます。"
        )
        super().__init__(SnippetChooserBlock("learn.Source"), **kwargs)


class ParagraphBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label="本文")
    sources = SourcesBlock(required=False)

    class Meta:
        icon = "pilcrow"
        label = "段落"
        template = "learn/blocks/paragraph.html"
        description = "短い文の段落。事実には出典をつけます。"
        preview_value = {
            "text": "<p>細胞外小胞は、細胞から出る小さなふくろです。</p>",
            "sources": [],
        }


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="見出し", max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "大見出し(h2)"), ("h3", "小見出し(h3)")], default="h2", label="レベル"
    )

    class Meta:
        icon = "title"
        label = "見出し"
        template = "learn/blocks/heading.html"
        description = "ページの中の見出し(h2 または h3)。"
        preview_value = {"text": "粒子の数だけでは、わからないこと", "level": "h2"}


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
        description = "読む人に特に伝えたいことを、枠で囲んで目立たせます。"
        preview_value = {
            "kind": "point",
            "text": "<p>わからないことは、クリニックに聞いてみましょう。</p>",
            "sources": [],
        }


class TimelineEventBlock(blocks.StructBlock):
    year = blocks.CharBlock(label="年", max_length=20)
    text = blocks.TextBlock(label="できごと")
    source = SnippetChooserBlock("learn.Source", label="出典")


class TimelineBlock(blocks.StructBlock):
    events = blocks.ListBlock(TimelineEventBlock(), label="できごと")

    class Meta:
        icon = "date"
        label = "年表"
        template = "learn/blocks/timeline.html"
        description = "年とできごとを、古い順にならべます。1行ずつ出典をつけます。"


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
        description = "質問を押すと答えが開きます(JavaScript なしで動きます)。"


class BarBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="項目", max_length=60)
    value = blocks.DecimalBlock(label="数", min_value=0, decimal_places=2)


class FigureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="図の題", max_length=120)
    unit = blocks.CharBlock(label="単位", max_length=20, help_text="例:施設、件")
    bars = blocks.ListBlock(BarBlock(), min_num=1, label="数値")
    caption = blocks.TextBlock(label="説明", required=False)
    source = SnippetChooserBlock("learn.Source", label="出典")

    class Meta:
        icon = "table"
        label = "図と表(棒グラフ)"
        template = "learn/blocks/figure.html"
        description = "入力した数から棒グラフを作り、同じ数の表と出典もいっしょに表示します。"


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock("learn.GlossaryTerm", label="用語")

    class Meta:
        icon = "openquote"
        label = "用語の説明"
        template = "learn/blocks/glossary_term.html"
        description = "用語集のことばと、その説明をページの中に表示します。"


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    timeline = TimelineBlock()
    faq = FaqBlock()
    figure = FigureBlock()
    glossary_term = GlossaryTermBlock()


class ClaimBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="文", help_text="短い、わかりやすい一文で書きます。")
    sources = SourcesBlock(min_num=1)

    class Meta:
        icon = "list-ul"
        label = "項目"
        template = "learn/blocks/claim.html"


class ClaimListBlock(blocks.StreamBlock):
    claim = ClaimBlock()


class ChangeLogEntryBlock(blocks.StructBlock):
    date = blocks.DateBlock(label="日付")
    text = blocks.CharBlock(label="変えたこと", max_length=200)

    class Meta:
        icon = "history"
        label = "更新履歴"


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
