"""Japanese text analysis for site search: normalise, segment, fold, and find words to highlight.

Plain Python (no Django imports), so it can be unit-tested and benchmarked on its own.

Why: database full-text search (SQLite FTS5, PostgreSQL tsvector) splits text on spaces and
punctuation, so a run of Japanese like 「成分表示を見る」 is one token and 「成分」 is never found.
We segment text into morphemes with fugashi (MeCab) + unidic-lite and hand the database the
morphemes separated by spaces, both when indexing and at query time.

Both sides are normalised the same way:
- NFKC: full-width and half-width forms become one form
  (「ＣＤ６３」 = 「CD63」, 「ｴｸｿ」 = 「エクソ」);
- control and format characters are dropped;
- each morpheme is folded: katakana → hiragana, Latin case-folded, Latin accents removed;
- a morpheme is cut at anything that is not a letter or a digit, and punctuation is dropped.

Queries: each space-separated part of a query is a *term*. A term's morphemes must appear next
to each other, in order (a phrase), so 「CD63」 (CD + 63) does not match "CD9 … 63". Terms are
combined with AND. Because MeCab segments a run of hiragana differently from the same word in
katakana (「えくそそーむ」 → え/くそ/そー/む, 「エクソソーム」 → one word), each term also gets
variants segmented after converting its kana to katakana and to hiragana; any variant may match.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import jaconv

from learn.ruby import strip_ruby

MAX_QUERY_CHARS = 100  # longer queries are cut here: nobody types more, and it bounds the work
MAX_TERMS = 10  # space-separated parts of a query we look at
MAX_TOKENS_PER_TERM = 30

# Parts of speech (UniDic pos1) that carry no meaning on their own. A relaxed search (all content
# words anywhere in the page) leaves them out.
FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})

# Letters and digits only: "_" and every punctuation or symbol character separate pieces.
_WORD_PIECE = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
_HIRAGANA = re.compile(r"[\u3041-\u3096\u309d\u309e]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fd\u30fe]")
_ASCII_ALNUM = re.compile(r"[0-9a-z]")
# Characters dropped before anything else: controls, format characters (zero-width space, BOM,
# bidi marks), private use, unassigned and surrogates. Line/paragraph separators become spaces.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Cs"})
_SPACE_CATEGORIES = frozenset({"Zs", "Zl", "Zp"})
# The usual characters normalize() drops or turns into spaces. Text without them (and already
# NFKC) is highlighted on a fast path. The list is not exhaustive: a rare format character it
# misses stays in the folded text, where it can only stop a match across it.
_DROPPED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ue000-\uf8ff\ud800-\udfff\U000e0000-\U0010ffff]"
)
_CHUNK = 2000  # MeCab gets text in pieces of about this many characters, cut after 。 or a newline

_local = threading.local()


def _tagger(wakati: bool = False):
    """One MeCab tagger per thread (a tagger must not be shared between threads). The wakati
    tagger only writes the morphemes separated by spaces: same segmentation, much faster than
    reading each morpheme's features."""
    name = "wakati" if wakati else "tagger"
    tagger = getattr(_local, name, None)
    if tagger is None:
        import fugashi

        # Finds unidic-lite's dictionary by itself.
        tagger = fugashi.Tagger("-Owakati") if wakati else fugashi.Tagger()
        setattr(_local, name, tagger)
    return tagger


def normalize(text: str | None) -> str:
    """NFKC, with control/format characters removed and any kind of space made a plain space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    out = []
    for ch in text:
        if ch in "\t\n\r":
            out.append(" " if ch == "\t" else "\n")
            continue
        category = unicodedata.category(ch)
        if category in _DROP_CATEGORIES:
            continue
        out.append(" " if category in _SPACE_CATEGORIES else ch)
    return "".join(out)


_LATIN_WITH_ACCENTS = re.compile(r"[\u00c0-\u024f]")  # Latin-1 Supplement .. Latin Extended-B


def _without_accents(match) -> str:
    decomposed = unicodedata.normalize("NFKD", match.group())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The form a word is stored and compared in: katakana → hiragana, Latin lower-case and
    without accents. Character by character, so folding a text folds each of its words."""
    folded = jaconv.kata2hira(text).casefold()
    if folded.isascii():
        return folded
    return _LATIN_WITH_ACCENTS.sub(_without_accents, folded)


@dataclass(frozen=True)
class Token:
    surface: str  # as written (after NFKC)
    key: str  # folded form, what the index holds
    pos: str  # UniDic part of speech (pos1), e.g. 名詞, 助詞


def _chunks(text: str):
    """Cut long text after a 。 or a newline so MeCab never gets one huge string."""
    start = 0
    while len(text) - start > _CHUNK:
        end = start + _CHUNK
        cut = max(text.rfind("。", start, end), text.rfind("\n", start, end))
        end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end
    yield text[start:]


def tokens(text: str | None) -> list[Token]:
    """Morphemes of the text, each cut into letter/digit pieces; punctuation is dropped."""
    text = normalize(text)
    result = []
    if not text.strip():
        return result
    tagger = _tagger()
    for chunk in _chunks(text):
        for word in tagger(chunk):
            surface = word.surface
            pos = word.feature.pos1 or ""
            for piece in _WORD_PIECE.findall(surface):
                result.append(Token(piece, fold(piece), pos))
    return result


def index_text(text: str | None) -> str:
    """What the search index stores for a text: folded morphemes separated by single spaces.
    The same as the keys of tokens(text), computed without reading morpheme features.
    Readings written as {漢字|かんじ} are indexed as the word alone."""
    text = normalize(strip_ruby(text) if text and "{" in text else text)
    if not text.strip():
        return ""
    wakati = _tagger(wakati=True)
    spaced = " ".join(wakati.parse(chunk) for chunk in _chunks(text))
    return " ".join(_WORD_PIECE.findall(fold(spaced)))


# --- queries -------------------------------------------------------------------------------


def clean_query(raw: str | None, max_chars: int = MAX_QUERY_CHARS) -> tuple[str, bool]:
    """The query as we will search for it, and whether it had to be shortened."""
    text = _SPACES.sub(" ", normalize(raw)).strip()
    if len(text) > max_chars:
        return text[:max_chars].rstrip(), True
    return text, False


@dataclass(frozen=True)
class QueryTerm:
    text: str  # the part of the query, normalised
    variants: tuple[tuple[str, ...], ...]  # folded token sequences; any one may match
    # Content words for a relaxed search (each anywhere in the page), or () when relaxing would
    # not help: a one-word term, or fewer than two content words
    # (「しやく」 must not become 「やく」).
    relaxed: tuple[str, ...] = ()

    @property
    def needles(self) -> tuple[str, ...]:
        """Strings to highlight in folded text: each variant's morphemes written together."""
        return tuple(dict.fromkeys("".join(variant) for variant in self.variants))


def _kana_variants(text: str) -> list[str]:
    variants = [text]
    if _HIRAGANA.search(text):
        variants.append(jaconv.hira2kata(text))
    if _KATAKANA.search(text):
        variants.append(jaconv.kata2hira(text))
    return variants


_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]")


def _relaxable(text: str, words: tuple[str, ...]) -> bool:
    """Whether a term may fall back to its words anywhere on a page. Only a term with kanji or
    katakana, cut into real words (「幹細胞培養上清」 → 幹, 細胞, 培養, 上, 清). Kana cut into
    one-letter fragments (「シヤク」 → し, やく) and terms of hiragana only (「しやく」) stay
    whole, and so do Latin letters with digits, which name one thing (「CD63」 must not match
    "CD9 … 63")."""
    if not (_KANJI.search(text) or _KATAKANA.search(text)):
        return False
    return all(len(word) >= 2 or _KANJI.match(word) for word in words)


def parse_term(text: str) -> QueryTerm | None:
    segmented = []  # (keys, tokens) per distinct variant, the term as typed first
    for variant_text in _kana_variants(text):
        variant_tokens = tokens(variant_text)[:MAX_TOKENS_PER_TERM]
        keys = tuple(t.key for t in variant_tokens)
        if keys and keys not in (k for k, _ in segmented):
            segmented.append((keys, variant_tokens))
    if not segmented:
        return None
    # The variant MeCab cut into the fewest pieces reads most like real words.
    best_keys, best_tokens = min(segmented, key=lambda item: len(item[0]))
    content = tuple(dict.fromkeys(t.key for t in best_tokens if t.pos not in FUNCTION_POS))
    relaxed = content if len(content) >= 2 and _relaxable(text, content) else ()
    return QueryTerm(text=text, variants=tuple(k for k, _ in segmented), relaxed=relaxed)


def parse_query(raw: str | None) -> list[QueryTerm]:
    """Terms of a query (already cleaned or not). An empty list means: nothing to search for."""
    text, _ = clean_query(raw)
    terms = []
    for part in text.split(" ")[:MAX_TERMS]:
        term = parse_term(part)
        if term is not None and term not in terms:
            terms.append(term)
    return terms


def is_relaxable(terms: list[QueryTerm]) -> bool:
    """True when a relaxed search (content words anywhere) differs from the strict one."""
    return any(term.relaxed for term in terms)


# --- highlighting --------------------------------------------------------------------------


def _clusters(text: str):
    """(start, end) of each character with the combining marks that follow it."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (
            unicodedata.combining(text[j])
            or text[j] in "\uff9e\uff9f"  # half-width (han)dakuten combine under NFKC
        ):
            j += 1
        yield i, j
        i = j


@lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    return fold(normalize(cluster))


def folded_with_offsets(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """The text folded like the index, and for each folded character its span in `text`
    (None when they are the same: folding changed no character's position)."""
    if unicodedata.is_normalized("NFKC", text) and not _DROPPED.search(text):
        folded = fold(text)
        if len(folded) == len(text):
            return folded, None
    folded = []
    offsets = []
    for start, end in _clusters(text):
        for ch in _fold_cluster(text[start:end]):
            folded.append(ch)
            offsets.append((start, end))
    return "".join(folded), offsets


def find_spans(text: str, needles) -> list[tuple[int, int]]:
    """Spans of `text` where any needle (a folded string) occurs, merged and sorted.

    A needle made of Latin letters or digits only matches whole words ("cd" not inside "abcd").
    """
    if not text:
        return []
    folded, offsets = folded_with_offsets(text)
    spans = []
    for needle in {n for n in needles if n}:
        word_like = needle.isascii() and needle.isalnum()
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle)
            if word_like and (
                (start > 0 and _ASCII_ALNUM.match(folded[start - 1]))
                or (end < len(folded) and _ASCII_ALNUM.match(folded[end]))
            ):
                start = folded.find(needle, start + 1)
                continue
            if offsets is None:
                spans.append((start, end))
            else:
                spans.append((offsets[start][0], offsets[end - 1][1]))
            start = folded.find(needle, end)
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Snippet:
    parts: tuple[tuple[str, bool], ...]  # (text, highlighted)
    cut_before: bool
    cut_after: bool


def snippet(text: str, needles, width: int = 120, context: int = 30) -> Snippet:
    """A window of about `width` characters with as many matches as possible, split into
    highlighted and plain parts. Without a match: the beginning of the text."""
    text = _SPACES.sub(" ", text or "").strip()
    spans = find_spans(text, needles)
    if not spans:
        window = (0, min(len(text), width))
    else:
        best, best_count = None, -1
        for anchor, _ in spans:
            start = max(0, anchor - context)
            end = min(len(text), start + width)
            start = max(0, min(start, end - width))
            count = sum(1 for s, e in spans if s >= start and e <= end)
            if count > best_count:
                best, best_count = (start, end), count
        window = best
    start, end = window
    if start > 0 and spans:
        # Begin at a sentence (after 。 or a space) when one starts before the first match.
        first = next((s for s, _ in spans if s >= start), start)
        boundary = max(text.rfind("。", start, first), text.rfind(" ", start, first))
        if boundary != -1:
            start = boundary + 1
            end = min(len(text), start + width)
    parts = []
    position = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s > position:
            parts.append((text[position:s], False))
        parts.append((text[s:e], True))
        position = e
    if position < end:
        parts.append((text[position:end], False))
    return Snippet(tuple(parts), cut_before=start > 0, cut_after=end < len(text))
