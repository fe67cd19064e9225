"""Furigana for a whole page: the reading (in hiragana) over every word that has kanji.

Plain Python (no Django imports): input is HTML that is already rendered, output is the same
HTML with ``<ruby>漢字<rt aria-hidden="true">かんじ</rt></ruby>`` added to text only.

What is read, and how:

- Only text in ``<body>`` (or the whole input when it is a fragment without one). Never a tag or
  an attribute value, never inside ``<ruby>``, ``<rt>``, ``<rp>`` (an editor's own reading
  stays), ``<script>``, ``<style>``, ``<code>``, ``<kbd>``, ``<samp>``, ``<pre>``,
  ``<textarea>``, ``<select>``/``<option>`` (they cannot hold ruby), ``<svg>``, ``<template>``,
  or anything marked ``data-no-furigana``. ``<title>`` is in ``<head>``: never touched.
- A run of kanji, kana and digits goes to the analyser (fugashi + unidic-lite). Each word with
  kanji gets its dictionary reading; okurigana and other kana in the word stay outside the
  ruby (読み → ``<ruby>読<rt>よ</rt></ruby>み``). Latin words, numbers, kana and punctuation
  are left as they are.
- Correct before complete: a word the dictionary does not know gets no ruby; a one-kanji
  proper noun (the analyser reads 上清 as 上 + the name 清「きよし」) gets none; numbers with
  counters are read only where the reading cannot change with the number (100億個 → おく, こ;
  3人, 1日, 六本, 十分 get no ruby, because さんにん/ついたち/ろっぽん/じゅっぷん depend on the
  number).
- Overrides (a glossary term's reading, an editor's 読み方 correction: word → reading) win:
  they are matched first, longest word first, and the analyser reads only the rest.

Speed: a page repeats the same phrases (menus, footer, glossary terms), so the result for each
run of text is kept in a small per-overrides cache; the analyser runs once per distinct run. On
text never seen (the first render after a publish), MeCab writes its analysis of a run as one
compact string (surface, part of speech, kana per word) instead of a Python object per word,
only words with kanji are looked at in Python, and runs or stretches without kanji are never
analysed. Each run is still analysed on its own (never joined to the next text node): joined
runs would change how MeCab cuts some of them. `bench/furigana_engine_bench.py` measures it.
"""

from __future__ import annotations

import hashlib
import html as html_module
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from functools import cached_property, lru_cache

# Change it whenever the HTML written for a run may change (rules, format, ruby markup): readings
# kept outside the process under an older version are then never used (Reader.fingerprint).
ENGINE_VERSION = 1

KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ"
_HAS_KANJI = re.compile(f"[{KANJI}]")
# A run the analyser reads: kanji, kana (with ー and the iteration marks), digits; only the runs
# with kanji (the others need no analysis): a whole run (never from its middle: the look-behind),
# its kana and digits before the first kanji taken without backtracking.
_RUN_CHARS = f"{KANJI}\u3041-\u309f\u30a1-\u30ffー0-9０-９"
_RUN_WITH_KANJI = re.compile(
    f"(?<![{_RUN_CHARS}])[\u3041-\u309f\u30a1-\u30ffー0-9０-９]*+[{KANJI}][{_RUN_CHARS}]*"
)
_KANJI_OR_KANA_SEGMENTS = re.compile(f"([{KANJI}]+)")
_HIRAGANA_READING = re.compile(r"^[\u3041-\u3096ー]+$")
# A text node with kanji, right after a tag's ">" (lazy scan to the first kanji: linear time).
_TEXT_WITH_KANJI = re.compile(f">([^<>]*?[{KANJI}][^<>]*)")
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)

SKIPPED_ELEMENTS = frozenset(
    {
        "script",
        "style",
        "code",
        "kbd",
        "samp",
        "pre",
        "ruby",
        "rt",
        "rp",
        "textarea",
        "select",
        "option",
        "svg",
        "math",
        "template",
        "title",
        "head",
    }
)
VOID_ELEMENTS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
NO_FURIGANA_ATTRIBUTE = "data-no-furigana"

# After a number, a counter keeps its reading whatever the number (1回 いっかい, 100億個
# ひゃくおくこ: only the number's own sound changes). Anything else after a number (人, 日, 本,
# 分, 階, 杯, 匹, 月, 百, 千, 十 …) may change (さんにん, ついたち, ろっぽん, じゅっぷん), so it
# gets no ruby.
SAFE_AFTER_NUMBER = frozenset(
    {
        "万",
        "億",
        "兆",
        "年",
        "年間",
        "歳",
        "才",
        "回",
        "個",
        "件",
        "倍",
        "円",
        "枚",
        "週",
        "週間",
        "割",
        "度",
        "時",
        "時間",
        "か月",
        "ヶ月",
        "カ月",
        "か所",
        "種類",
        "以上",
        "以下",
        "未満",
        "程度",
        "番",
        "番目",
        "位",
        "秒",
        "種",
        "例",
        "型",
        "名",
    }
)
# Numerals whose own sound never changes before a counter (100億個 ひゃくおくこ).
STEADY_NUMERALS = frozenset({"万", "億", "兆"})


_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def to_hiragana(text: str) -> str:
    return text.translate(_KATAKANA_TO_HIRAGANA)


def has_kanji(text: str) -> bool:
    return bool(_HAS_KANJI.search(text))


def ruby(base: str, reading: str) -> str:
    return f'<ruby>{base}<rt aria-hidden="true">{reading}</rt></ruby>'


def aligned(surface: str, reading: str) -> str | None:
    """The word as HTML with ruby over its kanji only (kana in the word stay outside), or None
    when the reading does not fit the word's kana (then the caller decides)."""
    parts = [p for p in _KANJI_OR_KANA_SEGMENTS.split(surface) if p]
    if len(parts) == 1:
        return ruby(surface, reading)
    if len(parts) == 2:  # 読み, お茶: the kana at one end of the reading (same as the pattern)
        first, second = parts
        if _HAS_KANJI.match(first):
            kana = to_hiragana(second)
            if len(reading) > len(kana) and reading.endswith(kana):
                return ruby(first, reading[: -len(kana)]) + second
            return None
        kana = to_hiragana(first)
        if len(reading) > len(kana) and reading.startswith(kana):
            return first + ruby(second, reading[len(kana) :])
        return None
    pattern = "".join(
        "(.+?)" if _HAS_KANJI.match(part) else re.escape(to_hiragana(part)) for part in parts
    )
    match = re.fullmatch(pattern, reading)
    if match is None:
        return None
    out, groups = [], iter(match.groups())
    for part in parts:
        out.append(ruby(part, next(groups)) if _HAS_KANJI.match(part) else part)
    return "".join(out)


@lru_cache(maxsize=8192)
def word_html(surface: str, reading: str) -> str:
    """A word with kanji and its hiragana reading as HTML; the whole word in one ruby when the
    kana in it do not line up with the reading."""
    return aligned(surface, reading) or ruby(surface, reading)


# The analyser writes one line per word, "surface<TAB>pos2<TAB>kana" (UniDic's feature 1 and
# feature 17, the kana reading), and nothing for the start and end of the text: reading that string
# costs far less than a Node object per word with its whole CSV of features. A word the dictionary
# does not know has no kana (the unknown-word format leaves it empty). The dictionary's own output
# format (unidic) is switched off with an empty -O, else it would win over -F.
_ANALYSER_OPTIONS = '-O "" -F "%m\\t%f[1]\\t%f[17]\\n" -U "%m\\t%f[1]\\t\\n" -B "" -E ""'
_local = threading.local()


def _analyser():
    """This thread's MeCab tagger with the compact output format (a tagger must not be shared
    between threads). Same dictionary (unidic-lite) and so the same words as
    search.japanese_text's tagger, only written differently."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import fugashi
        import unidic_lite

        directory = unidic_lite.DICDIR
        tagger = fugashi.GenericTagger(
            f'-r "{directory}/mecabrc" -d "{directory}" {_ANALYSER_OPTIONS}'
        )
        _local.tagger = tagger
    return tagger


_FEATURES = re.compile("\t[^\n]*")  # the analyser's output without its features: the words


@lru_cache(maxsize=8192)
def _word(line: str) -> tuple[str | None, bool]:
    """One line of the analyser's output for a word with kanji: its HTML with ruby (None: no
    ruby, whatever comes before or after it), and whether it is a numeral (数詞)."""
    surface, pos2, kana = (line.split("\t") + ["", ""])[:3]
    numeral = pos2 == "数詞"
    if not kana or kana == "*":
        return None, numeral  # a word the dictionary does not know
    if pos2 == "固有名詞" and len(surface) == 1:
        return None, numeral  # 上清 cut as 上 + the given name 清: not a reading to trust
    reading = kana.translate(_KATAKANA_TO_HIRAGANA)
    if not _HIRAGANA_READING.match(reading):
        return None, numeral
    return word_html(surface, reading), numeral


def read_run(run: str) -> str:
    """A run of kanji, kana and digits with ruby over the words the analyser reads surely.

    Only the words with kanji are looked at; the others stay as they are."""
    output = _analyser().parse(run)
    surfaces = _FEATURES.sub("", output).split("\n")
    if "".join(surfaces) != run:
        return run  # the analyser changed the text: leave it as it is
    lines = output.split("\n")
    last = len(surfaces) - 1
    out = None
    after_number = False
    for index, surface in enumerate(surfaces):
        if _HAS_KANJI.search(surface) is None:
            after_number = surface.isdigit()
            continue
        html, numeral = _word(lines[index])
        number_before, after_number = after_number, numeral or surface.isdigit()
        if html is None:
            continue
        if number_before and surface not in SAFE_AFTER_NUMBER:
            continue  # 3人, 1日, 六本: the reading depends on the number
        if (
            numeral
            and index < last
            and _HAS_KANJI.search(surfaces[index + 1])
            and surface not in STEADY_NUMERALS
        ):
            continue  # 六本 ろっ-, 一個 いっ-, 十分 じゅっ-: the sound changes
        if out is None:
            out = surfaces.copy()
        out[index] = html
    return run if out is None else "".join(out)


def _read_part(text: str) -> str:
    return read_run(text) if _HAS_KANJI.search(text) else text


def clean_overrides(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Keep overrides whose word has kanji and whose reading is hiragana (katakana converted)."""
    cleaned = {}
    for word, reading in (overrides or {}).items():
        word, reading = (word or "").strip(), to_hiragana((reading or "").strip())
        if word and has_kanji(word) and _HIRAGANA_READING.match(reading):
            cleaned[word] = reading
    return cleaned


class Reader:
    """Adds furigana to HTML with one set of overrides. Keep one per set (``reader_for``)."""

    CACHE_SIZE = 20000

    def __init__(self, overrides: Mapping[str, str] | None = None):
        self.overrides = clean_overrides(overrides)
        self._override_html = {w: html_module.escape(r) for w, r in self.overrides.items()}
        self._pattern = None
        if self.overrides:
            words = sorted(self.overrides, key=len, reverse=True)  # longest match first
            self._pattern = re.compile("|".join(re.escape(w) for w in words))
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    @cached_property
    def fingerprint(self) -> str:
        """Names what this reader writes for a run: the engine's version, the dictionary and the
        overrides. Readings kept outside the process (learn.furigana_web) are filed under it,
        so a new correction, dictionary or engine never meets readings made by an older one."""
        from importlib.metadata import version

        dictionary = version("unidic-lite"), version("fugashi")
        raw = repr((ENGINE_VERSION, dictionary, sorted(self.overrides.items())))
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def _run_once(self, match: re.Match, cache: dict) -> str:
        run = match.group(0)
        if run not in cache:
            cache[run] = self._read(run)
        return cache[run]

    def _run(self, match: re.Match) -> str:
        return self._remembered(match.group(0))

    def _remembered(self, run: str, known: Mapping[str, str] | None = None) -> str:
        """A run from the reader's cache, else from `known` (readings kept elsewhere), else
        read now; remembered in the reader's cache either way."""
        cached = self._cache.get(run)
        if cached is not None:
            return cached
        result = known.get(run) if known else None
        if result is None:
            result = self._read(run)
        with self._lock:
            self._cache[run] = result
            if len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def _read(self, run: str) -> str:
        """A run with overrides first (one regular expression, longest word first), the
        analyser on the rest; a stretch between overrides without kanji needs no analysis."""
        if self._pattern is None or self._pattern.search(run) is None:
            return read_run(run)
        out, position = [], 0
        for found in self._pattern.finditer(run):
            if found.start() > position:
                out.append(_read_part(run[position : found.start()]))
            word = found.group(0)
            out.append(word_html(word, self._override_html[word]))
            position = found.end()
        if position < len(run):
            out.append(_read_part(run[position:]))
        return "".join(out)

    def html(
        self,
        document: str,
        remember: bool = True,
        known: Mapping[str, str] | None = None,
        used: dict[str, str] | None = None,
    ) -> str:
        """The HTML with furigana added to its text (see the module docstring).

        remember=False: nothing of this document stays in memory afterwards (private pages:
        the checker's answers, the advert reader's text); `known` and `used` are ignored.
        known: readings of runs kept elsewhere (run → its HTML, as `used` gave them earlier for
        the same overrides, see `fingerprint`): a run found there is not analysed again.
        used: a dict that receives every run of this document with its HTML.

        Fast path: only the tags that change what is read (skipped elements, comments,
        data-no-furigana) are visited in Python; text nodes with kanji are found by one regular
        expression in each readable stretch. Like any regex over HTML it assumes ``>`` inside an
        attribute value is escaped (``&gt;``), as Django and Wagtail always write it."""
        if not remember:
            private: dict[str, str] = {}

            def run_html(match: re.Match) -> str:
                return self._run_once(match, private)

        elif used is None and not known:
            run_html = self._run
        else:
            remembered = self._remembered
            if used is None:
                used = {}

            def run_html(match: re.Match) -> str:
                run = match.group(0)
                result = used[run] = remembered(run, known)
                return result

        start = 0
        body = _BODY_OPEN.search(document)
        if body is not None:
            start = body.end()
        out = [document[:start]]

        def read(match: re.Match) -> str:
            return ">" + _RUN_WITH_KANJI.sub(run_html, match.group(1))

        def readable(stretch: str) -> str:
            return _TEXT_WITH_KANJI.sub(read, ">" + stretch)[1:]

        position = start
        length = len(document)
        no_furigana = _next_no_furigana_tag(document, position)
        while position < length:
            # The first comment, skipped element or data-no-furigana tag from here (a skipped
            # element that also has the attribute counts as the element).
            found = _SKIP_START.search(document, position)
            if no_furigana is not None and no_furigana.start() < position:
                no_furigana = _next_no_furigana_tag(document, position)
            if no_furigana is not None and (found is None or no_furigana.start() < found.start()):
                found = no_furigana
            if found is None:
                out.append(readable(document[position:]))
                break
            out.append(readable(document[position : found.start()]))
            end = _skipped_until(document, found)
            out.append(document[found.start() : end])
            position = end
        return "".join(out)


# Where a skipped stretch starts: a comment or a skipped element (group 1)...
_SKIP_START = re.compile(
    r"<!--.*?-->|<(" + "|".join(sorted(SKIPPED_ELEMENTS)) + r")\b[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
# ... or any tag with data-no-furigana (group 1). Trying this at every "<" would scan every tag
# to its end, so the attribute is searched for first and the tag around it matched from there.
_NO_FURIGANA_TAG = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\s" + NO_FURIGANA_ATTRIBUTE + r"\b[^>]*>", re.IGNORECASE
)
_NO_FURIGANA = re.compile(r"\s" + NO_FURIGANA_ATTRIBUTE + r"\b", re.IGNORECASE)


def _next_no_furigana_tag(document: str, position: int) -> re.Match | None:
    """The first tag from `position` on with data-no-furigana: for each occurrence of the
    attribute, the tag that holds it starts at a "<" after the last ">" before it."""
    for attribute in _NO_FURIGANA.finditer(document, position):
        end = attribute.start()
        start = document.find("<", max(position, document.rfind(">", 0, end) + 1), end)
        while start != -1:
            found = _NO_FURIGANA_TAG.match(document, start)
            if found is not None:
                return found
            start = document.find("<", start + 1, end)
    return None


@lru_cache(maxsize=64)
def _open_or_close(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.IGNORECASE)


def _skipped_until(document: str, found: re.Match) -> int:
    """Where the skipped stretch that begins with `found` ends: after a comment, a
    self-closing or void tag, or the element's matching end tag (same-name nesting counted);
    an element never closed is skipped to the end."""
    name = found.group(1)
    if name is None or found.group(0).endswith("/>") or name.lower() in VOID_ELEMENTS:
        return found.end()
    depth = 1
    for tag in _open_or_close(name.lower()).finditer(document, found.end()):
        if tag.group(1):
            depth -= 1
            if depth == 0:
                return tag.end()
        elif not tag.group(0).endswith("/>"):
            depth += 1
    return len(document)


_readers: OrderedDict[tuple, Reader] = OrderedDict()
_readers_lock = threading.Lock()


def reader_for(overrides: Mapping[str, str] | None = None) -> Reader:
    """The Reader for these overrides, kept (with its cache) while they stay the same."""
    key = tuple(sorted((overrides or {}).items()))
    with _readers_lock:
        reader = _readers.get(key)
        if reader is None:
            reader = _readers[key] = Reader(overrides)
            while len(_readers) > 4:
                _readers.popitem(last=False)
        return reader


def add_furigana(document: str, overrides: Mapping[str, str] | None = None) -> str:
    return reader_for(overrides).html(document)


def clear_caches() -> None:
    """Forget every text read so far (benchmarks: the first render of unseen text)."""
    with _readers_lock:
        _readers.clear()
    word_html.cache_clear()
    _word.cache_clear()
