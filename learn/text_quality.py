"""Plain-text quality checks for patient-facing Japanese.

Pure Python (no Django imports): the admin, the checker and the content tests all use it.
Input is plain text. Callers strip HTML and ruby markup first (``learn.ruby.strip_ruby``), so a
word with a reading counts once.

What is checked, and why:
- sentences longer than 90 characters (60 is comfortable for a phone reader; 90 is the limit);
- nested parentheses, which readers lose track of: 「知らせ(事務連絡(じむれんらく))」;
- words the site never uses about a product or a clinic (a verdict or a promise);
- phrases that belong in an editor's note, not on a public page;
- jReadability (Lee & Hasebe), a score on a 0.5–6.5 scale where higher is easier;
- length and reading time (about 500 characters a minute).
"""

from __future__ import annotations

import math
import re
import threading

# Words the site never uses about a product or a clinic: a verdict, a promise or an accusation.
# The checker's result texts and the editor's checks use this one list.
BANNED_PHRASES: tuple[str, ...] = (
    "本物",
    "偽物",
    "安全です",
    "危険です",
    "効きます",
    "効きません",
    "効く",
    "効かない",
    "必ず治る",
    "必ず",
    "副作用はありません",
    "副作用なし",
    "違法です",
    "詐欺",
    "絶対",
)

# Phrases that describe what an editor could or could not check. They belong in the admin-only
# note of a source, never on a public page: a reader needs who said it, when, and how sure we are.
RESEARCH_NOTE_PHRASES: tuple[str, ...] = (
    "調査メモ",
    "研究メモ",
    "読めていません",
    "読めませんでした",
    "確認できていません",
    "記録がありません",
    "元の報道機関",
    "[unverified]",
    "[seed-only]",
    "[secondary]",
)

SENTENCE_LIMIT = 90
COMFORTABLE_SENTENCE = 60
CHARS_PER_MINUTE = 500

# jReadability bands (Lee & Hasebe's scale); each covers [lower, lower + 1).
READABILITY_BANDS: tuple[tuple[float, str], ...] = (
    (5.5, "初級前半"),
    (4.5, "初級後半"),
    (3.5, "中級前半"),
    (2.5, "中級後半"),
    (1.5, "上級前半"),
    (float("-inf"), "上級後半"),
)

# A sentence ends at 。！？!? (with any closing quotes or brackets right after) or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?]+[」』）)\]】〕]*|\n+")
_SPACE = re.compile(r"\s+")
_OPEN = "(（[［【〔"
_CLOSE = ")）]］】〕"


def _normal(text: str) -> str:
    return text or ""


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each stripped; empty pieces are dropped."""
    text = _normal(text)
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.end()].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def sentence_length(sentence: str) -> int:
    """Characters in a sentence, not counting spaces."""
    return len(_SPACE.sub("", sentence))


def long_sentences(text: str, limit: int = SENTENCE_LIMIT) -> list[str]:
    """Sentences with more than ``limit`` characters (spaces not counted)."""
    return [s for s in split_sentences(text) if sentence_length(s) > limit]


def nested_parentheses(text: str) -> list[str]:
    """Each outermost parenthesised span that holds another parenthesis inside it.

    Round, square and lenticular brackets count; quotation marks 「」 do not.
    """
    found = []
    depth = 0
    start = 0
    nested = False
    for index, char in enumerate(_normal(text)):
        if char in _OPEN:
            if depth == 0:
                start = index
                nested = False
            else:
                nested = True
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
            if depth == 0 and nested:
                found.append(text[start : index + 1])
    if depth and nested:
        found.append(text[start:])
    return found


def banned_phrases(text: str) -> list[str]:
    """The banned phrases found in ``text``, in list order."""
    text = _normal(text)
    return [phrase for phrase in BANNED_PHRASES if phrase in text]


def research_note_phrases(text: str) -> list[str]:
    """The editor's-note phrases found in ``text``, in list order."""
    text = _normal(text)
    return [phrase for phrase in RESEARCH_NOTE_PHRASES if phrase in text]


_local = threading.local()


def _tagger():
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import fugashi

        tagger = fugashi.Tagger()
        _local.tagger = tagger
    return tagger


def readability_band(score: float) -> str:
    """The jReadability band name for a score (上級後半 … 初級前半)."""
    for lower, name in READABILITY_BANDS:
        if score >= lower:
            return name
    return READABILITY_BANDS[-1][1]  # pragma: no cover (the last band has no lower bound)


def readability(text: str) -> tuple[float | None, str]:
    """jReadability score (higher is easier) and its band; ``(None, "")`` for empty text."""
    text = _SPACE.sub(" ", _normal(text)).strip()
    if not text:
        return None, ""
    from jreadability import compute_readability

    score = round(compute_readability(text, _tagger()), 2)
    return score, readability_band(score)


def char_count(text: str) -> int:
    """Characters, not counting spaces and line breaks."""
    return len(_SPACE.sub("", _normal(text)))


def reading_minutes(text: str) -> int:
    """Minutes to read, at about 500 characters a minute; at least 1 for any text, 0 for none."""
    count = char_count(text)
    return math.ceil(count / CHARS_PER_MINUTE) if count else 0


def check_text(text: str, limit: int = SENTENCE_LIMIT) -> dict:
    """All checks at once, for an editor's report or a test."""
    score, band = readability(text)
    sentences = split_sentences(text)
    return {
        "char_count": char_count(text),
        "reading_minutes": reading_minutes(text),
        "sentence_count": len(sentences),
        "long_sentences": [s for s in sentences if sentence_length(s) > limit],
        "nested_parentheses": nested_parentheses(text),
        "banned_phrases": banned_phrases(text),
        "research_note_phrases": research_note_phrases(text),
        "readability": score,
        "readability_band": band,
    }
