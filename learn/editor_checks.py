"""Checks an editor and a reviewer see while working on an article (ArticlePage and its
subclasses): the Japanese text checks of learn.text_quality over the page's plain text, the
Sources and GlossaryTerms the page cites with their publication state, and the rules that stop
approval and publishing:

- a cited Source or GlossaryTerm that is not published (the public page would show it);
- a banned or absolute phrase (安全です, 本物 …, the list in learn.text_quality);
- a claim of the ledger without a source.

Everything else (long sentences, nested parentheses, readability) is a warning. The functions
take a page object (saved or built from an unsaved form) or, for form validation, a mapping of
field name to value.
"""

import re
from dataclasses import dataclass, field
from html import unescape as unescape_entities

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.rich_text import RichText
from wagtail.snippets.blocks import SnippetChooserBlock

from . import text_quality

try:
    from .ruby import strip_ruby
except ImportError:  # pragma: no cover - learn.ruby is added by the readings (ruby) work
    _RUBY = re.compile(r"\{([^{}|]+)\|[^{}]*\}")

    def strip_ruby(text):
        return _RUBY.sub(r"\1", text)


TEXT_FIELDS = ["title", "lead"]
STREAM_FIELDS = ["key_points", "body", "known_claims", "unknown_claims", "open_problems"]
LEDGER_FIELDS = {
    "key_points": "この記事のポイント",
    "known_claims": "わかっていること",
    "unknown_claims": "まだわかっていないこと",
    "open_problems": "これから解決すべき課題",
}

STATE_LIVE = "公開中"
STATE_CHANGED = "変更あり"
STATE_DRAFT = "未公開"


def plain(text):
    """Rich text or plain text → plain text without tags, entities or readings."""
    if isinstance(text, RichText):
        text = text.source
    text = str(text or "")
    if "<" in text:
        text = re.sub(r"</(p|li|h\d|div)>|<br\s*/?>", "\n", text)
        text = unescape_entities(strip_tags(text))
    return strip_ruby(text).strip()


def _walk(block, value, texts, snippets):
    """Collect the text pieces and chosen snippets of one block value."""
    if value is None:
        return
    if isinstance(block, SnippetChooserBlock):
        snippets.append(value)
    elif isinstance(block, blocks.BaseStreamBlock):
        for child in value:
            _walk(child.block, child.value, texts, snippets)
    elif isinstance(block, blocks.ListBlock):
        for child in value:
            _walk(block.child_block, child, texts, snippets)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            _walk(child_block, value.get(name), texts, snippets)
    elif isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock)):
        text = plain(value)
        if text:
            texts.append(text)


def _stream(value):
    """(block, value) pairs of a StreamValue, or nothing."""
    if value is None or not hasattr(value, "stream_block"):
        return None
    return value.stream_block, value


def _fields_of(page_or_fields):
    if isinstance(page_or_fields, dict):
        return page_or_fields
    return {
        name: getattr(page_or_fields, name, None)
        for name in TEXT_FIELDS + STREAM_FIELDS
        if hasattr(page_or_fields, name)
    }


@dataclass
class Citation:
    obj: object
    kind: str  # 出典 / 用語

    @property
    def state(self):
        if not getattr(self.obj, "live", True):
            return STATE_DRAFT
        if getattr(self.obj, "has_unpublished_changes", False):
            return STATE_CHANGED
        return STATE_LIVE

    @property
    def published(self):
        return self.state != STATE_DRAFT


@dataclass
class PageContent:
    texts: list = field(default_factory=list)
    citations: list = field(default_factory=list)
    claims_without_source: list = field(default_factory=list)

    @property
    def text(self):
        return "\n".join(self.texts)


def page_content(page_or_fields):
    """The page's plain text (one piece per field or text block), its citations in order of
    first appearance, and the ledger claims that cite nothing."""
    from .models import GlossaryTerm, Source

    fields = _fields_of(page_or_fields)
    content = PageContent()
    snippets = []
    for name in TEXT_FIELDS:
        text = plain(fields.get(name))
        if text:
            content.texts.append(text)
    for name in STREAM_FIELDS:
        stream = _stream(fields.get(name))
        if stream is None:
            continue
        _walk(*stream, content.texts, snippets)
        if name in LEDGER_FIELDS:
            for child in stream[1]:
                value = child.value
                if hasattr(value, "get") and not [s for s in value.get("sources") or [] if s]:
                    text = plain(value.get("text"))
                    content.claims_without_source.append((LEDGER_FIELDS[name], text))
    seen = set()
    for obj in snippets:
        if not isinstance(obj, (Source, GlossaryTerm)):
            continue
        key = (type(obj), obj.pk)
        if key in seen:
            continue
        seen.add(key)
        content.citations.append(Citation(obj, "出典" if isinstance(obj, Source) else "用語"))
    return content


def unpublished_citations(content):
    return [c for c in content.citations if not c.published]


def blocking_problems(page_or_fields, content=None):
    """What stops approval and publishing, as Japanese sentences (empty: nothing stops it)."""
    content = content or page_content(page_or_fields)
    problems = []
    unpublished = unpublished_citations(content)
    if unpublished:
        names = "、".join(f"「{c.obj}」" for c in unpublished)
        problems.append(
            f"まだ公開されていない出典・用語を引用しています:{names}。"
            "先にその出典・用語を確認して公開するか、引用を外してください。"
        )
    banned = text_quality.banned_phrases(content.text)
    if banned:
        names = "、".join(f"「{phrase}」" for phrase in dict.fromkeys(banned))
        problems.append(
            f"使わないことばが入っています:{names}。"
            "製品やクリニックについて言い切る表現は、書きかえてください。"
        )
    if content.claims_without_source:
        parts = dict.fromkeys(part for part, _text in content.claims_without_source)
        for part in parts:
            problems.append(f"{part}には、出典を1つ以上選んでください。")
    return problems


def text_report(content):
    """The Japanese text checks shown in the editor's checks panel."""
    text = content.text
    sentences = [s for piece in content.texts for s in text_quality.split_sentences(piece)]
    longest = max(sentences, key=len, default="")
    score, band = text_quality.readability(text) if text.strip() else (None, "")
    return {
        "chars": text_quality.char_count(text),
        "minutes": text_quality.reading_minutes(text),
        "readability_score": score,
        "readability_band": band,
        "longest": longest,
        "longest_length": len(longest),
        "long_sentences": [s for s in sentences if len(s) > 90],
        "nested": [s for piece in content.texts for s in text_quality.nested_parentheses(piece)],
        "banned": list(dict.fromkeys(text_quality.banned_phrases(text))),
        "claims_without_source": content.claims_without_source,
        "citations": content.citations,
    }


def object_report(obj):
    """The checks panel for any edited object: an article gets the full report; a source, a
    term or another object gets the text checks of its text fields."""
    from .models import ArticlePage

    if isinstance(obj, ArticlePage):
        content = page_content(obj)
        report = text_report(content)
        report["problems"] = blocking_problems(obj, content)
        report["is_article"] = True
        return report
    content = PageContent()
    for model_field in obj._meta.get_fields():
        if getattr(model_field, "get_internal_type", None) and model_field.get_internal_type() in (
            "CharField",
            "TextField",
        ):
            if model_field.choices or model_field.name in (
                "key",
                "url",
                "slug",
                "url_path",
                "path",
            ):
                continue
            text = plain(getattr(obj, model_field.name, ""))
            if text:
                content.texts.append(text)
    report = text_report(content)
    report["problems"] = []
    report["is_article"] = False
    return report
