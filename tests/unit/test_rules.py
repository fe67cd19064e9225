"""Exhaustive tests of checker/rules.py against the contract in docs/checker.md.

The expected results below are written out from the spec by hand, independently of the rules'
own declarations, so a wrong declaration fails here.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from itertools import combinations, pairwise
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import rules
from checker.rules import (
    CRITERIA,
    AnswerError,
    Finding,
    count_by_code,
    evaluate,
    first_unanswered,
    parse_answers,
    questions_to_ask,
    to_query_pairs,
    to_query_string,
)

ROOT = Path(__file__).resolve().parents[2]
RULE_TABLE = ROOT / "checker" / "rule_table.txt"

# --- The contract, written out by hand -----------------------------------------------------------

ORDER = [
    "approval_status",
    "ad_required_disclosures",
    "regulatory_wording",
    "particle_count_only",
    "ev_marker_panel",
    "impurity_check",
    "source_and_donor",
    "lot_safety_tests",
    "human_evidence",
    "research_registration",
    "broad_claims",
    "consent_and_risks",
]

SECTION_OF = {
    "approval_status": 1,
    "ad_required_disclosures": 1,
    "regulatory_wording": 1,
    "particle_count_only": 2,
    "ev_marker_panel": 2,
    "impurity_check": 2,
    "source_and_donor": 2,
    "lot_safety_tests": 2,
    "human_evidence": 3,
    "research_registration": 3,
    "broad_claims": 3,
    "consent_and_risks": 4,
}

SECTION_TITLES = {1: "国のルールと広告", 2: "製品の中身", 3: "効き目の証拠", 4: "説明と同意"}

SINGLE_SPEC = {
    "approval_status": {
        "approval_number": "shown",
        "unapproved": "said_no",
        "reagent": "said_no",
        "unknown": "unknown",
    },
    "regulatory_wording": {
        "none": "na",
        "verified": "shown",
        "unverified": "not_shown",
        "unknown": "unknown",
    },
    "particle_count_only": {
        "count_and_markers": "shown",
        "count_only": "not_shown",
        "no_count": "na",
        "unknown": "unknown",
    },
    "ev_marker_panel": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "impurity_check": {"yes": "shown", "no": "not_shown", "unknown": "unknown"},
    "source_and_donor": {
        "both": "shown",
        "one": "partial",
        "neither": "not_shown",
        "unknown": "unknown",
    },
    "human_evidence": {
        "human_papers": "shown",
        "lab_or_other": "partial",
        "testimonials_only": "not_shown",
        "unknown": "unknown",
    },
    "research_registration": {
        "registered": "shown",
        "free_practice": "said_no",
        "unregistered_research": "not_shown",
        "unknown": "unknown",
    },
    "broad_claims": {"single_purpose": "shown", "many_claims": "not_shown", "unknown": "unknown"},
}

MULTI_ITEMS = {
    "ad_required_disclosures": (
        "unapproved",
        "source",
        "domestic_alternatives",
        "foreign_safety",
        "relief_system",
    ),
    "lot_safety_tests": ("sterility", "endotoxin", "mycoplasma", "virus"),
    "consent_and_risks": ("risks", "alternatives", "costs", "contact", "relief_system"),
}
PLAIN_MULTI = ["ad_required_disclosures", "lot_safety_tests"]
CONSENT_ITEMS = MULTI_ITEMS["consent_and_risks"]
PRESSURES = ("yes", "no", "unknown")

# consent_and_risks, written as a table (items class, consent_pressure) → result, worked out by
# hand from the spec's five first-match steps.
CONSENT_TABLE = {
    ("all", "yes"): "not_shown",
    ("all", "no"): "shown",
    ("all", "unknown"): "partial",
    ("some", "yes"): "not_shown",
    ("some", "no"): "partial",
    ("some", "unknown"): "partial",
    ("none", "yes"): "not_shown",
    ("none", "no"): "not_shown",
    ("none", "unknown"): "not_shown",
    ("unknown", "yes"): "not_shown",
    ("unknown", "no"): "unknown",
    ("unknown", "unknown"): "unknown",
}

ALL_PARAMS = [*ORDER[:-1], "consent_and_risks", "consent_pressure"]
BANNED_WORDS = ["本物", "偽物", "安全です", "危険です", "効く", "効かない"]


def subsets(items):
    """Every non-empty subset of items, smallest first."""
    return [combo for size in range(1, len(items) + 1) for combo in combinations(items, size)]


def complete_query(**overrides):
    """A query answering every question 「わからない」, with some answers replaced."""
    query = {param: ["unknown"] for param in ALL_PARAMS}
    for param, values in overrides.items():
        query[param] = list(values)
    return query


def result_of(key, query):
    parsed = parse_answers(query)
    assert parsed.errors == []
    assert parsed.is_complete
    findings = evaluate(parsed.answers)
    (code,) = [finding.code for finding in findings if finding.criterion_key == key]
    return code


def errors_of(query):
    return parse_answers(query).errors


# --- Declarations --------------------------------------------------------------------------------


def test_criteria_are_declared_in_the_spec_order():
    assert [criterion.key for criterion in CRITERIA] == ORDER
    assert list(rules.CRITERION_KEYS) == ORDER


def test_each_criterion_is_in_its_section():
    assert {criterion.key: criterion.section for criterion in CRITERIA} == SECTION_OF
    for number, title in SECTION_TITLES.items():
        assert rules.SECTIONS_BY_NUMBER[number].title == title
        assert [c.key for c in rules.criteria_in_section(number)] == [
            key for key in ORDER if SECTION_OF[key] == number
        ]
    assert [section.number for section in rules.SECTIONS] == [1, 2, 3, 4]


def test_sections_are_asked_in_order():
    numbers = [criterion.section for criterion in CRITERIA]
    assert numbers == sorted(numbers)


@pytest.mark.parametrize("key", list(SINGLE_SPEC))
def test_single_question_options_match_the_spec(key):
    criterion = rules.get_criterion(key)
    assert criterion.kind == "single"
    assert criterion.option_keys == tuple(SINGLE_SPEC[key])
    assert criterion.also_asks == ()


@pytest.mark.parametrize("key", list(MULTI_ITEMS))
def test_multi_question_options_match_the_spec(key):
    criterion = rules.get_criterion(key)
    assert criterion.kind == "multi"
    assert criterion.item_keys == MULTI_ITEMS[key]
    assert criterion.option_keys == (*MULTI_ITEMS[key], "none", "unknown")


def test_consent_page_also_asks_consent_pressure():
    criterion = rules.get_criterion("consent_and_risks")
    (pressure,) = criterion.also_asks
    assert pressure.param == "consent_pressure"
    assert pressure.kind == "single"
    assert pressure.option_keys == PRESSURES
    assert criterion.params == ("consent_and_risks", "consent_pressure")


def test_parameter_names_in_canonical_order():
    params = rules.PARAMS
    assert params == (*ALL_PARAMS, "product")


def all_questions():
    return [(c.key, q) for c in CRITERIA for q in c.questions]


@pytest.mark.parametrize(("key", "question"), all_questions(), ids=lambda v: getattr(v, "param", v))
def test_every_question_offers_dont_know_and_has_plain_labels(key, question):
    assert "unknown" in question.option_keys
    assert "わからない" in question.label("unknown")
    labels = [option.label for option in question.options]
    assert all(label.strip() == label and label for label in labels)
    assert len(set(labels)) == len(labels)
    assert len(set(question.option_keys)) == len(question.option_keys)
    assert question.text.endswith("か。")
    for text in [question.text, question.hint, *labels]:
        for word in BANNED_WORDS:
            assert word not in text


def test_main_question_is_the_criterion_question():
    for criterion in CRITERIA:
        main = criterion.main_question
        assert (main.param, main.kind, main.text, main.hint) == (
            criterion.key,
            criterion.kind,
            criterion.question,
            criterion.hint,
        )
        assert main.options == criterion.options
        for option in criterion.options:
            assert criterion.label(option.key) == option.label
        with pytest.raises(KeyError):
            criterion.label("no-such-option")


def test_get_criterion_and_previous_key():
    assert rules.get_criterion("broad_claims").key == "broad_claims"
    with pytest.raises(KeyError):
        rules.get_criterion("consent_pressure")
    assert rules.previous_key("approval_status") is None
    for before, after in pairwise(ORDER):
        assert rules.previous_key(after) == before


# --- Single questions ----------------------------------------------------------------------------

SINGLE_CASES = [
    (key, option, code) for key, codes in SINGLE_SPEC.items() for option, code in codes.items()
]


@pytest.mark.parametrize(("key", "option", "code"), SINGLE_CASES)
def test_every_single_option_gives_its_code(key, option, code):
    assert result_of(key, complete_query(**{key: [option]})) == code


# --- Multi questions -----------------------------------------------------------------------------

MULTI_SUBSET_CASES = [(key, subset) for key in PLAIN_MULTI for subset in subsets(MULTI_ITEMS[key])]


@pytest.mark.parametrize(("key", "chosen"), MULTI_SUBSET_CASES)
def test_every_subset_of_items(key, chosen):
    expected = "shown" if len(chosen) == len(MULTI_ITEMS[key]) else "partial"
    assert result_of(key, complete_query(**{key: chosen})) == expected
    # The order of the values does not matter, and the answer is kept in option order.
    reversed_query = complete_query(**{key: reversed(chosen)})
    assert result_of(key, reversed_query) == expected
    assert parse_answers(reversed_query).answers[key] == chosen


@pytest.mark.parametrize("key", PLAIN_MULTI)
def test_multi_none_and_unknown(key):
    assert result_of(key, complete_query(**{key: ["none"]})) == "not_shown"
    assert result_of(key, complete_query(**{key: ["unknown"]})) == "unknown"


def test_subset_counts_are_exhaustive():
    # 2^5 - 1 and 2^4 - 1 non-empty subsets.
    assert len([c for c in MULTI_SUBSET_CASES if c[0] == "ad_required_disclosures"]) == 31
    assert len([c for c in MULTI_SUBSET_CASES if c[0] == "lot_safety_tests"]) == 15


MIXED_CASES = [
    (key, values)
    for key, items in MULTI_ITEMS.items()
    for values in (
        *(["none", item] for item in items),
        *([item, "unknown"] for item in items),
        ["none", "unknown"],
        ["unknown", "none"],
        ["none", "unknown", items[0]],
        ["none", *items],
        [*items, "unknown"],
    )
]


@pytest.mark.parametrize(("key", "values"), MIXED_CASES)
def test_none_or_unknown_mixed_with_anything_is_invalid(key, values):
    parsed = parse_answers(complete_query(**{key: values}))
    assert parsed.errors == [AnswerError(key, "exclusive_mixed")]
    assert key not in parsed.answers
    assert not parsed.is_valid


@pytest.mark.parametrize("key", list(MULTI_ITEMS))
@pytest.mark.parametrize("values", [[], [""], ["", ""]])
def test_empty_multi_answer_is_unanswered_not_none(key, values):
    parsed = parse_answers(complete_query(**{key: values}))
    assert parsed.errors == []
    assert key not in parsed.answers
    assert not parsed.is_complete
    assert first_unanswered(parsed.answers) == key


@pytest.mark.parametrize("key", list(MULTI_ITEMS))
def test_empty_strings_in_a_multi_answer_are_ignored(key):
    first = MULTI_ITEMS[key][0]
    parsed = parse_answers(complete_query(**{key: ["", first, ""]}))
    assert parsed.errors == []
    assert parsed.answers[key] == (first,)


@pytest.mark.parametrize("key", list(MULTI_ITEMS))
def test_repeated_values_in_a_multi_answer_count_once(key):
    items = MULTI_ITEMS[key]
    parsed = parse_answers(complete_query(**{key: [items[1], items[0], items[1], items[0]]}))
    assert parsed.errors == []
    assert parsed.answers[key] == (items[0], items[1])
    assert parse_answers(complete_query(**{key: ["none", "none"]})).answers[key] == ("none",)


# --- consent_and_risks ---------------------------------------------------------------------------


def consent_class(chosen):
    if chosen == ("none",):
        return "none"
    if chosen == ("unknown",):
        return "unknown"
    return "all" if len(chosen) == len(CONSENT_ITEMS) else "some"


CONSENT_CASES = [
    (chosen, pressure)
    for chosen in [*subsets(CONSENT_ITEMS), ("none",), ("unknown",)]
    for pressure in PRESSURES
]


def test_consent_cases_are_exhaustive():
    assert len(CONSENT_CASES) == (31 + 2) * 3


@pytest.mark.parametrize(("chosen", "pressure"), CONSENT_CASES)
def test_every_consent_branch(chosen, pressure):
    expected = CONSENT_TABLE[(consent_class(chosen), pressure)]
    query = complete_query(consent_and_risks=chosen, consent_pressure=[pressure])
    assert result_of("consent_and_risks", query) == expected


def test_consent_first_match_order():
    # Step 1 beats step 4: all items but pressured.
    query = complete_query(consent_and_risks=CONSENT_ITEMS, consent_pressure=["yes"])
    assert result_of("consent_and_risks", query) == "not_shown"
    # Step 1 beats step 3: unknown items but pressured.
    query = complete_query(consent_and_risks=["unknown"], consent_pressure=["yes"])
    assert result_of("consent_and_risks", query) == "not_shown"
    # Step 2 beats step 5: no written explanation, pressure unknown.
    query = complete_query(consent_and_risks=["none"], consent_pressure=["unknown"])
    assert result_of("consent_and_risks", query) == "not_shown"


@pytest.mark.parametrize(
    "query_part",
    [
        {"consent_and_risks": ["risks"]},
        {"consent_pressure": ["no"]},
        {"consent_and_risks": ["risks"], "consent_pressure": [""]},
        {"consent_and_risks": [""], "consent_pressure": ["no"]},
    ],
)
def test_consent_page_is_complete_only_with_both_fields(query_part):
    query = complete_query()
    del query["consent_and_risks"], query["consent_pressure"]
    query.update(query_part)
    parsed = parse_answers(query)
    assert parsed.errors == []
    assert not parsed.is_complete
    assert first_unanswered(parsed.answers) == "consent_and_risks"
    assert not rules.is_answered(parsed.answers, "consent_and_risks")
    with pytest.raises(ValueError, match="consent_and_risks"):
        evaluate(parsed.answers)


@pytest.mark.parametrize(
    ("values", "code"),
    [
        (["maybe"], "unknown_option"),
        (["none"], "unknown_option"),
        (["YES"], "unknown_option"),
        (["yes", "no"], "multiple_values"),
        (["no", "no"], "multiple_values"),
    ],
)
def test_invalid_consent_pressure_names_the_consent_page(values, code):
    parsed = parse_answers(complete_query(consent_pressure=values))
    assert parsed.errors == [AnswerError("consent_and_risks", code, "consent_pressure")]
    assert parsed.errors[0].question_key == "consent_and_risks"
    assert parsed.errors[0].param == "consent_pressure"
    assert parsed.errors_for("consent_and_risks") == parsed.errors
    # The valid field of the page is kept, the invalid one is left out.
    assert parsed.answers["consent_and_risks"] == ("unknown",)
    assert "consent_pressure" not in parsed.answers


def test_both_fields_of_the_consent_page_can_be_invalid():
    parsed = parse_answers(complete_query(consent_and_risks=["x"], consent_pressure=["y"]))
    assert parsed.errors == [
        AnswerError("consent_and_risks", "unknown_option", "consent_and_risks"),
        AnswerError("consent_and_risks", "unknown_option", "consent_pressure"),
    ]


# --- Invalid answers -----------------------------------------------------------------------------


def test_answer_error_param_defaults_to_question_key():
    assert AnswerError("broad_claims", "unknown_option").param == "broad_claims"
    assert AnswerError("broad_claims", "unknown_option") == AnswerError(
        "broad_claims", "unknown_option", "broad_claims"
    )


@pytest.mark.parametrize("key", ORDER)
@pytest.mark.parametrize("bad", ["nonsense", "Unknown", " unknown", "unknown ", "UNKNOWN", " "])
def test_unknown_option_is_invalid(key, bad):
    parsed = parse_answers(complete_query(**{key: [bad]}))
    assert parsed.errors == [AnswerError(key, "unknown_option")]
    assert key not in parsed.answers


def test_an_option_of_another_question_is_invalid():
    assert errors_of(complete_query(approval_status=["yes"])) == [
        AnswerError("approval_status", "unknown_option")
    ]
    assert errors_of(complete_query(lot_safety_tests=["sterility", "risks"])) == [
        AnswerError("lot_safety_tests", "unknown_option")
    ]


def test_unknown_option_wins_over_mixing_in_a_multi_answer():
    assert errors_of(complete_query(lot_safety_tests=["none", "virus", "bogus"])) == [
        AnswerError("lot_safety_tests", "unknown_option")
    ]


@pytest.mark.parametrize("key", list(SINGLE_SPEC))
def test_more_than_one_value_for_a_single_question_is_invalid(key):
    first, second = list(SINGLE_SPEC[key])[:2]
    for values in ([first, second], [first, first], [first, "bogus"], [first, second, first]):
        parsed = parse_answers(complete_query(**{key: values}))
        assert parsed.errors == [AnswerError(key, "multiple_values")], values
        assert key not in parsed.answers


@pytest.mark.parametrize("key", list(SINGLE_SPEC))
def test_empty_strings_in_a_single_answer_are_ignored(key):
    option = next(iter(SINGLE_SPEC[key]))
    assert parse_answers(complete_query(**{key: ["", option]})).answers[key] == (option,)
    parsed = parse_answers(complete_query(**{key: [""]}))
    assert parsed.errors == []
    assert key not in parsed.answers
    assert first_unanswered(parsed.answers) == key


def test_unknown_parameters_are_ignored():
    query = complete_query(utm_source=["x"], page=["1", "2"], approval=["yes"])
    query[""] = ["?"]
    parsed = parse_answers(query)
    assert parsed.errors == []
    assert set(parsed.answers) == set(ALL_PARAMS)


def test_errors_come_in_criteria_order_with_product_last():
    query = complete_query(
        consent_and_risks=["none", "risks"],
        approval_status=["a", "b"],
        lot_safety_tests=["bogus"],
        broad_claims=["x"],
    )
    query["product"] = ["x" * 81]
    assert errors_of(query) == [
        AnswerError("approval_status", "multiple_values"),
        AnswerError("lot_safety_tests", "unknown_option"),
        AnswerError("broad_claims", "unknown_option"),
        AnswerError("consent_and_risks", "exclusive_mixed"),
        AnswerError("product", "too_long"),
    ]


def test_valid_answers_survive_next_to_invalid_ones():
    parsed = parse_answers(complete_query(approval_status=["bogus"]))
    assert "approval_status" not in parsed.answers
    assert len(parsed.answers) == len(ALL_PARAMS) - 1
    assert parsed.errors_for("approval_status") == [
        AnswerError("approval_status", "unknown_option")
    ]
    assert parsed.errors_for("broad_claims") == []


# --- product -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "product", "errors"),
    [
        ([], None, []),
        ([""], None, []),
        (["   "], None, []),
        (["\u3000\u3000"], None, []),  # full-width spaces only
        (["ア" * 80], "ア" * 80, []),
        (["a" * 80], "a" * 80, []),
        (["a" * 81], None, [AnswerError("product", "too_long")]),
        (["ア" * 81], None, [AnswerError("product", "too_long")]),
        (["  " + "a" * 80 + "\n"], "a" * 80, []),  # stripped first, then counted
        (["\u3000" + "ア" * 80 + "\u3000"], "ア" * 80, []),
        (["  エクソソームA  "], "エクソソームA", []),
        (["製品 A  B"], "製品 A  B", []),  # inner spaces are kept
        (["", "製品A"], "製品A", []),
        (["製品A", "  "], "製品A", []),
        (["製品A", "製品B"], None, [AnswerError("product", "multiple_values")]),
        (["<script>"], "<script>", []),  # escaping is the template's job
    ],
)
def test_product(values, product, errors):
    query = complete_query()
    query["product"] = values
    parsed = parse_answers(query)
    assert parsed.product == product
    assert parsed.errors == errors


def test_product_is_optional_for_a_result():
    parsed = parse_answers(complete_query())
    assert parsed.product is None
    assert parsed.is_complete
    assert parsed.is_valid


# --- Query shapes --------------------------------------------------------------------------------


class FakeQueryDict(dict):
    """Like Django's QueryDict: item access gives the last value, getlist gives them all."""

    def __getitem__(self, key):
        return super().__getitem__(key)[-1]

    def get(self, key, default=None):
        values = super().get(key)
        return values[-1] if values else default

    def getlist(self, key):
        return list(super().get(key, []))


def test_a_querydict_like_object_is_read_with_getlist():
    query = FakeQueryDict(complete_query(lot_safety_tests=["sterility", "virus"]))
    parsed = parse_answers(query)
    assert parsed.errors == []
    assert parsed.answers["lot_safety_tests"] == ("sterility", "virus")
    query = FakeQueryDict(complete_query(approval_status=["reagent", "unknown"]))
    assert errors_of(query) == [AnswerError("approval_status", "multiple_values")]


def test_a_dict_of_plain_strings_works():
    query = {param: "unknown" for param in ALL_PARAMS}
    query["product"] = " 製品A "
    parsed = parse_answers(query)
    assert parsed.errors == []
    assert parsed.is_complete
    assert parsed.product == "製品A"


def test_tuples_work_as_value_lists():
    query = {param: ("unknown",) for param in ALL_PARAMS}
    assert parse_answers(query).is_complete


# --- Navigation ----------------------------------------------------------------------------------


def test_first_unanswered_walks_the_criteria_in_order():
    answers = {}
    assert first_unanswered(answers) == "approval_status"
    for index, key in enumerate(ORDER):
        assert first_unanswered(answers) == key
        answers[key] = ("unknown",)
        if key == "consent_and_risks":
            assert first_unanswered(answers) == "consent_and_risks"
            answers["consent_pressure"] = ("no",)
        expected_next = ORDER[index + 1] if index + 1 < len(ORDER) else None
        assert first_unanswered(answers) == expected_next


@pytest.mark.parametrize("missing", ORDER)
def test_first_unanswered_finds_a_gap(missing):
    parsed = parse_answers(complete_query())
    answers = {k: v for k, v in parsed.answers.items() if k != missing}
    assert first_unanswered(answers) == missing


def test_first_unanswered_finds_the_earliest_of_several_gaps():
    answers = dict(parse_answers(complete_query()).answers)
    del answers["broad_claims"], answers["ev_marker_panel"], answers["consent_pressure"]
    assert first_unanswered(answers) == "ev_marker_panel"


# --- Findings ------------------------------------------------------------------------------------


def test_evaluate_gives_one_finding_per_criterion_in_order():
    findings = evaluate(parse_answers(complete_query()).answers)
    assert [finding.criterion_key for finding in findings] == ORDER
    assert all(finding.code == "unknown" for finding in findings)
    assert findings[0].criterion.key == "approval_status"


def test_evaluate_refuses_incomplete_answers():
    with pytest.raises(ValueError, match="approval_status"):
        evaluate({})


@pytest.mark.parametrize(
    ("param", "values"),
    [
        ("approval_status", ("bogus",)),
        ("approval_status", ("shown",)),
        ("approval_status", ("reagent", "unknown")),
        ("lot_safety_tests", ("none", "virus")),
        ("lot_safety_tests", ()),
        ("consent_pressure", ("maybe",)),
    ],
)
def test_evaluate_refuses_invalid_answers(param, values):
    answers = dict(parse_answers(complete_query()).answers)
    answers[param] = values
    with pytest.raises(ValueError, match=param):
        evaluate(answers)


def test_evaluate_accepts_answers_in_any_order():
    answers = dict(parse_answers(complete_query()).answers)
    answers["lot_safety_tests"] = ("virus", "sterility", "mycoplasma", "endotoxin")
    (lot,) = [f for f in evaluate(answers) if f.criterion_key == "lot_safety_tests"]
    assert lot.code == "shown"


def test_a_mixed_result():
    query = complete_query(
        approval_status=["unapproved"],
        ad_required_disclosures=["unapproved", "relief_system"],
        regulatory_wording=["none"],
        particle_count_only=["count_only"],
        ev_marker_panel=["both"],
        impurity_check=["no"],
        source_and_donor=["one"],
        lot_safety_tests=["sterility", "endotoxin", "mycoplasma", "virus"],
        human_evidence=["testimonials_only"],
        research_registration=["free_practice"],
        broad_claims=["single_purpose"],
        consent_and_risks=["risks", "costs"],
        consent_pressure=["yes"],
    )
    findings = evaluate(parse_answers(query).answers)
    assert [(f.criterion_key, f.code) for f in findings] == [
        ("approval_status", "said_no"),
        ("ad_required_disclosures", "partial"),
        ("regulatory_wording", "na"),
        ("particle_count_only", "not_shown"),
        ("ev_marker_panel", "shown"),
        ("impurity_check", "not_shown"),
        ("source_and_donor", "partial"),
        ("lot_safety_tests", "shown"),
        ("human_evidence", "not_shown"),
        ("research_registration", "said_no"),
        ("broad_claims", "shown"),
        ("consent_and_risks", "not_shown"),
    ]
    assert [f.criterion_key for f in questions_to_ask(findings)] == [
        "approval_status",
        "ad_required_disclosures",
        "particle_count_only",
        "impurity_check",
        "source_and_donor",
        "human_evidence",
        "research_registration",
        "consent_and_risks",
    ]
    assert count_by_code(findings) == {
        "shown": 3,
        "partial": 2,
        "not_shown": 4,
        "said_no": 2,
        "unknown": 0,
        "na": 1,
    }


@pytest.mark.parametrize(
    ("code", "asked"),
    [
        ("shown", False),
        ("na", False),
        ("partial", True),
        ("not_shown", True),
        ("said_no", True),
        ("unknown", True),
    ],
)
def test_questions_to_ask_skips_only_shown_and_na(code, asked):
    findings = [Finding(key, code) for key in ORDER]
    assert questions_to_ask(findings) == (findings if asked else [])


def test_questions_to_ask_keeps_the_order():
    codes = ["shown", "na", "unknown", "partial", "shown", "said_no"] * 2
    findings = [Finding(key, code) for key, code in zip(ORDER, codes, strict=True)]
    assert [f.criterion_key for f in questions_to_ask(findings)] == [
        ORDER[i] for i, code in enumerate(codes) if code not in ("shown", "na")
    ]


def test_count_by_code_lists_every_code_and_no_total():
    assert count_by_code([]) == dict.fromkeys(
        ["shown", "partial", "not_shown", "said_no", "unknown", "na"], 0
    )
    counts = count_by_code([Finding("approval_status", "said_no")] * 3)
    assert counts["said_no"] == 3
    assert list(counts) == ["shown", "partial", "not_shown", "said_no", "unknown", "na"]
    assert "total" not in counts
    assert "score" not in counts


def test_result_codes():
    assert rules.RESULT_CODES == ("shown", "partial", "not_shown", "said_no", "unknown", "na")


# --- Serialising answers -------------------------------------------------------------------------


def test_query_pairs_are_in_canonical_order():
    answers = {
        "consent_pressure": ("no",),
        "consent_and_risks": ("contact", "risks"),
        "lot_safety_tests": ("virus", "sterility"),
        "approval_status": ("reagent",),
        "not_a_question": ("x",),
    }
    assert to_query_pairs(answers, "  製品A ") == [
        ("approval_status", "reagent"),
        ("lot_safety_tests", "sterility"),
        ("lot_safety_tests", "virus"),
        ("consent_and_risks", "risks"),
        ("consent_and_risks", "contact"),
        ("consent_pressure", "no"),
        ("product", "製品A"),
    ]


def test_query_pairs_exclude_a_whole_page_or_the_product():
    answers = dict(parse_answers(complete_query()).answers)
    pairs = to_query_pairs(answers, "製品A", exclude=["consent_and_risks", "product"])
    params = [param for param, _ in pairs]
    assert params == ORDER[:-1]
    assert [p for p, _ in to_query_pairs(answers, exclude=["approval_status"])] == [
        *ORDER[1:-1],
        "consent_and_risks",
        "consent_pressure",
    ]


@pytest.mark.parametrize("product", [None, "", "   "])
def test_no_product_no_parameter(product):
    assert to_query_pairs({"approval_status": ("unknown",)}, product) == [
        ("approval_status", "unknown")
    ]


def test_query_pairs_refuse_invalid_answers():
    with pytest.raises(ValueError, match="lot_safety_tests"):
        to_query_pairs({"lot_safety_tests": ("none", "virus")})


def test_query_string_round_trip():
    query = complete_query(
        lot_safety_tests=["virus", "sterility", "virus"],
        consent_and_risks=["contact", "risks"],
        consent_pressure=["no"],
    )
    query["product"] = ["エクソソーム 100億個 & more"]
    parsed = parse_answers(query)
    encoded = to_query_string(parsed.answers, parsed.product)
    assert "product=%E3%82%A8" in encoded
    assert "&lot_safety_tests=sterility&lot_safety_tests=virus&" in encoded
    again = parse_answers(parse_qs(encoded, keep_blank_values=True))
    assert again == parsed
    # Canonical: the same answers always give the same string.
    assert to_query_string(again.answers, again.product) == encoded


# --- The rule table ------------------------------------------------------------------------------


def test_committed_rule_table_is_up_to_date():
    expected = rules.rule_table()
    committed = RULE_TABLE.read_text(encoding="utf-8") if RULE_TABLE.exists() else ""
    if committed != expected:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                expected.splitlines(keepends=True),
                "checker/rule_table.txt (committed)",
                "checker/rule_table.txt (from checker/rules.py)",
            )
        )
        pytest.fail(
            "checker/rule_table.txt is out of date. Review the change below, then regenerate it "
            f"from the repository root with:\n    {rules.RULE_TABLE_COMMAND}\n\n{diff}",
            pytrace=False,
        )


def test_the_regeneration_command_prints_the_table():
    done = subprocess.run(
        [sys.executable, "-m", "checker.rules"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert done.stdout == rules.rule_table()


def table_rows():
    rows = []
    for line in rules.rule_table().splitlines():
        if not line.startswith("#"):
            key, *middle, result = line.split()
            rows.append((key, " ".join(middle), result))
    return rows


def test_rule_table_matches_the_spec_written_here():
    rows = table_rows()
    expected = []
    for key in ORDER:
        if key in SINGLE_SPEC:
            expected += [(key, f"option:{o}", c) for o, c in SINGLE_SPEC[key].items()]
            continue
        n = len(MULTI_ITEMS[key])
        classes = [("all", "items:all")]
        classes += [("some", f"items:{k}-of-{n}") for k in range(n - 1, 0, -1)]
        classes += [("none", "items:none"), ("unknown", "items:unknown")]
        for cls, label in classes:
            if key == "consent_and_risks":
                expected += [
                    (key, f"{label} consent_pressure:{p}", CONSENT_TABLE[(cls, p)])
                    for p in PRESSURES
                ]
            else:
                code = {"all": "shown", "some": "partial", "none": "not_shown"}.get(cls, "unknown")
                expected.append((key, label, code))
        expected += [
            (key, "items:none+item", "invalid:exclusive_mixed"),
            (key, "items:unknown+item", "invalid:exclusive_mixed"),
            (key, "items:none+unknown", "invalid:exclusive_mixed"),
            (key, "items:empty", "unanswered"),
        ]
        if key == "consent_and_risks":
            expected.append((key, "consent_pressure:empty", "unanswered"))
    assert rows == expected


def test_rule_table_example_lines():
    text = rules.rule_table()
    squeezed = {" ".join(line.split()) for line in text.splitlines()}
    assert "lot_safety_tests items:2-of-4 partial" in squeezed
    assert "consent_and_risks items:all consent_pressure:no shown" in squeezed
    assert "regulatory_wording option:none na" in squeezed


# --- Properties ----------------------------------------------------------------------------------

OPTION_VALUES = sorted({key for c in CRITERIA for q in c.questions for key in q.option_keys})
value_text = st.one_of(st.sampled_from(["", " ", "none", "unknown", *OPTION_VALUES]), st.text())
query_strategy = st.dictionaries(
    keys=st.one_of(st.sampled_from([*ALL_PARAMS, "product"]), st.text(max_size=20)),
    values=st.one_of(value_text, st.lists(value_text, max_size=6)),
    max_size=20,
)


@settings(max_examples=500, deadline=None)
@given(query_strategy)
def test_any_query_gives_errors_or_valid_answers(query):
    parsed = parse_answers(query)
    keys_named = [error.question_key for error in parsed.errors]
    assert all(key in (*ORDER, "product") for key in keys_named)
    assert keys_named == sorted(keys_named, key=[*ORDER, "product"].index)
    assert all(error.code in rules.ERROR_CODES for error in parsed.errors)
    assert parsed.product is None or 0 < len(parsed.product) <= 80
    # Whatever is kept is valid: it serialises and parses back unchanged.
    encoded = to_query_string(parsed.answers, parsed.product)
    again = parse_answers(parse_qs(encoded, keep_blank_values=True))
    assert again.errors == []
    assert again.answers == parsed.answers
    assert again.product == parsed.product
    if parsed.is_complete:
        findings = evaluate(parsed.answers)
        assert [f.criterion_key for f in findings] == ORDER
        assert all(f.code in rules.RESULT_CODES for f in findings)
    else:
        assert first_unanswered(parsed.answers) in ORDER


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            key: st.sampled_from(list(SINGLE_SPEC[key]))
            if key in SINGLE_SPEC
            else st.one_of(
                st.sampled_from([("none",), ("unknown",)]),
                st.lists(st.sampled_from(MULTI_ITEMS[key]), min_size=1, unique=True).map(tuple),
            )
            for key in ORDER
        }
    ),
    st.sampled_from(PRESSURES),
)
def test_any_complete_answers_give_the_spec_codes(chosen, pressure):
    query = {key: [v] if isinstance(v, str) else list(v) for key, v in chosen.items()}
    query["consent_pressure"] = [pressure]
    findings = evaluate(parse_answers(query).answers)
    for finding in findings:
        value = chosen[finding.criterion_key]
        if finding.criterion_key in SINGLE_SPEC:
            assert finding.code == SINGLE_SPEC[finding.criterion_key][value]
        elif finding.criterion_key == "consent_and_risks":
            assert finding.code == CONSENT_TABLE[(consent_class(tuple(sorted(value))), pressure)]
        else:
            assert finding.code == plain_multi_expected(finding.criterion_key, value)


def plain_multi_expected(key, chosen):
    if chosen == ("none",):
        return "not_shown"
    if chosen == ("unknown",):
        return "unknown"
    return "shown" if len(chosen) == len(MULTI_ITEMS[key]) else "partial"
