"""checker.ad_text: folding, the pattern syntax, leftmost-longest matching with exclusions, the five
disclosures, input cleaning — and properties that must hold for any text (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import ad_text
from checker.ad_text import Matcher, PhraseRule, compile_pattern, fold, fold_plain, kanji_number
from checker.initial_content.ad_phrases import PHRASES

EXAMPLE_AD = "幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ"


def initial_matcher():
    return Matcher(
        PhraseRule(p["slug"], tuple(p["variants"]), tuple(p["exclusions"])) for p in PHRASES
    )


MATCHER = initial_matcher()


def marked(matcher, text):
    return [(m.key, m.text) for m in matcher.find(text)]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("100", "100"),
        ("007", "007"),
        ("1,000", "1000"),
        ("百", "100"),
        ("千", "1000"),
        ("十", "10"),
        ("十二", "12"),
        ("二十", "20"),
        ("五十", "50"),
        ("三百五十", "350"),
        ("二千五百", "2500"),
        ("千二百三十四", "1234"),
        ("一", "1"),
        ("〇", "0"),
        ("二〇二四", "2024"),
        ("零", "0"),
        ("1千", "1000"),
        ("3百", "300"),
        ("九千九百九十九", "9999"),
    ],
)
def test_kanji_number(run, value):
    assert kanji_number(run) == value


@pytest.mark.parametrize(
    "written",
    ["100億個", "１００億個", "百億個", "一〇〇億個", "100 億個", "100億 個", "１００　億個"],
)
def test_the_same_count_written_many_ways_folds_alike(written):
    assert fold_plain(written) == "100億個"


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("1,000億個", "1000億個"),
        ("１，０００億個", "1000億個"),
        ("1兆個", "1兆個"),
        ("一兆個", "1兆個"),
        ("50億", "50億"),
        ("五十億", "50億"),
        ("2.5億個", "2.5億個"),
        ("1,2", "1,2"),  # not a thousands separator
        ("三千万個", "3000万個"),
    ],
)
def test_number_folding(written, folded):
    assert fold_plain(written) == folded


# --- folding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("エクソソーム", "えくそそーむ"),
        ("ｴｸｿｿｰﾑ", "えくそそーむ"),
        ("えくそそーむ", "えくそそーむ"),
        ("ＥＸＯＳＯＭＥ", "exosome"),
        ("Exosome", "exosome"),
        ("国内 製造", "国内製造"),
        ("国内\n製造", "国内製造"),
        ("国内\u3000製造", "国内製造"),
        ("若返り・アンチエイジング", "若返りあんちえいじんぐ"),
        ("FDA 登録", "fda登録"),
        ("new AGA", "new aga"),
        ("A  B", "a b"),
        ("点\u200b滴", "点滴"),  # zero-width space dropped
        ("点\x00滴", "点滴"),
    ],
)
def test_folding(written, folded):
    assert fold_plain(written) == folded


def test_folded_characters_keep_their_original_spans():
    text = "ＡＢ　百億個"
    folded = fold(text)
    assert folded.text == "ab100億個"
    assert len(folded.spans) == len(folded.text)
    # the three digits all come from 「百」
    assert [folded.spans[i] for i in range(2, 5)] == [(3, 4)] * 3
    assert folded.original_span(2, 7) == (3, 6)
    assert text[3:6] == "百億個"


def test_fold_of_empty_text():
    assert fold("").text == ""
    assert fold(None).text == ""


# --- patterns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("○億個", "100億個", ["100億個"]),
        ("○億個", "１００億個", ["１００億個"]),
        ("○億個", "百億個配合", ["百億個"]),
        ("○億個", "1,000億個", ["1,000億個"]),
        ("○億個", "2.5億個", ["2.5億個"]),
        ("◯億個", "3億個", ["3億個"]),
        ("○億個", "億個", []),
        ("○兆個", "1兆個", ["1兆個"]),
        ("○億", "50億の粒", ["50億"]),
        ("○万個", "三千万個", ["三千万個"]),
        ("厚生労働省〜届出", "厚生労働省に届出済み", ["厚生労働省に届出"]),
        ("厚生労働省〜届出", "厚生労働省へ正式に届出", ["厚生労働省へ正式に届出"]),
        ("厚生労働省〜届出", "厚生労働省。届出", []),  # not across a sentence
        ("厚生労働省〜届出", "厚生労働省" + "あ" * 11 + "届出", []),  # too far apart
        ("厚生労働省～届出", "厚生労働省の届出", ["厚生労働省の届出"]),
        ("エクソソーム", "ｴｸｿｿｰﾑ点滴", ["ｴｸｿｿｰﾑ"]),
        ("エクソソーム", "えくそそーむ", ["えくそそーむ"]),
        ("exosome", "Exosome therapy", ["Exosome"]),
        ("exosome", "exosomes", []),  # whole words for Latin letters
        ("AGA", "AGA治療", ["AGA"]),
        ("AGA", "sagas", []),
        ("国内製造", "国内 製造", ["国内 製造"]),
    ],
)
def test_pattern_syntax(pattern, text, found):
    matcher = Matcher([PhraseRule("p", (pattern,))])
    assert [m.text for m in matcher.find(text)] == found


def test_a_number_pattern_does_not_start_inside_a_number():
    matcher = Matcher([PhraseRule("p", ("○億",))])
    assert [m.text for m in matcher.find("1.5億")] == ["1.5億"]


@pytest.mark.parametrize("pattern", ["", "   ", "○", "〜", "○〜○", "・"])
def test_patterns_without_text_are_refused(pattern):
    with pytest.raises(ad_text.PatternError):
        compile_pattern(pattern)


def test_unusable_variants_are_skipped_not_fatal():
    matcher = Matcher([PhraseRule("p", ("○", "点滴"))])
    assert marked(matcher, "点滴") == [("p", "点滴")]


def test_a_gap_at_either_end_means_nothing():
    assert compile_pattern("〜点滴〜").pattern == compile_pattern("点滴").pattern


def test_split_lines():
    assert ad_text.split_lines(" 点滴 \n\n注射\r\n点滴\n") == ("点滴", "注射")
    assert ad_text.split_lines("") == ()
    assert ad_text.split_lines(None) == ()


# --- matching ------------------------------------------------------------------------------


def test_leftmost_longest_and_earlier_rule_on_a_tie():
    matcher = Matcher(
        [
            PhraseRule("short", ("培養",)),
            PhraseRule("long", ("培養上清",)),
            PhraseRule("same", ("培養",)),
        ]
    )
    assert marked(matcher, "培養上清と培養") == [("long", "培養上清"), ("short", "培養")]


def test_matches_never_overlap():
    matcher = Matcher([PhraseRule("a", ("上清液",)), PhraseRule("b", ("液体",))])
    assert marked(matcher, "上清液体") == [("a", "上清液")]


def test_exclusions_drop_overlapping_matches_only():
    matcher = Matcher([PhraseRule("count", ("○億",), ("○億円",))])
    assert marked(matcher, "100億円で、100億") == [("count", "100億")]


def test_exclusions_belong_to_their_rule():
    matcher = Matcher([PhraseRule("count", ("○億",), ("○億円",)), PhraseRule("price", ("○億円",))])
    assert marked(matcher, "1億円") == [("price", "1億円")]


def test_read_cuts_the_text_into_segments_that_join_back():
    reading = MATCHER.read(EXAMPLE_AD)
    assert "".join(s.text for s in reading.segments) == EXAMPLE_AD
    assert [(s.key, s.text) for s in reading.segments if s.key] == [
        ("culture-supernatant", "幹細胞培養上清"),
        ("exosome", "エクソソーム"),
        ("drip-injection", "点滴"),
        ("particle-count", "100億個"),
        ("made-in-japan", "国内製造"),
        ("anti-aging", "若返り"),
        ("immunity", "免疫力"),
    ]
    assert reading.found_keys[0] == "culture-supernatant"
    assert reading.words_for("particle-count") == ("100億個",)


def test_the_example_advert_misses_all_five_disclosures():
    reading = MATCHER.read(EXAMPLE_AD)
    assert reading.missing_disclosures == ad_text.DISCLOSURE_CODES


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("エクソソームを静脈に注射します", "drip-injection"),
        ("1兆個のエクソソーム", "particle-count"),
        ("５０億の粒子", "particle-count"),
        ("百億個配合", "particle-count"),
        ("日本製の製剤", "made-in-japan"),
        ("国内の自社工場で製造", "made-in-japan"),
        ("最新の再生医療", "regenerative-medicine"),
        ("厚生労働省に届出済み", "government-notification"),
        ("厚労省認可のクリニック", "government-notification"),
        ("副作用の心配がありません", "no-side-effects"),
        ("副作用はほとんどありません", "no-side-effects"),
        ("アンチエイジングに", "anti-aging"),
        ("免疫力アップ", "immunity"),
        ("美肌効果", "beautiful-skin"),
        ("ＡＧＡ治療", "hair-growth"),
        ("薄毛に悩む方", "hair-growth"),
        ("認知症の予防", "dementia"),
        ("最先端の治療", "cutting-edge"),
        ("医師監修の製剤", "doctor-supervised"),
        ("今だけ半額", "limited-time"),
        ("期間限定キャンペーン", "limited-time"),
    ],
)
def test_initial_phrases_find_typical_advert_wording(text, key):
    assert key in MATCHER.read(text).found_keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("市場は1兆円です", "particle-count"),
        ("厚生労働省に認められていない治療です", "government-notification"),
        ("副作用が出ても、救済制度の対象にならない", "no-side-effects"),
        ("脱毛サロン", "hair-growth"),
    ],
)
def test_initial_phrases_do_not_mark_what_their_exclusions_rule_out(text, key):
    assert key not in MATCHER.read(text).found_keys


def test_every_initial_variant_finds_itself():
    for phrase in PHRASES:
        matcher = Matcher([PhraseRule(phrase["slug"], tuple(phrase["variants"]))])
        for variant in phrase["variants"]:
            example = variant.replace("○", "100").replace("〜", "の")
            assert matcher.find(example), (phrase["slug"], variant)


# --- disclosures ---------------------------------------------------------------------------

DISCLOSING_AD = (
    "本治療に用いる製剤は、国内未承認の医薬品です。"
    "製剤は、海外の製造元から当院の医師の判断で個人輸入しています。"
    "国内では、同一の成分や効能を持つ承認医薬品はありません。"
    "諸外国でも承認されておらず、重大なリスクが報告されていない可能性があります。"
    "万一、副作用が出た場合、医薬品副作用被害救済制度の対象外となります。"
)


def test_an_advert_that_states_all_five_disclosures():
    reading = MATCHER.read(DISCLOSING_AD)
    assert reading.missing_disclosures == ()
    found = {d.code: d.words for d in reading.disclosures}
    assert "未承認" in found["unapproved"]
    assert "輸入" in found["source"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("未承認医薬品を使います", "unapproved"),
        ("この薬は日本で承認されていません", "unapproved"),
        ("入手経路:海外の製造元", "source"),
        ("米国より輸入", "source"),
        ("国内で承認された同様の医薬品はありません", "domestic_alternatives"),
        ("同一成分の承認医薬品はありません", "domestic_alternatives"),
        ("諸外国での安全性", "foreign_safety"),
        ("海外では重大な副作用の報告はありません", "foreign_safety"),
        ("救済制度の対象外です", "relief_system"),
    ],
)
def test_each_disclosure_is_found_by_its_usual_words(text, code):
    findings = {d.code: d.found for d in MATCHER.read(text).disclosures}
    assert findings[code] is True
    assert sum(findings.values()) >= 1


def test_domestic_unapproved_is_not_a_domestic_alternative():
    findings = {d.code: d.found for d in MATCHER.read("国内未承認の医薬品です").disclosures}
    assert findings == {
        "unapproved": True,
        "source": False,
        "domestic_alternatives": False,
        "foreign_safety": False,
        "relief_system": False,
    }


def test_disclosure_codes_are_the_criterion_items():
    from checker import rules

    criterion = rules.get_criterion("ad_required_disclosures")
    items = [key for key in criterion.main_question.option_keys if key not in ("none", "unknown")]
    assert list(ad_text.DISCLOSURE_CODES) == items


# --- input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "   ", "\n\n\t", "\u3000", "\x00\x01"])
def test_empty_input(raw):
    assert ad_text.clean_input(raw).error == ad_text.EMPTY


def test_length_limit_counts_line_breaks_as_one_character():
    text = "あ\r\n" * 2500  # 5,000 characters in the browser's count, 7,500 as sent
    cleaned = ad_text.clean_input(text)
    assert cleaned.error is None
    assert cleaned.length == 5000
    assert "\r" not in cleaned.text


def test_too_long():
    cleaned = ad_text.clean_input("あ" * 5001)
    assert cleaned.error == ad_text.TOO_LONG
    assert cleaned.length == 5001
    assert ad_text.clean_input("あ" * 5000).error is None


def test_control_characters_are_removed_and_reported():
    cleaned = ad_text.clean_input("点\x00滴\x1b[31m\x7f")
    assert cleaned.text == "点滴[31m"
    assert cleaned.removed_controls is True
    assert ad_text.clean_input("点滴\n\t注射").removed_controls is False


# --- properties ----------------------------------------------------------------------------

JAPANESE_ISH = st.text(
    alphabet=st.sampled_from(
        list("点滴注射億兆万個百千十一二三〇0123456789１２３,.、。 \n\u3000・ｴｸｿｰﾑエクソソーム")
        + list("国内製造副作用なし若返り免疫力厚生労働省届出<>&\"'\x00\u200b\ud7ff\U0001f600")
    ),
    max_size=300,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JAPANESE_ISH)
def test_any_text_reads_back_exactly_with_ordered_non_overlapping_marks(text):
    reading = MATCHER.read(text)
    assert "".join(s.text for s in reading.segments) == text
    previous_end = 0
    for match in reading.matches:
        assert previous_end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        previous_end = match.end
    assert len(reading.disclosures) == 5


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_folds_with_one_span_per_character(text):
    folded = fold(text)
    assert len(folded.spans) == len(folded.text)
    for start, end in folded.spans:
        assert 0 <= start < end <= len(text)
    assert [s for s, _ in folded.spans] == sorted(s for s, _ in folded.spans)
    assert not re.search(r"[\u30a1-\u30f6]", folded.text)  # no katakana left


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_is_read_without_error(text):
    cleaned = ad_text.clean_input(text)
    if cleaned.error is None:
        MATCHER.read(cleaned.text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9999))
def test_arabic_and_kanji_numbers_fold_alike(number):
    digits = "〇一二三四五六七八九"
    kanji = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        count, number_left = divmod(number, value)
        if count:
            kanji += ("" if count == 1 else digits[count]) + unit
        number = number_left
    if number:
        kanji += digits[number]
    assert fold_plain(kanji + "億個") == fold_plain(
        f"{int(kanji_number(kanji)):,}億個".translate(
            str.maketrans("0123456789,", "０１２３４５６７８９，")
        )
    )
