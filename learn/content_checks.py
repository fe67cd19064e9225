"""The patient-facing text of a page, as plain text, and the content checks run over it.

Used by the content tests over the initial content data (plain dicts) and over every published
page (StreamField raw data). Readers see text once: HTML tags become line breaks, character
references are decoded and readings ({漢字|かんじ}, <ruby>) are reduced to the word.

What is checked (learn.text_quality does the measuring):
- no nested parentheses;
- no sentence over 90 characters;
- no phrase of an editor's research note;
- jReadability of the page's main prose at least 3.5 (中級前半 or easier).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from . import text_quality
from .ruby import strip_ruby

READABILITY_MIN = 3.5
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|br|div|h[1-6]|dt|dd|tr|td|th)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def plain(markup: str | None) -> str:
    """Text a reader sees: block tags become line breaks, other tags vanish, readings once."""
    text = strip_ruby(str(markup or ""))
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


@dataclass
class PageText:
    """A page's text in two parts: prose (sentences a reader reads through; readability is
    measured on it) and labels (titles, headings, figure labels: checked, not measured)."""

    name: str
    prose: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def prose_text(self) -> str:
        return "\n".join(part for part in self.prose if part.strip())

    @property
    def all_text(self) -> str:
        return "\n".join(part for part in [*self.labels, *self.prose] if part.strip())


# --- the initial content (plain dicts) ------------------------------------------------------


def _body_parts(blocks, text: PageText):
    for block in blocks or []:
        kind = block.get("type")
        if kind in ("paragraph", "callout"):
            text.prose.append(plain(block.get("text")))
        elif kind == "heading":
            text.labels.append(plain(block.get("text")))
        elif kind == "faq":
            for item in block.get("items", []):
                text.prose.append(plain(item.get("question")))
                text.prose.append(plain(item.get("answer")))
        elif kind == "timeline":
            for event in block.get("events", []):
                text.prose.append(plain(event.get("text")))
        elif kind == "figure":
            text.labels.append(plain(block.get("title")))
            text.labels.extend(plain(bar.get("label")) for bar in block.get("bars", []))
            text.prose.append(plain(block.get("caption")))


def data_page_text(entry: dict) -> PageText:
    """The text of one page entry of the initial content (explainer pages or criterion pages)."""
    text = PageText(name=entry.get("slug") or entry.get("key") or "?")
    text.labels.append(plain(entry.get("title")))
    text.prose.append(plain(entry.get("lead")))
    for item in entry.get("points") or []:
        text.prose.append(plain(item.get("text")))
    _body_parts(entry.get("body"), text)
    for ledger in ("known", "not_known", "challenges"):
        for item in entry.get(ledger) or []:
            text.prose.append(plain(item.get("text")))
    results = entry.get("results")
    if isinstance(results, dict):
        text.prose.extend(plain(value) for value in results.values() if isinstance(value, str))
    if isinstance(entry.get("ask"), str):
        text.prose.append(plain(entry["ask"]))
    return text


# --- published pages (StreamField raw data; no snippet is fetched) --------------------------


def _raw_value(item):
    if isinstance(item, dict) and "value" in item:
        return item["value"]
    return item


def _stream_parts(raw, text: PageText, ledger: bool = False):
    for item in raw or []:
        if not isinstance(item, dict):
            continue
        kind, value = item.get("type"), item.get("value")
        if ledger or kind == "claim":
            text.prose.append(plain((value or {}).get("text")))
        elif kind in ("paragraph", "callout"):
            text.prose.append(plain(value.get("text")))
        elif kind == "heading":
            text.labels.append(plain(value.get("text")))
        elif kind == "faq":
            for faq_item in value.get("items", []):
                faq_item = _raw_value(faq_item)
                text.prose.append(plain(faq_item.get("question")))
                text.prose.append(plain(faq_item.get("answer")))
        elif kind == "timeline":
            for event in value.get("events", []):
                text.prose.append(plain(_raw_value(event).get("text")))
        elif kind == "figure":
            text.labels.append(plain(value.get("title")))
            for bar in value.get("bars", []):
                text.labels.append(plain(_raw_value(bar).get("label")))
            text.prose.append(plain(value.get("caption")))


LEDGER_FIELDS = ("key_points", "known_claims", "unknown_claims", "open_problems")
RESULT_FIELD_PREFIX = "result_"


def live_page_text(page) -> PageText:
    """The text of a published ArticlePage (or a subclass such as a criterion page)."""
    parts = (page.url_path or "").strip("/").split("/")[1:]  # without the site root's slug
    text = PageText(name="/" + "/".join(parts) + "/" if parts else page.slug)
    text.labels.append(plain(page.title))
    text.prose.append(plain(getattr(page, "lead", "")))
    for name in LEDGER_FIELDS:
        stream = getattr(page, name, None)
        if stream is not None:
            _stream_parts(list(stream.raw_data), text, ledger=True)
    body = getattr(page, "body", None)
    if body is not None:
        _stream_parts(list(body.raw_data), text)
    for model_field in page._meta.concrete_fields:
        name = model_field.name
        if name.startswith(RESULT_FIELD_PREFIX) or name == "ask_text":
            value = getattr(page, name, "")
            if isinstance(value, str):
                text.prose.append(plain(value))
    return text


# --- the checks -----------------------------------------------------------------------------


def problems(text: PageText, readability_min: float = READABILITY_MIN) -> dict[str, list]:
    """Each failed check of one page, with what failed; empty when the page passes."""
    found: dict[str, list] = {}
    everything = text.all_text
    nested = text_quality.nested_parentheses(everything)
    if nested:
        found["nested_parentheses"] = nested
    long = text_quality.long_sentences(everything)
    if long:
        found["long_sentences"] = long
    notes = text_quality.research_note_phrases(everything)
    if notes:
        found["research_note_phrases"] = notes
    if text.prose_text.strip():
        score, band = text_quality.readability(text.prose_text)
        if score is not None and score < readability_min:
            found["readability"] = [f"{score} {band}"]
    return found
