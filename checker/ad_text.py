"""Read the text of an advert: find the phrases editors describe (AdPhrase variants) and the five
disclosures the 2024 medical-advertising guideline asks of ads for unapproved treatments.

Plain Python (no Django imports), so it can be tested exhaustively and benchmarked on its own.

Text and patterns are folded the same way before they are compared:
- search.japanese_text's normalisation: NFKC (full-width and half-width forms become one form),
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
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from search import japanese_text

MAX_CHARS = 5000  # the longest text the reader analyses
GAP_LIMIT = 10  # characters a 〜 in a pattern may stand for
MAX_DISCLOSURE_WORDS = 3  # words quoted for each disclosure found

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
    """Folded text, and how to find the span of the original text each character came from.

    Most of a text folds character for character; only the places that changed (a number
    rewritten, a separator dropped) are recorded, as pieces: (folded start, source start, source
    end, same) where `same` means "one folded character per source character from here". The
    source is search.japanese_text's folded text, mapped to the original by `offsets` (None when
    that step changed no character's position)."""

    text: str
    _starts: tuple[int, ...]  # folded start of each piece, ascending
    _pieces: tuple[tuple[int, int, int, bool], ...]
    _offsets: tuple[tuple[int, int], ...] | None

    def span_of(self, index: int) -> tuple[int, int]:
        """The (start, end) of the original text that folded character `index` came from."""
        out_start, source_start, source_end, same = self._pieces[
            bisect_right(self._starts, index) - 1
        ]
        if same:
            source_start += index - out_start
            source_end = source_start + 1
        if self._offsets is None:
            return source_start, source_end
        return self._offsets[source_start][0], self._offsets[source_end - 1][1]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.span_of(start)[0], self.span_of(end - 1)[1]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple(self.span_of(index) for index in range(len(self.text)))


_SPECIAL = re.compile(
    f"(?P<number>{_NUMBER_RUN.pattern})|(?P<separator>[{''.join(sorted(_DROPPED_SEPARATORS))}]+)"
)


def fold(text: str) -> Folded:
    """Fold text for matching (see the module docstring), keeping the way back to the original."""
    folded, offsets = japanese_text.folded_with_offsets(text or "")
    out: list[str] = []
    starts: list[int] = []
    pieces: list[tuple[int, int, int, bool]] = []
    out_length = 0
    position = 0

    def add(piece_text: str, source_start: int, source_end: int, same: bool) -> None:
        nonlocal out_length
        starts.append(out_length)
        pieces.append((out_length, source_start, source_end, same))
        out.append(piece_text)
        out_length += len(piece_text)

    for match in _SPECIAL.finditer(folded):
        if match.lastgroup == "number":
            run = match.group()
            replacement = kanji_number(run)
            if replacement == run:
                continue  # ASCII digits stay as they are, inside the surrounding copy
        else:
            before = out[-1][-1] if out_length and match.start() == position else ""
            if match.start() > position:
                before = folded[match.start() - 1]
            after = folded[match.end() : match.end() + 1]
            keep = bool(
                before and after and _ASCII_ALNUM.match(before) and _ASCII_ALNUM.match(after)
            )
            replacement = " " if keep else ""
        if match.start() > position:
            add(folded[position : match.start()], position, match.start(), True)
        if replacement:
            add(replacement, match.start(), match.end(), False)
        position = match.end()
    if len(folded) > position:
        add(folded[position:], position, len(folded), True)
    return Folded("".join(out), tuple(starts), tuple(pieces), tuple(offsets) if offsets else None)


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
    pattern: re.Pattern[str] | None  # every variant in one alternation
    exclusion: re.Pattern[str] | None


def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regular expression for several variants. At one position the first alternative that
    matches wins, so longer variants go first (「幹細胞培養上清」 before 「培養上清」); a rule's
    overlapping matches all carry its key, so nothing is lost by not reporting both."""
    compiled = []
    for variant in patterns:
        try:
            compiled.append(compile_pattern(variant))
        except PatternError:
            continue
    if not compiled:
        return None
    compiled.sort(key=lambda pattern: -len(pattern.pattern))
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in compiled))


def _compile_rule(rule: PhraseRule, order: int) -> _Compiled:
    return _Compiled(rule.key, order, _alternation(rule.variants), _alternation(rule.exclusions))


def _spans(compiled: _Compiled, folded: str) -> list[tuple[int, int]]:
    """Non-excluded (start, end) spans of one rule in folded text."""
    if compiled.pattern is None:
        return []
    found = [
        match.span() for match in compiled.pattern.finditer(folded) if match.end() > match.start()
    ]
    if compiled.exclusion is None or not found:
        return found
    excluded = [match.span() for match in compiled.exclusion.finditer(folded)]
    if not excluded:
        return found
    return [(s, e) for s, e in found if not any(s < xe and xs < e for xs, xe in excluded)]


# --- results -------------------------------------------------------------------------------


class Match(NamedTuple):
    key: str
    start: int  # span in the original text
    end: int
    text: str


class Segment(NamedTuple):
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
            words: dict[str, None] = {}
            for start, end in spans:
                original_start, original_stop = folded.original_span(start, end)
                words.setdefault(text[original_start:original_stop])
                if len(words) == MAX_DISCLOSURE_WORDS:
                    break
            findings.append(DisclosureFinding(code, bool(spans), tuple(words)))
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
