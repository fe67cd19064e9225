"""The plain-Python Japanese analyser: normalisation, segmentation, folding, query terms,
highlight spans and snippets. No database."""

import threading
import unicodedata

import jaconv
from hypothesis import given, settings
from hypothesis import strategies as st

from search import japanese_text as jt

# --- normalisation and folding ----------------------------------------------------------------


def test_nfkc_makes_full_width_and_half_width_one_form():
    assert jt.normalize("ＣＤ６３") == "CD63"
    assert jt.normalize("ｴｸｿｿｰﾑ") == "エクソソーム"
    assert jt.normalize("ｶﾞ") == "ガ"


def test_control_and_format_characters_are_dropped():
    assert jt.normalize("点\x00滴\x7f\u200b\ufeff\u202e") == "点滴"
    assert jt.normalize("成分\u2028表示\t") == "成分 表示 "
    assert jt.normalize(None) == ""


def test_fold_makes_katakana_hiragana_and_latin_lower_case():
    assert jt.fold("エクソソーム") == "えくそそーむ"
    assert jt.fold("CD63") == "cd63"
    assert jt.fold("Café") == "cafe"
    assert jt.fold("点滴") == "点滴"


# --- segmentation ---------------------------------------------------------------------------


def keys(text):
    return [t.key for t in jt.tokens(text)]


def test_two_character_words_inside_longer_runs_become_their_own_tokens():
    assert keys("成分表示") == ["成分", "表示"]
    assert "点滴" in keys("エクソソーム点滴の臨床的有効性は未評価です。")
    assert "承認" in keys("承認されていない製品です")
    assert keys("幹細胞培養上清液") == ["幹", "細胞", "培養", "上", "清", "液"]


def test_punctuation_is_dropped_and_codes_are_cut_into_letters_and_digits():
    assert keys("「成分表示」を見る。") == ["成分", "表示", "を", "見る"]
    assert keys("CD63") == ["cd", "63"]
    assert keys("cd_63 1.5") == ["cd", "63", "1", "5"]
    assert keys("！？、。") == []


def test_index_text_is_the_same_for_every_width_case_and_kana_form():
    assert jt.index_text("ＣＤ６３") == jt.index_text("CD63") == jt.index_text("cd63") == "cd 63"
    assert jt.index_text("ｴｸｿｿｰﾑ") == jt.index_text("エクソソーム") == "えくそそーむ"
    assert jt.index_text("タンパク質") == jt.index_text("たんぱく質")


def test_index_text_equals_the_query_tokens_on_real_sentences():
    for text in [
        "エクソソーム点滴の臨床的有効性は未評価です。CD63とＣＤ９。Café",
        "2024年7月31日、厚生労働省(こうせいろうどうしょう)は「エクソソーム試薬(しやく)」について",
        "成分表示を必ず確かめましょう。\n培養上清液の粒子数は、はかり方で変わります。",
    ]:
        assert jt.index_text(text) == " ".join(t.key for t in jt.tokens(text))


def test_long_text_is_segmented_in_chunks_without_losing_words():
    text = "成分表示を必ず確かめましょう。" * 1500  # 22,500 characters
    assert keys(text).count("成分") == 1500
    no_sentence_end = "成分表示" * 3000  # no 。 or newline to cut at
    assert keys(no_sentence_end).count("表示") == 3000


def test_the_tagger_can_be_used_from_several_threads():
    expected = jt.index_text("エクソソーム点滴の臨床的有効性は未評価です。")
    results = []

    def work():
        for _ in range(50):
            results.append(jt.index_text("エクソソーム点滴の臨床的有効性は未評価です。"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 200


# --- queries --------------------------------------------------------------------------------


def test_clean_query_truncates_overlong_input_and_says_so():
    text, truncated = jt.clean_query("点滴" * 500)
    assert len(text) == jt.MAX_QUERY_CHARS
    assert truncated
    assert jt.clean_query("  点滴 \u3000 成分 ") == ("点滴 成分", False)


def test_terms_are_split_on_any_space_and_limited():
    terms = jt.parse_query("点滴\u3000成分 承認")
    assert [t.text for t in terms] == ["点滴", "成分", "承認"]
    many = " ".join(f"語{i}" for i in range(30))
    assert len(jt.parse_query(many)) == jt.MAX_TERMS


def test_a_query_of_punctuation_or_controls_has_no_terms():
    assert jt.parse_query("！？・、。「」") == []
    assert jt.parse_query("\x00\x01\x02") == []
    assert jt.parse_query("") == []


def test_a_multi_morpheme_term_is_one_sequence():
    (term,) = jt.parse_query("ＣＤ６３")
    assert term.variants == (("cd", "63"),)
    assert term.needles == ("cd63",)


def test_hiragana_terms_get_a_katakana_variant_that_segments_like_the_index():
    (term,) = jt.parse_query("えくそそーむ")
    # MeCab cuts the hiragana run into pieces; the katakana variant is one word, like the index.
    assert ("えくそそーむ",) in term.variants
    assert tuple(keys("エクソソーム")) in term.variants


def test_katakana_terms_get_a_hiragana_variant():
    (term,) = jt.parse_query("シヤク")
    assert tuple(keys("しやく")) in term.variants


def test_relaxed_form_only_when_it_helps():
    (term,) = jt.parse_query("成分の表示")
    assert term.relaxed == ("成分", "表示")  # particles left out
    assert jt.is_relaxable([term])
    # A compound of real words falls back to its words apart (「幹細胞培養上清」).
    for query, words in (
        ("成分表示", ("成分", "表示")),
        ("エクソソーム点滴", ("えくそそーむ", "点滴")),
        ("幹細胞培養上清", ("幹", "細胞", "培養", "上", "清")),
    ):
        (term,) = jt.parse_query(query)
        assert term.relaxed == words, query
    # One word, a name of letters and digits, and kana cut into fragments stay whole.
    for query in ("点滴", "CD63", "しやく", "シヤク"):
        terms = jt.parse_query(query)
        assert not jt.is_relaxable(terms), query


# --- highlighting ---------------------------------------------------------------------------


def marked(text, needles, **kwargs):
    snippet = jt.snippet(text, needles, **kwargs)
    return "".join(f"[{t}]" if hit else t for t, hit in snippet.parts)


def test_spans_are_found_across_width_kana_and_case():
    text = "ＣＤ６３とエクソソーム、ｴｸｿｿｰﾑ、cd63。"
    spans = jt.find_spans(text, ["cd63", "えくそそーむ"])
    assert [text[s:e] for s, e in spans] == ["ＣＤ６３", "エクソソーム", "ｴｸｿｿｰﾑ", "cd63"]


def test_latin_needles_match_whole_words_only():
    assert jt.find_spans("abcd63 と cd630", ["cd63"]) == []
    assert jt.find_spans("CD63です", ["cd63"]) == [(0, 4)]


def test_half_width_voiced_kana_map_back_to_the_original_characters():
    text = "ｶﾞﾝの話"
    ((start, end),) = jt.find_spans(text, ["がん"])
    assert text[start:end] == "ｶﾞﾝ"


def test_snippet_marks_words_inside_longer_runs():
    assert marked("成分表示を見ます。", ["成分"]) == "[成分]表示を見ます。"
    assert marked("点滴の有効性", ["点滴", "有効"]) == "[点滴]の[有効]性"


def test_snippet_window_moves_to_the_matches_and_says_where_it_cut():
    text = "前おきです。" * 40 + "ここに点滴があります。" + "あとがきです。" * 40
    snippet = jt.snippet(text, ["点滴"], width=60)
    assert snippet.cut_before and snippet.cut_after
    assert ("点滴", True) in snippet.parts
    assert sum(len(t) for t, _ in snippet.parts) <= 60


def test_snippet_starts_at_a_sentence_before_the_match_when_it_can():
    text = "あいうえおかきくけこ。" * 10 + "ここに点滴があります。" + "おわりです。" * 20
    snippet = jt.snippet(text, ["点滴"], width=60, context=30)
    assert snippet.parts[0][0].startswith("ここに")
    assert snippet.cut_before


def test_snippet_without_a_match_is_the_beginning():
    text = "はじめの文です。" * 30
    snippet = jt.snippet(text, ["ない"], width=20)
    assert snippet.parts == ((text[:20], False),)
    assert not snippet.cut_before and snippet.cut_after


# --- properties -----------------------------------------------------------------------------

japanese_text = st.text(
    alphabet=st.sampled_from(
        list("点滴成分表示承認のはをがエクソソームえくそそーむＣＤ６３cd63 。、「」！?ｶﾞﾝ\x00\u200b")
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(japanese_text)
def test_index_text_is_folded_and_normalised(text):
    indexed = jt.index_text(text)
    assert indexed == unicodedata.normalize("NFKC", indexed)
    assert indexed == jaconv.kata2hira(indexed).casefold()
    assert "  " not in indexed and indexed == indexed.strip()


@settings(max_examples=200, deadline=None)
@given(japanese_text)
def test_index_text_and_query_tokens_segment_alike(text):
    # index_text uses MeCab's fast wakati output; queries read features (parts of speech).
    assert jt.index_text(text) == " ".join(t.key for t in jt.tokens(text))


@settings(max_examples=200, deadline=None)
@given(japanese_text, japanese_text)
def test_snippet_parts_are_a_piece_of_the_text(text, query):
    terms = jt.parse_query(query)
    needles = [n for term in terms for n in term.needles]
    snippet = jt.snippet(text, needles, width=50)
    joined = "".join(t for t, _ in snippet.parts)
    assert joined in " ".join(text.split())
    assert len(joined) <= 50


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_query_parses_without_error(text):
    terms = jt.parse_query(text)
    assert len(terms) <= jt.MAX_TERMS
    for term in terms:
        assert term.variants and all(term.variants)
