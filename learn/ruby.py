"""Readings (furigana) in content text, written as markup editors can type.

Editors write ``{幹細胞|かんさいぼう}``. Pages show it as ruby, the reading small above the word:
``<ruby>幹細胞<rt aria-hidden="true">かんさいぼう</rt></ruby>``. Everything that reads text as
text (the search index, snippets, meta descriptions, the content checks) sees only ``幹細胞``.

Why ``aria-hidden`` on ``<rt>``: without it, screen readers and browsers' accessibility trees
expose the reading as well (Chromium gives the ruby an annotation, Playwright's snapshot reads
「幹細胞 かんさいぼう」), so a listener hears the word twice. Screen readers pronounce the kanji
themselves; the reading is for eyes.

Pure Python (no Django imports). ``render_ruby`` escapes nothing: its input is already-safe
HTML or plain text that the caller escapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# {base|reading}: neither part may hold braces, a bar, a tag bracket or a line break.
RUBY_MARKUP = re.compile(r"\{([^{}|<>\n]+)\|([^{}|<>\n]+)\}")
# Rendered ruby, to strip it back to the base text.
_RT_OR_RP = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_RUBY_TAG = re.compile(r"</?ruby\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"(<[^>]*>)")

KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ"
HIRAGANA = "\u3041-\u3096ー"
_HAS_KANJI = re.compile(f"[{KANJI}]")


def ruby_html(base: str, reading: str) -> str:
    """One word with its reading, as HTML (both parts must already be safe)."""
    return f'<ruby>{base}<rt aria-hidden="true">{reading}</rt></ruby>'


def render_ruby(html: str) -> str:
    """Turn every ``{base|reading}`` in text (never inside a tag) into ruby."""
    html = str(html or "")
    if "{" not in html:
        return html
    return "".join(
        token if token.startswith("<") else RUBY_MARKUP.sub(_replace, token)
        for token in _TAG.split(html)
    )


def _replace(match: re.Match) -> str:
    base, reading = match.group(1).strip(), match.group(2).strip()
    if not base or not reading:
        return match.group(0)
    return ruby_html(base, reading)


def strip_ruby(text: str) -> str:
    """The text as read once: ``{base|reading}`` → base, and rendered ruby → its base."""
    text = str(text or "")
    if "{" in text:
        text = RUBY_MARKUP.sub(lambda m: m.group(1).strip(), text)
    if "<r" in text or "<R" in text:
        text = _RUBY_TAG.sub("", _RT_OR_RP.sub("", text))
    return text


def has_kanji(text: str) -> bool:
    return bool(_HAS_KANJI.search(text or ""))


# --- converting old inline readings: 「幹細胞(かんさいぼう)」 → 「{幹細胞|かんさいぼう}」 ---------

# A run of kanji right before a reading in parentheses (half- or full-width), reading in hiragana.
_INLINE_READING = re.compile(f"([{KANJI}]+)[(（]([{HIRAGANA}]+)[)）]")


@dataclass(frozen=True)
class Skipped:
    """An inline reading the converter left alone, with why."""

    text: str
    reason: str


def _katakana_to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


_tagger_instance = None


def _reading_of(text: str) -> str | None:
    """MeCab's reading of a text, in hiragana; None when a part has no known reading."""
    global _tagger_instance
    if _tagger_instance is None:
        import fugashi

        _tagger_instance = fugashi.Tagger()
    parts = []
    for word in _tagger_instance(text):
        kana = getattr(word.feature, "kana", None)
        if not kana or kana == "*":
            return None
        parts.append(kana)
    return _katakana_to_hiragana("".join(parts))


def _base_for(run: str, reading: str) -> str | None:
    """Which end of a kanji run the reading belongs to.

    The reading may cover the whole run or only its end: 「国内製造所(せいぞうしょ)」 reads only
    製造所. The longest suffix whose dictionary reading equals the given one wins. Without a
    dictionary match, the whole run is taken when the reading's length fits it (1 to 4 kana per
    kanji); otherwise None (left for a person).
    """
    for start in range(len(run)):
        suffix = run[start:]
        if _reading_of(suffix) == reading:
            return suffix
    if len(run) <= len(reading) <= 4 * len(run):
        return run
    return None


def convert_inline_readings(text: str) -> tuple[str, list[Skipped]]:
    """Rewrite 「漢字(かんじ)」 as 「{漢字|かんじ}」; return the new text and what was left alone.

    Only a reading right after kanji, wholly in hiragana, is converted. Text already in the
    new markup is not touched. Readings of katakana or Latin words (「EV(イーブイ)」) stay.
    """
    skipped: list[Skipped] = []

    def replace(match: re.Match) -> str:
        run, reading = match.group(1), match.group(2)
        base = _base_for(run, reading)
        if base is None:
            skipped.append(Skipped(match.group(0), "読みと漢字が合いません"))
            return match.group(0)
        head = run[: len(run) - len(base)]
        return f"{head}{{{base}|{reading}}}"

    return _INLINE_READING.sub(replace, text), skipped


def inline_readings(text: str) -> list[str]:
    """Readings still written in parentheses after kanji (「漢字(かんじ)」)."""
    return [match.group(0) for match in _INLINE_READING.finditer(text or "")]
