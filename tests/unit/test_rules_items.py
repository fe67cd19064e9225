"""The items of the three multi findings and the sentences above their lists (checker/rules.py).

Expected items and sentences are written out by hand from the checker contract: an item ticked is
shown, an item not ticked is not shown, `none` makes every item not shown, `unknown` lists no
items; for consent, `consent_pressure` is an item shown when the reader was NOT pressured.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from checker import rules

ITEMS = {
    "ad_required_disclosures": [
        "unapproved",
        "source",
        "domestic_alternatives",
        "foreign_safety",
        "relief_system",
    ],
    "lot_safety_tests": ["sterility", "endotoxin", "mycoplasma", "virus"],
    "consent_and_risks": ["risks", "alternatives", "costs", "contact", "relief_system"],
}


def answers_for(key, chosen, pressure="unknown"):
    answers = {key: tuple(chosen)}
    if key == "consent_and_risks":
        answers["consent_pressure"] = (pressure,)
    return answers


def every_subset(items):
    for size in range(1, len(items) + 1):
        yield from combinations(items, size)


def test_only_the_three_multi_criteria_have_items():
    assert set(rules.ITEM_WORDING) == set(ITEMS)
    for criterion in rules.CRITERIA:
        assert rules.has_items(criterion.key) == (criterion.kind == rules.MULTI)
        if criterion.kind == rules.SINGLE:
            answers = {criterion.key: (criterion.option_keys[0],)}
            assert rules.item_states(criterion.key, answers) == ()
            assert rules.item_sentences(criterion.key, answers) == ()


def test_every_item_has_a_plain_label_without_the_list_separator():
    for key, items in ITEMS.items():
        wording = rules.ITEM_WORDING[key]
        assert [item for item, _label in wording.labels] == items
        for _item, label in wording.labels:
            assert label and "、" not in label
            assert "(" not in label.replace("(菌がいないことの検査)", "")  # no readings


@pytest.mark.parametrize("key", ITEMS)
def test_each_subset_marks_exactly_the_ticked_items_shown(key):
    items = ITEMS[key]
    for chosen in every_subset(items):
        states = rules.item_states(key, answers_for(key, chosen))
        assert [s.key for s in states] == items  # pressure unknown: no pressure item
        assert [s.shown for s in states] == [item in chosen for item in items]
        for state in states:
            wording = rules.ITEM_WORDING[key]
            expected = wording.shown_word if state.shown else wording.not_shown_word
            assert state.status == expected
            assert state.label == wording.label(state.key)


@pytest.mark.parametrize("key", ITEMS)
def test_none_marks_every_item_not_shown_and_unknown_lists_none(key):
    states = rules.item_states(key, answers_for(key, ["none"]))
    assert [(s.key, s.shown) for s in states] == [(item, False) for item in ITEMS[key]]
    assert rules.item_states(key, answers_for(key, ["unknown"])) == ()


@pytest.mark.parametrize(
    ("pressure", "expected"), [("yes", False), ("no", True), ("unknown", None)]
)
@pytest.mark.parametrize(
    "chosen", [["risks", "costs"], ["none"], ["unknown"], ITEMS["consent_and_risks"]]
)
def test_consent_pressure_is_an_item_shown_when_not_pressured(pressure, expected, chosen):
    states = rules.item_states(
        "consent_and_risks", answers_for("consent_and_risks", chosen, pressure)
    )
    pressure_states = [s for s in states if s.key == "consent_pressure"]
    if expected is None:
        assert pressure_states == []
    else:
        (state,) = pressure_states
        assert state.shown is expected
        assert state.status == ("せかされなかった" if expected else "せかされた")
        assert states[-1] is state  # after the five items


def test_missing_items_are_named_in_the_sentence_in_option_order():
    answers = answers_for("consent_and_risks", ["risks", "contact"], "no")
    assert rules.item_sentences("consent_and_risks", answers) == (
        "書面の説明がなかったもの:ほかの方法や受けない場合のこと、"
        "費用の合計・回数・やめるときの条件、国の救済制度の対象外であること。",
        "その日のうちに決めるよう、せかされなかったという答えでした。",
    )
    answers = answers_for("ad_required_disclosures", ["unapproved", "source", "foreign_safety"])
    assert rules.item_sentences("ad_required_disclosures", answers) == (
        "広告に書いてなかったもの:日本で承認された同じようなくすりがあるか、"
        "国の救済制度の対象にならないこと。",
    )
    answers = answers_for("lot_safety_tests", ["sterility"])
    assert rules.item_sentences("lot_safety_tests", answers) == (
        "書類に結果がなかった検査:エンドトキシンの検査、マイコプラズマの検査、ウイルスの検査。",
    )


@pytest.mark.parametrize("key", ITEMS)
def test_every_subset_names_each_missing_item_and_no_ticked_one(key):
    wording = rules.ITEM_WORDING[key]
    items = ITEMS[key]
    for chosen in every_subset(items):
        (first, *rest) = rules.item_sentences(key, answers_for(key, chosen))
        missing = [item for item in items if item not in chosen]
        if not missing:
            assert first == wording.all_shown.format(n=len(items))
            continue
        listed = first.split(":", 1)[1].rstrip("。").split("、")
        assert listed == [wording.label(item) for item in missing]


def test_all_none_and_unknown_sentences():
    assert rules.item_sentences(
        "lot_safety_tests", answers_for("lot_safety_tests", ITEMS["lot_safety_tests"])
    ) == ("4つの検査とも、書類に結果があったという答えでした。",)
    assert rules.item_sentences(
        "ad_required_disclosures", answers_for("ad_required_disclosures", ["none"])
    ) == ("5つとも、広告に書いてなかったという答えでした。",)
    assert rules.item_sentences(
        "ad_required_disclosures", answers_for("ad_required_disclosures", ["unknown"])
    ) == ("広告にこの5つが書いてあるかは、わからないという答えでした。",)
    assert rules.item_sentences(
        "consent_and_risks", answers_for("consent_and_risks", ["unknown"], "yes")
    ) == (
        "書面で説明されたかは、わからないという答えでした。",
        "その日のうちに決めるよう、せかされたという答えでした。",
    )


def test_no_sentence_states_what_the_reader_did_not_answer():
    """The case of the report: no written explanation, and NOT pressured."""
    answers = answers_for("consent_and_risks", ["none"], "no")
    sentences = rules.item_sentences("consent_and_risks", answers)
    assert sentences == (
        "書面での説明はなかったという答えでした。",
        "その日のうちに決めるよう、せかされなかったという答えでした。",
    )
    assert not any("せかされた" in s and "せかされなかった" not in s for s in sentences)
    # Pressured, with every item explained: nothing says an explanation was missing.
    answers = answers_for("consent_and_risks", ITEMS["consent_and_risks"], "yes")
    sentences = rules.item_sentences("consent_and_risks", answers)
    assert sentences[0] == "5つとも、書面で説明されたという答えでした。"
    assert "なかった" not in sentences[0]
    # 「わからない」 for pressure: neither pressured nor not.
    answers = answers_for("consent_and_risks", ["risks"], "unknown")
    assert rules.item_sentences("consent_and_risks", answers)[1] == (
        "せかされたかどうかは、わからないという答えでした。"
    )


def test_result_labels_and_at_most_three_styles():
    assert set(rules.RESULT_LABELS) == set(rules.RESULT_CODES)
    assert rules.RESULT_LABELS["unknown"] == "まだ確かめられていません"
    assert len(set(rules.RESULT_LABELS.values())) == len(rules.RESULT_CODES)
    assert set(rules.RESULT_STYLES) == set(rules.RESULT_CODES)
    assert set(rules.RESULT_STYLES.values()) == {"shown", "ask", "na"}
    # Every code that becomes a question for the clinic shares the "ask" style.
    for code in rules.RESULT_CODES:
        asked = rules.questions_to_ask([rules.Finding("approval_status", code)]) != []
        assert (rules.RESULT_STYLES[code] == "ask") == asked
