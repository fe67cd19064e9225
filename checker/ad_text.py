"""Read the text of an advert: find the phrases editors describe (AdPhrase variants) and the five
disclosures the 2024 medical-advertising guideline asks of ads for unapproved treatments.

Plain Python (no Django imports), so it can be tested exhaustively and benchmarked on its own.

Text and patterns are folded the same way before they are compared:
- learn.japanese_text's normalisation: NFKC (full-width and half-width forms become one form),
  control and format characters dropped, katakana → hiragana, Latin case-folded;
- numbers are written one way: kanji numerals and full-width digits become ASCII digits and
  thousands separators are dropped, so 「１００億個」, 「100億個」 and 「百億個」 all read
  「100億個」;
  万, 億 and 兆 stay as units;
- spaces and the middle dot 「・」 are dropped (kept as one space between two Latin words or
  numbers), so 「国内 製造」 reads like 「国内製造」.
Every folded character remembers the span of the original text it came from, so a match is
marked in the text exactly as the reader pasted it.

Pattern syntax, one variant per line, as editors write them:
- text matches itself after folding (「エクソソーム」 also finds 「えくそそーむ」 and 「ｴｸｿｿｰﾑ」);
- ○ (or ◯) stands for a number: 100, 1.5, 百, 五十, 1,000 …;
- 〜 (or ～, ~) stands for up to GAP_LIMIT other characters inside one sentence.
A pattern that begins or ends with a Latin letter or digit matches whole words only there.
Exclusions use the same syntax: a match that overlaps one is dropped (「○億円」 keeps a price from
reading as a particle count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from learn import japanese_text

MAX_CHARS = 5000  # the longest text the reader analyses
GAP_LIMIT = 10  # characters a 〜 in a pattern may stand for

NUMBER_MARKS = "○◯"
GAP_MARKS = "〜～~"

# Input problems the view words for the reader.
EMPTY = "empty"
TOO_LONG = "too_long"

_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
_NUMBER_CHARS = "0-9" + "".join(_KANJI_DIGITS) + "".join(_KANJI_MULTIPLIERS)
# A run of digits and kanji numerals; a comma inside a run is a thousands separator only when
# three digits follow it (「1,000」, not 「1,2」).
_NUMBER_RUN = re.compile(f"[{_NUMBER_CHARS}](?:[{_NUMBER_CHARS}]|,(?=[0-9]{{3}}))*")
_DROPPED_SEPARATORS = frozenset(" \n\r\t・")
_ASCII_ALNUM = re.compile(r"[0-9a-z]")
_SENTENCE_END = "。!?"
_NUMBER_PATTERN = r"[0-9]+(?:\.[0-9]+)?"
_GAP_PATTERN = f"[^{_SENTENCE_END}]{{0,{GAP_LIMIT}}}?"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# --- folding -------------------------------------------------------------------------------


def kanji_number(run: str) -> str:
    """A run of digits and kanji numerals → its value in ASCII digits.

    「百」 → 「100」, 「二千五百」 → 「2500」, 「五十」 → 「50」, 「二〇二四」 → 「2024」,
    「1,000」 → 「1000」, 「1千」 → 「1000」. A run of ASCII digits only is kept as written (a
    leading zero stays), so text and patterns fold alike.
    """
    run = run.replace(",", "")
    if run.isascii():
        return run
    total = 0
    pending = ""
    for char in run:
        if char in _KANJI_MULTIPLIERS:
            total += (int(pending) if pending else 1) * _KANJI_MULTIPLIERS[char]
            pending = ""
        elif char in _KANJI_DIGITS:
            pending += str(_KANJI_DIGITS[char])
        else:
            pending += char
    if pending:
        total += int(pending)
    return str(total)


@dataclass(frozen=True)
class Folded:
    """Folded text, and for each of its characters the (start, end) span of the original."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.spans[start][0], self.spans[end - 1][1]


def fold(text: str) -> Folded:
    """Fold text for matching (see the module docstring), keeping the original spans."""
    folded, offsets = japanese_text.folded_with_offsets(text or "")
    if offsets is None:
        offsets = [(i, i + 1) for i in range(len(folded))]

    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(folded)
    for match in _NUMBER_RUN.finditer(folded):
        _copy_text(folded, offsets, position, match.start(), chars, spans)
        run_span = (offsets[match.start()][0], offsets[match.end() - 1][1])
        for digit in kanji_number(match.group()):
            chars.append(digit)
            spans.append(run_span)
        position = match.end()
    _copy_text(folded, offsets, position, length, chars, spans)
    return Folded("".join(chars), tuple(spans))


def _copy_text(folded, offsets, start, end, chars, spans):
    """Copy folded[start:end], dropping separators (one space stays between Latin words)."""
    for index in range(start, end):
        char = folded[index]
        if char in _DROPPED_SEPARATORS:
            if (
                chars
                and chars[-1] != " "
                and _ASCII_ALNUM.match(chars[-1])
                and index + 1 < len(folded)
                and _ASCII_ALNUM.match(folded[index + 1])
            ):
                chars.append(" ")
                spans.append(offsets[index])
            continue
        chars.append(char)
        spans.append(offsets[index])


def fold_plain(text: str) -> str:
    return fold(text).text


# --- patterns ------------------------------------------------------------------------------


class PatternError(ValueError):
    """A variant that cannot be used (empty, or only wildcards)."""


_TOKEN = re.compile(f"([{NUMBER_MARKS}]|[{GAP_MARKS}]+)")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """One variant as an editor writes it → a regular expression over folded text."""
    parts = []
    literal_chars = 0
    first_literal = last_literal = None
    pieces = [piece for piece in _TOKEN.split(pattern.strip()) if piece]
    for index, piece in enumerate(pieces):
        if piece in NUMBER_MARKS:
            parts.append(_NUMBER_PATTERN)
            continue
        if piece[0] in GAP_MARKS:
            if 0 < index < len(pieces) - 1:
                parts.append(_GAP_PATTERN)
            continue  # a gap at either end means nothing
        literal = fold_plain(piece)
        if not literal:
            continue
        literal_chars += len(literal)
        if first_literal is None and not parts:
            first_literal = literal
        last_literal = literal if index == len(pieces) - 1 else None
        parts.append(re.escape(literal))
    if not literal_chars:
        raise PatternError(f"文字のない言い方です: {pattern!r}")
    body = "".join(parts)
    if first_literal and _ASCII_ALNUM.match(first_literal[0]):
        body = "(?<![0-9a-z])" + body
    if last_literal and _ASCII_ALNUM.match(last_literal[-1]):
        body += "(?![0-9a-z])"
    elif pieces[-1] in NUMBER_MARKS:
        body += "(?![0-9])"
    if pieces[0] in NUMBER_MARKS:
        body = "(?<![0-9.])" + body
    return re.compile(body)


def split_lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of an editor's list of variants, in order, without duplicates."""
    lines = (line.strip() for line in (text or "").splitlines())
    return tuple(dict.fromkeys(line for line in lines if line))


@dataclass(frozen=True)
class PhraseRule:
    """What to look for: a key (the AdPhrase slug), its variants and its exclusions."""

    key: str
    variants: tuple[str, ...]
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    key: str
    order: int
    patterns: tuple[re.Pattern[str], ...]
    exclusions: tuple[re.Pattern[str], ...]


def _compile_rule(rule: PhraseRule, order: int) -> _Compiled:
    patterns = []
    for variant in rule.variants:
        try:
            patterns.append(compile_pattern(variant))
        except PatternError:
            continue
    exclusions = []
    for exclusion in rule.exclusions:
        try:
            exclusions.append(compile_pattern(exclusion))
        except PatternError:
            continue
    return _Compiled(rule.key, order, tuple(patterns), tuple(exclusions))


def _spans(compiled: _Compiled, folded: str) -> list[tuple[int, int]]:
    """Non-excluded (start, end) spans of one rule in folded text."""
    excluded = [m.span() for p in compiled.exclusions for m in p.finditer(folded)]
    found = []
    for pattern in compiled.patterns:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if end == start:
                continue
            if any(start < e and s < end for s, e in excluded):
                continue
            found.append((start, end))
    return found


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    key: str
    start: int  # span in the original text
    end: int
    text: str


@dataclass(frozen=True)
class Segment:
    text: str
    key: str | None = None  # the phrase this part of the text matched, or None


@dataclass(frozen=True)
class Disclosure:
    """One of the five items the guideline asks an ad for an unapproved treatment to state."""

    code: str
    rule: PhraseRule


@dataclass(frozen=True)
class DisclosureFinding:
    code: str
    found: bool
    words: tuple[str, ...]  # the words in the text that looked like it, as written


@dataclass(frozen=True)
class Reading:
    text: str
    segments: tuple[Segment, ...]
    matches: tuple[Match, ...]
    disclosures: tuple[DisclosureFinding, ...] = ()

    @property
    def found_keys(self) -> tuple[str, ...]:
        """Keys of the phrases found, in order of first appearance."""
        return tuple(dict.fromkeys(match.key for match in self.matches))

    def words_for(self, key: str) -> tuple[str, ...]:
        """The distinct words of the text that matched one phrase, in order."""
        return tuple(dict.fromkeys(m.text for m in self.matches if m.key == key))

    @property
    def missing_disclosures(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.disclosures if not d.found)


# The disclosures of the 2024 guideline (criterion ad_required_disclosures, same item codes).
# Words an ad uses when it states each item; what the patterns find is "a mention", never a
# judgement of whether the statement is adequate.
DISCLOSURES: tuple[Disclosure, ...] = (
    Disclosure(
        "unapproved",
        PhraseRule(
            "unapproved",
            (
                "未承認",
                "承認されていない",
                "承認されておりません",
                "承認されていません",
                "承認を受けていない",
                "承認を受けておりません",
                "承認を受けていません",
                "承認を得ていない",
                "承認を得ていません",
            ),
        ),
    ),
    Disclosure(
        "source",
        PhraseRule(
            "source",
            (
                "入手経路",
                "入手先",
                "入手方法",
                "入手して",
                "入手した",
                "から入手",
                "より入手",
                "輸入",
                "仕入れ",
                "仕入先",
            ),
        ),
    ),
    Disclosure(
        "domestic_alternatives",
        PhraseRule(
            "domestic_alternatives",
            (
                "国内〜承認",
                "日本〜承認",
                "同一の成分",
                "同一成分",
                "同様の成分",
                "同等の成分",
                "承認医薬品",
                "承認された医薬品",
                "承認されている医薬品",
            ),
            exclusions=(
                "国内未承認",
                "日本未承認",
                "国内では未承認",
                "日本では未承認",
                "国内で未承認",
                "日本で未承認",
            ),
        ),
    ),
    Disclosure(
        "foreign_safety",
        PhraseRule(
            "foreign_safety",
            (
                "諸外国",
                "海外〜安全",
                "外国〜安全",
                "海外〜副作用",
                "外国〜副作用",
                "海外〜報告",
                "外国〜報告",
                "海外〜リスク",
                "外国〜リスク",
                "海外〜重大",
                "外国〜重大",
            ),
        ),
    ),
    Disclosure(
        "relief_system",
        PhraseRule("relief_system", ("救済制度", "救済の対象", "救済対象", "被害救済", "救済")),
    ),
)
DISCLOSURE_CODES = tuple(d.code for d in DISCLOSURES)


class Matcher:
    """Compiled phrase rules (in the order given: on a tie the earlier rule wins)."""

    def __init__(self, rules, disclosures=DISCLOSURES):
        self.rules = tuple(rules)
        self._compiled = [_compile_rule(rule, order) for order, rule in enumerate(self.rules)]
        self._disclosures = [
            (d.code, _compile_rule(d.rule, order)) for order, d in enumerate(disclosures)
        ]

    def find(self, text: str, folded: Folded | None = None) -> list[Match]:
        """Matches in the text, leftmost-longest, never overlapping."""
        folded = folded or fold(text)
        candidates = []
        for compiled in self._compiled:
            for start, end in _spans(compiled, folded.text):
                candidates.append((start, -(end - start), compiled.order, end, compiled.key))
        candidates.sort()
        matches = []
        folded_end = 0
        original_end = 0
        for start, _negative_length, _order, end, key in candidates:
            if start < folded_end:
                continue
            original_start, original_stop = folded.original_span(start, end)
            if original_start < original_end:
                continue  # two folded characters from one original character
            matches.append(
                Match(key, original_start, original_stop, text[original_start:original_stop])
            )
            folded_end = end
            original_end = original_stop
        return matches

    def disclosures(self, text: str, folded: Folded | None = None) -> list[DisclosureFinding]:
        folded = folded or fold(text)
        findings = []
        for code, compiled in self._disclosures:
            spans = sorted(_spans(compiled, folded.text))
            words = []
            for start, end in spans:
                original_start, original_stop = folded.original_span(start, end)
                words.append(text[original_start:original_stop])
            findings.append(DisclosureFinding(code, bool(spans), tuple(dict.fromkeys(words))))
        return findings

    def read(self, text: str) -> Reading:
        """The text cut into plain and matched segments, and the disclosures found or not."""
        folded = fold(text)
        matches = self.find(text, folded)
        segments = []
        position = 0
        for match in matches:
            if match.start > position:
                segments.append(Segment(text[position : match.start]))
            segments.append(Segment(match.text, match.key))
            position = match.end
        if position < len(text):
            segments.append(Segment(text[position:]))
        return Reading(
            text=text,
            segments=tuple(segments),
            matches=tuple(matches),
            disclosures=tuple(self.disclosures(text, folded)),
        )


# --- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanInput:
    text: str
    error: str | None = None
    removed_controls: bool = False
    length: int = 0
    notes: list[str] = field(default_factory=list)


def clean_input(raw: str | None, max_chars: int = MAX_CHARS) -> CleanInput:
    """The pasted text as it will be read: line breaks as \\n, control characters removed.

    Errors: EMPTY (nothing but spaces), TOO_LONG (more than max_chars characters, counted after
    line breaks are made one character, as the browser counts them)."""
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _CONTROL.sub("", text)
    removed = cleaned != text
    length = len(cleaned)
    if not cleaned.strip():
        return CleanInput(cleaned, EMPTY, removed, length)
    if length > max_chars:
        return CleanInput(cleaned, TOO_LONG, removed, length)
    return CleanInput(cleaned, None, removed, length)
