"""The questionnaire's rules: criteria, options, answer parsing and result codes.

Pure Python, no Django: the web layer parses `request.GET` with `parse_answers`, asks
`first_unanswered` where to go next, and renders the findings of `evaluate`. The keys, codes and
parameter names follow the contract in docs/checker.md. `python -m checker.rules` prints the rule
table that is committed as checker/rule_table.txt.

Parameter names: one query parameter per criterion, named by its key (multi answers repeat it),
plus `consent_pressure` (asked on the `consent_and_risks` page) and the optional `product`.

Reading answers (the choices the spec leaves open):
- Empty values are ignored, so an empty field is unanswered; any other value must be an option key
  exactly (case and spaces count).
- A multi answer is a set: repeated values count once, and answers are kept in option order.
- A single question takes exactly one value; two values are `multiple_values`, even identical ones.
- An invalid `consent_pressure` is reported against `consent_and_risks` (its page), with
  `param="consent_pressure"`; that page is answered only when both of its fields are.
- `product` is stripped (str.strip, which includes the full-width space) and then may have at
  most 80 characters; empty means no product; two non-empty values are `multiple_values`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from urllib.parse import urlencode

# Kinds of question.
SINGLE = "single"
MULTI = "multi"

# Result codes, in the order the result page counts them.
SHOWN = "shown"
PARTIAL = "partial"
NOT_SHOWN = "not_shown"
SAID_NO = "said_no"
UNKNOWN = "unknown"
NA = "na"
RESULT_CODES = (SHOWN, PARTIAL, NOT_SHOWN, SAID_NO, UNKNOWN, NA)

# Option keys with a fixed meaning. In a multi question they are exclusive: chosen with any other
# value, the answer is invalid.
NONE = "none"
DONT_KNOW = "unknown"
EXCLUSIVE_OPTIONS = (NONE, DONT_KNOW)

# Error codes of AnswerError.
UNKNOWN_OPTION = "unknown_option"
EXCLUSIVE_MIXED = "exclusive_mixed"
MULTIPLE_VALUES = "multiple_values"
TOO_LONG = "too_long"
ERROR_CODES = (UNKNOWN_OPTION, EXCLUSIVE_MIXED, MULTIPLE_VALUES, TOO_LONG)

CONSENT_PRESSURE = "consent_pressure"
PRODUCT = "product"
PRODUCT_MAX_LENGTH = 80

Answers = Mapping[str, tuple[str, ...]]
"""Valid answers: parameter name → option keys (a 1-tuple for a single question)."""


@dataclass(frozen=True)
class Section:
    number: int
    title: str


SECTIONS = (
    Section(1, "国のルールと広告"),
    Section(2, "製品の中身"),
    Section(3, "効き目の証拠"),
    Section(4, "説明と同意"),
)


@dataclass(frozen=True)
class Option:
    key: str
    label: str


@dataclass(frozen=True)
class Question:
    """One form field: its query parameter, kind, wording and options."""

    param: str
    kind: str
    text: str
    options: tuple[Option, ...]
    hint: str = ""

    @property
    def option_keys(self) -> tuple[str, ...]:
        return tuple(option.key for option in self.options)

    def label(self, option_key: str) -> str:
        for option in self.options:
            if option.key == option_key:
                return option.label
        raise KeyError(option_key)


@dataclass(frozen=True)
class Criterion:
    """One criterion: one page of the questionnaire and one finding on the result.

    `question`, `hint`, `kind` and `options` describe the page's main question, whose parameter is
    the criterion's key. `also_asks` holds further questions shown on the same page. `result`
    turns complete answers into this criterion's result code.
    """

    key: str
    section: int
    kind: str
    question: str
    options: tuple[Option, ...]
    result: Callable[[Criterion, Answers], str]
    hint: str = ""
    also_asks: tuple[Question, ...] = ()

    @property
    def main_question(self) -> Question:
        return Question(self.key, self.kind, self.question, self.options, self.hint)

    @property
    def questions(self) -> tuple[Question, ...]:
        return (self.main_question, *self.also_asks)

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(question.param for question in self.questions)

    @property
    def option_keys(self) -> tuple[str, ...]:
        return tuple(option.key for option in self.options)

    @property
    def item_keys(self) -> tuple[str, ...]:
        """A multi question's items: its options other than `none` and `unknown`."""
        return tuple(key for key in self.option_keys if key not in EXCLUSIVE_OPTIONS)

    def label(self, option_key: str) -> str:
        return self.main_question.label(option_key)


# --- How answers become a result code ------------------------------------------------------------


@dataclass(frozen=True)
class ByOption:
    """Single question: each option key gives one result code."""

    codes: tuple[tuple[str, str], ...]

    def __call__(self, criterion: Criterion, answers: Answers) -> str:
        (chosen,) = answers[criterion.key]
        return dict(self.codes)[chosen]


def by_option(**codes: str) -> ByOption:
    return ByOption(tuple(codes.items()))


@dataclass(frozen=True)
class ByItems:
    """Multi question: all items, some items, `none` or `unknown` each give one result code."""

    all_items: str
    some_items: str
    none: str
    unknown: str

    def __call__(self, criterion: Criterion, answers: Answers) -> str:
        chosen = answers[criterion.key]
        if chosen == (NONE,):
            return self.none
        if chosen == (DONT_KNOW,):
            return self.unknown
        if set(chosen) == set(criterion.item_keys):
            return self.all_items
        return self.some_items


def consent_result(criterion: Criterion, answers: Answers) -> str:
    """The spec's rule for `consent_and_risks`: the first step that matches wins."""
    items = answers[criterion.key]
    (pressure,) = answers[CONSENT_PRESSURE]
    if pressure == "yes":
        return NOT_SHOWN
    if items == (NONE,):
        return NOT_SHOWN
    if items == (DONT_KNOW,):
        return UNKNOWN
    if set(items) == set(criterion.item_keys) and pressure == "no":
        return SHOWN
    return PARTIAL


# --- The criteria, in the order they are asked ---------------------------------------------------

_DONT_KNOW = Option(DONT_KNOW, "わからない")
_SELECT_ALL = "あてはまるものを全部えらんでください。"

CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        key="approval_status",
        section=1,
        kind=SINGLE,
        question="この製品は、国に「くすり」として承認(しょうにん)されていますか。",
        hint="クリニックの説明や書類に、承認番号(しょうにんばんごう)が書いてあるか見てください。",
        options=(
            Option("approval_number", "承認番号が書いてあった(書類で見た)"),
            Option(
                "unapproved",
                "「承認されていない」「未承認(みしょうにん)」と説明された・書いてあった",
            ),
            Option("reagent", "「試薬(しやく)」「研究用」と書いてあった"),
            _DONT_KNOW,
        ),
        result=by_option(
            approval_number=SHOWN, unapproved=SAID_NO, reagent=SAID_NO, unknown=UNKNOWN
        ),
    ),
    Criterion(
        key="ad_required_disclosures",
        section=1,
        kind=MULTI,
        question="クリニックのホームページや広告に、次のことが書いてありますか。",
        hint=_SELECT_ALL + "広告を見ていないときは、「わからない」をえらんでください。",
        options=(
            Option("unapproved", "承認されていない(未承認の)くすりを使うこと"),
            Option("source", "そのくすりを、どこから手に入れたか"),
            Option("domestic_alternatives", "日本で承認された同じようなくすりがあるか"),
            Option("foreign_safety", "外国での安全性の情報"),
            Option(
                "relief_system",
                "副作用が出ても、国の救済制度(きゅうさいせいど)の対象にならないこと",
            ),
            Option(NONE, "どれも書いていない"),
            _DONT_KNOW,
        ),
        result=ByItems(all_items=SHOWN, some_items=PARTIAL, none=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="regulatory_wording",
        section=1,
        kind=SINGLE,
        question="広告や説明に、「国が認めた」のような言葉がありましたか。",
        hint=(
            "例:「厚生労働省に届け出済み」「国が認めた」「FDA登録」「再生医療の認可」。"
            "言葉があったときは、それがこの治療についてのものか、書類で確かめたかを答えてください。"
        ),
        options=(
            Option(NONE, "そういう言葉はなかった"),
            Option("verified", "言葉があり、何についての届け出や承認かを書類で確かめた"),
            Option("unverified", "言葉はあったが、何についてのものか確かめられなかった"),
            _DONT_KNOW,
        ),
        result=by_option(none=NA, verified=SHOWN, unverified=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="particle_count_only",
        section=2,
        kind=SINGLE,
        question=(
            "「粒子(りゅうし)が○○億個」のような数のほかに、"
            "何の粒子かを調べた結果も示されていますか。"
        ),
        hint="何の粒子かを調べた結果とは、たんぱく質の目印(マーカー)の検査などです。",
        options=(
            Option("count_and_markers", "粒子の数と、目印の検査結果の両方が示されている"),
            Option("count_only", "粒子の数だけが示されている"),
            Option("no_count", "粒子の数は書かれていない"),
            _DONT_KNOW,
        ),
        result=by_option(
            count_and_markers=SHOWN, count_only=NOT_SHOWN, no_count=NA, unknown=UNKNOWN
        ),
    ),
    Criterion(
        key="ev_marker_panel",
        section=2,
        kind=SINGLE,
        question="製品の書類に、目印(マーカー)になるたんぱく質の検査結果がありますか。",
        hint=(
            "書類とは、試験成績書(しけんせいせきしょ)などです。"
            "(ア)膜(まく)にある目印:CD9、CD63、CD81 など。"
            "(イ)小胞(しょうほう)の中にある目印:TSG101、ALIX など。"
            "書類を見せてもらえないときは、「わからない」をえらんでください。"
        ),
        options=(
            Option("both", "(ア)と(イ)の両方がある"),
            Option("one", "どちらか一つだけある"),
            Option("neither", "どちらもない"),
            _DONT_KNOW,
        ),
        result=by_option(both=SHOWN, one=PARTIAL, neither=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="impurity_check",
        section=2,
        kind=SINGLE,
        question="製品の書類に、不純物(ふじゅんぶつ)を調べた結果がありますか。",
        hint=(
            "不純物とは、細胞のかけらや、たんぱく質のかたまりなどです。"
            "「たんぱく質の量と粒子の数の比」のような、まじりけの少なさを示す数字も入ります。"
        ),
        options=(
            Option("yes", "ある"),
            Option("no", "ない"),
            _DONT_KNOW,
        ),
        result=by_option(yes=SHOWN, no=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="source_and_donor",
        section=2,
        kind=SINGLE,
        question="もとの細胞と、細胞を提供した人(ドナー)の検査について、説明がありますか。",
        hint=(
            "細胞の例:ほかの人の脂肪(しぼう)、歯の中(歯髄(しずい))、へその緒(臍帯(さいたい))。"
            "ドナーの検査とは、感染症(かんせんしょう)の検査のことです。"
        ),
        options=(
            Option("both", "細胞の種類と、ドナーの検査の両方の説明がある"),
            Option("one", "どちらか一つだけ説明がある"),
            Option("neither", "どちらの説明もない"),
            _DONT_KNOW,
        ),
        result=by_option(both=SHOWN, one=PARTIAL, neither=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="lot_safety_tests",
        section=2,
        kind=MULTI,
        question=(
            "あなたに使う製品(同じロット番号のもの)について、次の検査の結果が書類にありますか。"
        ),
        hint=_SELECT_ALL,
        options=(
            Option("sterility", "菌(きん)がいないことの検査(無菌試験(むきんしけん))"),
            Option("endotoxin", "エンドトキシン(菌の毒)の検査"),
            Option("mycoplasma", "マイコプラズマの検査"),
            Option("virus", "ウイルスの検査"),
            Option(NONE, "どの検査の結果もない"),
            _DONT_KNOW,
        ),
        result=ByItems(all_items=SHOWN, some_items=PARTIAL, none=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="human_evidence",
        section=3,
        kind=SINGLE,
        question="クリニックは、あなたの目的について、人で調べた研究の結果を示しましたか。",
        hint="目的の例:肌、髪、つかれ、ひざの痛み。",
        options=(
            Option("human_papers", "同じ目的について、人で調べた論文(ろんぶん)を示された"),
            Option("lab_or_other", "動物や細胞の実験、または別の目的の研究だけだった"),
            Option("testimonials_only", "体験談(たいけんだん)、前後の写真、有名人の話だけだった"),
            Option(DONT_KNOW, "何も示されなかった・わからない"),
        ),
        result=by_option(
            human_papers=SHOWN, lab_or_other=PARTIAL, testimonials_only=NOT_SHOWN, unknown=UNKNOWN
        ),
    ),
    Criterion(
        key="research_registration",
        section=3,
        kind=SINGLE,
        question="この治療は、治験(ちけん)や臨床研究(りんしょうけんきゅう)として行われていますか。",
        hint=(
            "研究のときは、登録番号(jRCT の番号など)と、"
            "倫理審査(りんりしんさ)を受けたことの説明があったかを答えてください。"
        ),
        options=(
            Option("registered", "治験や臨床研究で、登録番号と倫理審査の説明があった"),
            Option("free_practice", "自由診療(じゆうしんりょう)だと説明された"),
            Option("unregistered_research", "「研究」と言われたが、番号や審査の説明はなかった"),
            _DONT_KNOW,
        ),
        result=by_option(
            registered=SHOWN,
            free_practice=SAID_NO,
            unregistered_research=NOT_SHOWN,
            unknown=UNKNOWN,
        ),
    ),
    Criterion(
        key="broad_claims",
        section=3,
        kind=SINGLE,
        question=(
            "広告や説明は、一つの製品で、たくさんのちがう病気や悩みがよくなると言っていますか。"
        ),
        hint="例:若返り、がんの予防、病気の治療、つかれ、髪。",
        options=(
            Option("single_purpose", "一つの目的だけを、限って説明している"),
            Option("many_claims", "たくさんの効果を言っている"),
            _DONT_KNOW,
        ),
        result=by_option(single_purpose=SHOWN, many_claims=NOT_SHOWN, unknown=UNKNOWN),
    ),
    Criterion(
        key="consent_and_risks",
        section=4,
        kind=MULTI,
        question="治療の前に、次のことを書面(しょめん)で説明されましたか。",
        hint=_SELECT_ALL + "書面とは、紙やデータでもらった説明のことです。",
        options=(
            Option("risks", "起こりうる副作用(ふくさよう)やリスク"),
            Option("alternatives", "ほかの方法(治療を受けない場合も含む)"),
            Option("costs", "費用の合計・回数・やめるときの条件"),
            Option("contact", "何かあったときの連絡先と対応"),
            Option("relief_system", "国の救済制度(きゅうさいせいど)の対象外であること"),
            Option(NONE, "書面での説明はなかった"),
            _DONT_KNOW,
        ),
        also_asks=(
            Question(
                param=CONSENT_PRESSURE,
                kind=SINGLE,
                text="その日のうちに決めるように、せかされましたか。",
                options=(
                    Option("yes", "せかされた"),
                    Option("no", "せかされなかった"),
                    _DONT_KNOW,
                ),
            ),
        ),
        result=consent_result,
    ),
)

CRITERIA_BY_KEY: dict[str, Criterion] = {criterion.key: criterion for criterion in CRITERIA}
CRITERION_KEYS: tuple[str, ...] = tuple(CRITERIA_BY_KEY)
SECTIONS_BY_NUMBER: dict[int, Section] = {section.number: section for section in SECTIONS}
# Every parameter the questionnaire reads, in canonical order (share links, hidden inputs).
PARAMS: tuple[str, ...] = (*(p for c in CRITERIA for p in c.params), PRODUCT)


def get_criterion(key: str) -> Criterion:
    """The criterion with this key; KeyError if there is none (the web layer answers 404)."""
    return CRITERIA_BY_KEY[key]


def criteria_in_section(number: int) -> tuple[Criterion, ...]:
    return tuple(criterion for criterion in CRITERIA if criterion.section == number)


def previous_key(key: str) -> str | None:
    """The key of the criterion asked before this one (for the back link); None for the first."""
    index = CRITERION_KEYS.index(key)
    return CRITERION_KEYS[index - 1] if index > 0 else None


# --- Parsing the query string --------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerError:
    """An invalid answer. `question_key` names the criterion (the page to link back to), or
    `product`; `param` names the field on that page, and defaults to `question_key`."""

    question_key: str
    code: str
    param: str = ""

    def __post_init__(self) -> None:
        if not self.param:
            object.__setattr__(self, "param", self.question_key)


@dataclass(frozen=True)
class ParsedAnswers:
    """What `parse_answers` found: the valid answers, the product name and the errors."""

    answers: dict[str, tuple[str, ...]]
    product: str | None
    errors: list[AnswerError]

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def is_complete(self) -> bool:
        return first_unanswered(self.answers) is None

    def errors_for(self, question_key: str) -> list[AnswerError]:
        return [error for error in self.errors if error.question_key == question_key]


def _raw_values(query: Mapping[str, object], param: str) -> list[str]:
    """All values of one parameter, whether `query` is a dict of lists, a dict of strings or a
    Django QueryDict (whose item access would give only the last value)."""
    getlist = getattr(query, "getlist", None)
    raw = getlist(param) if callable(getlist) else query.get(param, [])
    if isinstance(raw, str):
        return [raw]
    return list(raw)


def _check(question: Question, values: Iterable[str]) -> tuple[tuple[str, ...] | None, str | None]:
    """One field's answer in canonical form, or None if unanswered; and an error code or None.

    Empty strings are ignored (an empty field). Other values must be option keys exactly.
    Repeated identical values in a multi answer count once; a single question takes one value.
    """
    given = [value for value in values if value != ""]
    keys = question.option_keys
    if question.kind == SINGLE:
        if not given:
            return None, None
        if len(given) > 1:
            return None, MULTIPLE_VALUES
        if given[0] not in keys:
            return None, UNKNOWN_OPTION
        return (given[0],), None
    if any(value not in keys for value in given):
        return None, UNKNOWN_OPTION
    chosen = tuple(key for key in keys if key in given)
    if not chosen:
        return None, None
    if len(chosen) > 1 and any(key in chosen for key in EXCLUSIVE_OPTIONS):
        return None, EXCLUSIVE_MIXED
    return chosen, None


def _check_product(values: list[str]) -> tuple[str | None, str | None]:
    given = [value.strip() for value in values]
    given = [value for value in given if value]
    if not given:
        return None, None
    if len(given) > 1:
        return None, MULTIPLE_VALUES
    if len(given[0]) > PRODUCT_MAX_LENGTH:
        return None, TOO_LONG
    return given[0], None


def parse_answers(query: Mapping[str, object]) -> ParsedAnswers:
    """Read the answers from a query: parameter name → list of strings.

    Unknown parameters are ignored. An invalid field is left out of the answers and reported as
    an AnswerError, in criteria order; an invalid `consent_pressure` names `consent_and_risks`,
    the page that asks it. `product` is stripped; empty means no product.
    """
    answers: dict[str, tuple[str, ...]] = {}
    errors: list[AnswerError] = []
    for criterion in CRITERIA:
        for question in criterion.questions:
            answer, error = _check(question, _raw_values(query, question.param))
            if error is not None:
                errors.append(AnswerError(criterion.key, error, question.param))
            elif answer is not None:
                answers[question.param] = answer
    product, error = _check_product(_raw_values(query, PRODUCT))
    if error is not None:
        errors.append(AnswerError(PRODUCT, error))
    return ParsedAnswers(answers=answers, product=product, errors=errors)


def is_answered(answers: Answers, key: str) -> bool:
    """Whether a criterion's page is fully answered (for `consent_and_risks`: both fields)."""
    return all(param in answers for param in get_criterion(key).params)


def first_unanswered(answers: Answers) -> str | None:
    """The key of the first criterion not fully answered, or None when all are answered."""
    for key in CRITERION_KEYS:
        if not is_answered(answers, key):
            return key
    return None


def _canonical(answers: Answers) -> dict[str, tuple[str, ...]]:
    """The known fields of `answers` in canonical form; ValueError on an invalid value."""
    canonical = {}
    for criterion in CRITERIA:
        for question in criterion.questions:
            if question.param not in answers:
                continue
            answer, error = _check(question, answers[question.param])
            if error is not None or answer is None:
                raise ValueError(f"invalid answer for {question.param!r}: {error or 'empty'}")
            canonical[question.param] = answer
    return canonical


def to_query_pairs(
    answers: Answers, product: str | None = None, *, exclude: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """The answers as (parameter, value) pairs in canonical order: criteria in order, each page's
    fields in order, a multi answer's values in option order, then `product` if not empty.

    `exclude` leaves out criteria (all fields of their page) or `product`, e.g. the page being
    asked, whose fields are the form's own inputs. ValueError on an invalid answer.
    """
    excluded = set(exclude)
    canonical = _canonical(answers)
    pairs = []
    for criterion in CRITERIA:
        if criterion.key in excluded:
            continue
        for param in criterion.params:
            pairs.extend((param, value) for value in canonical.get(param, ()))
    product = (product or "").strip()
    if product and PRODUCT not in excluded:
        pairs.append((PRODUCT, product))
    return pairs


def to_query_string(
    answers: Answers, product: str | None = None, *, exclude: Iterable[str] = ()
) -> str:
    """`to_query_pairs` encoded for a URL (without the leading `?`)."""
    return urlencode(to_query_pairs(answers, product, exclude=exclude))


# --- Findings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    criterion_key: str
    code: str

    @property
    def criterion(self) -> Criterion:
        return get_criterion(self.criterion_key)


def evaluate(answers: Answers) -> list[Finding]:
    """One finding per criterion, in order. ValueError if an answer is missing or invalid."""
    missing = first_unanswered(answers)
    if missing is not None:
        raise ValueError(f"answers are incomplete: {missing!r} is unanswered")
    canonical = _canonical(answers)
    return [
        Finding(criterion.key, criterion.result(criterion, canonical)) for criterion in CRITERIA
    ]


def questions_to_ask(findings: Iterable[Finding]) -> list[Finding]:
    """The findings whose criterion becomes a question for the clinic: neither shown nor na."""
    return [finding for finding in findings if finding.code not in (SHOWN, NA)]


def count_by_code(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings have each result code, every code listed. Never a total score."""
    counts = dict.fromkeys(RESULT_CODES, 0)
    for finding in findings:
        counts[finding.code] += 1
    return counts


# --- What a finding says about its items ---------------------------------------------------------
#
# A multi question's finding lists each item with whether the answers show it, and one or two
# sentences name what is missing. Every sentence restates only what the reader answered: an item
# not ticked is "not shown" (the question asks to tick every item that was there), `none` makes
# every item not shown, and `unknown` lists no items at all.

# How each result code is named on the result page and the printed lists. Plain words, never a
# verdict; the text carries the meaning (the style only groups the codes, see RESULT_STYLES).
RESULT_LABELS: dict[str, str] = {
    SHOWN: "示されています",
    PARTIAL: "一部だけ示されています",
    NOT_SHOWN: "示されていません",
    SAID_NO: "「ない」と説明されました",
    UNKNOWN: "まだ確かめられていません",
    NA: "この項目はあてはまりません",
}

# Three visual styles at most: shown; to ask the clinic about (every code that becomes a question
# for the clinic); does not apply.
STYLE_SHOWN = "shown"
STYLE_ASK = "ask"
STYLE_NA = "na"
RESULT_STYLES: dict[str, str] = {
    SHOWN: STYLE_SHOWN,
    PARTIAL: STYLE_ASK,
    NOT_SHOWN: STYLE_ASK,
    SAID_NO: STYLE_ASK,
    UNKNOWN: STYLE_ASK,
    NA: STYLE_NA,
}

# The item shown for `consent_pressure` inside the `consent_and_risks` finding: "shown" when the
# reader was NOT pressured.
PRESSURE_ITEM = CONSENT_PRESSURE


@dataclass(frozen=True)
class ItemWording:
    """How one multi finding names its items and restates the answer.

    `labels`: item key → a short name used in the list and in sentences (no 「、」 inside, as the
    sentences join labels with it). `shown_word` / `not_shown_word` say, beside each item, what
    the answer was. The sentences take `{n}` (the number of items) and `{items}`.
    """

    labels: tuple[tuple[str, str], ...]
    shown_word: str
    not_shown_word: str
    missing: str
    all_shown: str
    none_shown: str
    unknown: str

    def label(self, item: str) -> str:
        return dict(self.labels)[item]


ITEM_WORDING: dict[str, ItemWording] = {
    "ad_required_disclosures": ItemWording(
        labels=(
            ("unapproved", "承認されていないくすりを使うこと"),
            ("source", "くすりをどこから手に入れたか"),
            ("domestic_alternatives", "日本で承認された同じようなくすりがあるか"),
            ("foreign_safety", "外国での安全性の情報"),
            ("relief_system", "国の救済制度の対象にならないこと"),
        ),
        shown_word="書いてあった",
        not_shown_word="書いてなかった",
        missing="広告に書いてなかったもの:{items}。",
        all_shown="{n}つとも、広告に書いてあったという答えでした。",
        none_shown="{n}つとも、広告に書いてなかったという答えでした。",
        unknown="広告にこの{n}つが書いてあるかは、わからないという答えでした。",
    ),
    "lot_safety_tests": ItemWording(
        labels=(
            ("sterility", "無菌試験(菌がいないことの検査)"),
            ("endotoxin", "エンドトキシンの検査"),
            ("mycoplasma", "マイコプラズマの検査"),
            ("virus", "ウイルスの検査"),
        ),
        shown_word="結果があった",
        not_shown_word="結果がなかった",
        missing="書類に結果がなかった検査:{items}。",
        all_shown="{n}つの検査とも、書類に結果があったという答えでした。",
        none_shown="{n}つの検査とも、書類に結果がなかったという答えでした。",
        unknown="書類に検査の結果があるかは、わからないという答えでした。",
    ),
    "consent_and_risks": ItemWording(
        labels=(
            ("risks", "副作用やリスク"),
            ("alternatives", "ほかの方法や受けない場合のこと"),
            ("costs", "費用の合計・回数・やめるときの条件"),
            ("contact", "何かあったときの連絡先"),
            ("relief_system", "国の救済制度の対象外であること"),
        ),
        shown_word="説明があった",
        not_shown_word="説明がなかった",
        missing="書面の説明がなかったもの:{items}。",
        all_shown="{n}つとも、書面で説明されたという答えでした。",
        none_shown="書面での説明はなかったという答えでした。",
        unknown="書面で説明されたかは、わからないという答えでした。",
    ),
}

PRESSURE_LABEL = "その日のうちに決めるよう、せかされたか"
PRESSURE_WORDS = {True: "せかされなかった", False: "せかされた"}
PRESSURE_SENTENCES: dict[str, str] = {
    "yes": "その日のうちに決めるよう、せかされたという答えでした。",
    "no": "その日のうちに決めるよう、せかされなかったという答えでした。",
    DONT_KNOW: "せかされたかどうかは、わからないという答えでした。",
}


@dataclass(frozen=True)
class ItemState:
    """One item of a multi finding: its code (the `data-item` hook), its name, whether the
    answers show it, and the words that say so beside the name."""

    key: str
    label: str
    shown: bool
    status: str


def has_items(criterion_key: str) -> bool:
    """Whether this criterion's finding lists items (the three multi criteria)."""
    return criterion_key in ITEM_WORDING


def item_states(criterion_key: str, answers: Answers) -> tuple[ItemState, ...]:
    """The items of a multi finding, in option order, with whether the answers show each.

    `unknown` gives no items; `none` gives every item not shown. For `consent_and_risks` the
    pressure answer follows as the item `consent_pressure`, shown when the reader was not
    pressured, and left out when they answered 「わからない」. Empty for single criteria.
    """
    if not has_items(criterion_key):
        return ()
    criterion = get_criterion(criterion_key)
    wording = ITEM_WORDING[criterion_key]
    chosen = tuple(answers[criterion_key])
    states: list[ItemState] = []
    if chosen != (DONT_KNOW,):
        for item in criterion.item_keys:
            shown = item in chosen
            status = wording.shown_word if shown else wording.not_shown_word
            states.append(ItemState(item, wording.label(item), shown, status))
    if CONSENT_PRESSURE in criterion.params:
        (pressure,) = answers[CONSENT_PRESSURE]
        if pressure != DONT_KNOW:
            shown = pressure == "no"
            states.append(ItemState(PRESSURE_ITEM, PRESSURE_LABEL, shown, PRESSURE_WORDS[shown]))
    return tuple(states)


def item_sentences(criterion_key: str, answers: Answers) -> tuple[str, ...]:
    """The sentences above a multi finding's list: what is missing, then (for consent) the
    pressure answer, each in its own sentence. Empty for single criteria."""
    if not has_items(criterion_key):
        return ()
    criterion = get_criterion(criterion_key)
    wording = ITEM_WORDING[criterion_key]
    chosen = tuple(answers[criterion_key])
    n = len(criterion.item_keys)
    if chosen == (DONT_KNOW,):
        first = wording.unknown.format(n=n)
    elif chosen == (NONE,):
        first = wording.none_shown.format(n=n)
    else:
        missing = [wording.label(item) for item in criterion.item_keys if item not in chosen]
        if missing:
            first = wording.missing.format(items="、".join(missing))
        else:
            first = wording.all_shown.format(n=n)
    sentences = [first]
    if CONSENT_PRESSURE in criterion.params:
        (pressure,) = answers[CONSENT_PRESSURE]
        sentences.append(PRESSURE_SENTENCES[pressure])
    return tuple(sentences)


# --- The rule table ------------------------------------------------------------------------------

RULE_TABLE_COMMAND = "python -m checker.rules > checker/rule_table.txt"


def _all_unknown() -> dict[str, tuple[str, ...]]:
    return {param: (DONT_KNOW,) for criterion in CRITERIA for param in criterion.params}


def _code_for(key: str, answers: Answers) -> str:
    """The result code of one criterion, found by evaluating complete answers."""
    complete = {**_all_unknown(), **answers}
    (code,) = {finding.code for finding in evaluate(complete) if finding.criterion_key == key}
    return code


def _item_classes(criterion: Criterion) -> list[tuple[str, list[tuple[str, ...]]]]:
    """Every valid multi answer, grouped into classes: all items, k of n items, none, unknown."""
    items = criterion.item_keys
    n = len(items)
    classes = [("items:all", [items])]
    for size in range(n - 1, 0, -1):
        classes.append((f"items:{size}-of-{n}", list(combinations(items, size))))
    classes.append(("items:none", [(NONE,)]))
    classes.append(("items:unknown", [(DONT_KNOW,)]))
    return classes


def _invalid_item_classes(criterion: Criterion) -> list[tuple[str, list[list[str]]]]:
    items = criterion.item_keys
    return [
        ("items:none+item", [[NONE, item] for item in items]),
        ("items:unknown+item", [[DONT_KNOW, item] for item in items]),
        ("items:none+unknown", [[NONE, DONT_KNOW]]),
        ("items:empty", [[], [""]]),
    ]


def _one(outcomes: set[str], what: str) -> str:
    if len(outcomes) != 1:
        raise AssertionError(f"{what}: answers of one class give different outcomes {outcomes}")
    return outcomes.pop()


def _parse_outcome(key: str, query: Mapping[str, list[str]]) -> str:
    parsed = parse_answers(query)
    if parsed.errors:
        return "invalid:" + ",".join(error.code for error in parsed.errors)
    return "unanswered" if not is_answered(parsed.answers, key) else "answered"


def rule_table_rows() -> list[tuple[str, str, str]]:
    """(criterion key, answer class, result) for every class of answer of every criterion."""
    rows = []
    for criterion in CRITERIA:
        key = criterion.key
        if criterion.kind == SINGLE:
            for option in criterion.option_keys:
                rows.append((key, f"option:{option}", _code_for(key, {key: (option,)})))
            continue
        extra = {q.param: q.option_keys for q in criterion.also_asks}
        for label, answers in _item_classes(criterion):
            if not extra:
                outcome = _one({_code_for(key, {key: a}) for a in answers}, f"{key} {label}")
                rows.append((key, label, outcome))
                continue
            ((param, values),) = extra.items()
            for value in values:
                outcomes = {_code_for(key, {key: a, param: (value,)}) for a in answers}
                rows.append((key, f"{label} {param}:{value}", _one(outcomes, f"{key} {label}")))
        for label, raw_answers in _invalid_item_classes(criterion):
            outcomes = {_parse_outcome(key, {key: raw}) for raw in raw_answers}
            rows.append((key, label, _one(outcomes, f"{key} {label}")))
        for param in extra:
            rows.append((key, f"{param}:empty", _parse_outcome(key, {key: [DONT_KNOW]})))
    return rows


def rule_table() -> str:
    """The committed rule table's text: one aligned line per criterion and answer class."""
    rows = rule_table_rows()
    key_width = max(len(row[0]) for row in rows) + 2
    class_width = max(len(row[1]) for row in rows) + 2
    lines = [
        "# Checker rule table: criterion, answer class, result code (docs/checker.md).",
        f"# Generated from checker/rules.py by: {RULE_TABLE_COMMAND}",
        "# Do not edit by hand; tests/unit/test_rules.py checks that it is up to date.",
    ]
    for key, answer_class, outcome in rows:
        lines.append(f"{key:<{key_width}}{answer_class:<{class_width}}{outcome}".rstrip())
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(rule_table())
