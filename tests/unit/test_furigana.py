"""The furigana engine (learn.furigana): plain functions on rendered HTML."""

import re
import threading

import pytest

from learn.furigana import Reader, add_furigana, aligned, clean_overrides

RT = '<rt aria-hidden="true">'


def readings(html):
    """(base, reading) of each ruby in the HTML."""
    return re.findall(r'<ruby>([^<]*)<rt aria-hidden="true">([^<]*)</rt></ruby>', html)


def read(html):
    """The text as a reader of the readings sees it: kanji replaced by their ruby."""
    return re.sub(r"<ruby>[^<]*<rt[^>]*>([^<]*)</rt></ruby>", r"\1", html)


def test_extracellular_vesicle_reads_saibougai_shouhou():
    assert read(add_furigana("細胞外小胞")) == "さいぼうがいしょうほう"


def test_okurigana_stays_outside_the_ruby():
    assert add_furigana("読み") == f"<ruby>読{RT}よ</rt></ruby>み"
    assert read(add_furigana("お茶を飲む")) == "おちゃをのむ"
    assert readings(add_furigana("取り扱い")) == [("取", "と"), ("扱", "あつか")]


@pytest.mark.parametrize("text", ["エクソソーム", "ひらがなだけ", "CD63 と ALIX", "2024年", "5つ"])
def test_kana_latin_and_numbers_are_untouched(text):
    out = add_furigana(text)
    assert re.sub(r"<ruby>([^<]*)<rt[^>]*>[^<]*</rt></ruby>", r"\1", out) == text
    for base, _reading in readings(out):
        assert re.fullmatch(r"[\u3400-\u9fff々]+", base)
    assert not re.search(r"<ruby>[^<]*[0-9A-Za-zぁ-んァ-ン]", out)


@pytest.mark.parametrize(
    "text, allowed",
    [
        ("100億個", {("億", "おく"), ("個", "こ")}),
        ("1000万円", {("万", "まん"), ("円", "えん")}),
        ("3人", set()),  # さんにん: 人 depends on the number
        ("1日", set()),  # ついたち / いちにち
        ("六本", set()),  # ろっぽん
        ("十分", set()),  # じゅっぷん / じゅうぶん
        ("一個", {("個", "こ")}),  # いっこ: the sound of 一 changes, so 一 gets no ruby
    ],
)
def test_numbers_with_counters_are_read_right_or_not_at_all(text, allowed):
    got = set(readings(add_furigana(text)))
    assert got <= allowed, got


def test_an_override_wins_longest_first():
    plain = add_furigana("生物の幹細胞培養上清液")
    assert ("生物", "せいぶつ") in readings(plain)
    overridden = add_furigana(
        "生物の幹細胞培養上清液",
        {"生物": "なまもの", "培養上清液": "ばいようじょうせいえき", "上清": "じょうせい"},
    )
    assert ("生物", "なまもの") in readings(overridden)
    assert ("培養上清液", "ばいようじょうせいえき") in readings(overridden)
    assert ("上清", "じょうせい") not in readings(overridden)  # the longer override matched


def test_overrides_must_be_hiragana_readings_of_words_with_kanji():
    assert clean_overrides(
        {"上清": "ジョウセイ", "エクソソーム": "えくそそーむ", "液": "eki", "": "x"}
    ) == {"上清": "じょうせい"}


def test_existing_ruby_code_scripts_attributes_and_head_are_untouched():
    html = (
        '<html><head><title>漢字</title><meta name="description" content="漢字"></head>'
        '<body><p title="漢字">本文<ruby>幹細胞<rt aria-hidden="true">かんさいぼう</rt></ruby>'
        "<code>漢字</code><script>var a='漢字';</script><textarea>漢字</textarea>"
        '<span data-no-furigana>漢字<b>漢字</b></span><img alt="漢字">病院</p></body></html>'
    )
    out = add_furigana(html)
    assert out.split("<body>")[0] == html.split("<body>")[0]
    expected = [("本文", "ほんぶん"), ("幹細胞", "かんさいぼう"), ("病院", "びょういん")]
    assert readings(out) == expected
    assert '<p title="漢字">' in out and '<img alt="漢字">' in out
    assert "<code>漢字</code>" in out and "<textarea>漢字</textarea>" in out


def test_a_fragment_without_body_is_read_whole():
    assert read(add_furigana("<div>病院</div>")) == "<div>びょういん</div>"


def test_entities_and_spaces_are_kept():
    out = add_furigana("<p>A &amp; B: 病院 &lt;3&gt;\n  医師</p>")
    assert read(out) == "<p>A &amp; B: びょういん &lt;3&gt;\n  いし</p>"


def test_private_documents_are_not_remembered():
    reader = Reader({})
    reader.html("<p>秘密の相談</p>", remember=False)
    assert not reader._cache
    reader.html("<p>公開の説明</p>")
    assert reader._cache


def test_aligned_gives_up_when_kana_do_not_fit():
    assert aligned("読み", "かき") is None


def test_a_word_the_dictionary_does_not_know_gets_no_ruby_and_the_rest_is_read():
    # 龘靐: kanji UniDic does not know (MeCab's unknown-word path, no kana in its features).
    out = add_furigana("<p>龘靐の検査、Ｘ線と100</p>")
    assert readings(out) == [("検査", "けんさ"), ("線", "せん")]
    assert read(out) == "<p>龘靐のけんさ、Ｘせんと100</p>"


def test_each_thread_has_its_own_analyser():
    """A MeCab tagger must not be shared between threads (runserver, the warming thread)."""
    from learn import furigana

    other = []
    thread = threading.Thread(target=lambda: other.append(furigana._analyser()))
    thread.start()
    thread.join()
    assert other[0] is not furigana._analyser()
    assert read(add_furigana("病院")) == "びょういん"
