"""あいうえお order for glossary readings (learn/kana.py)."""

import pytest

from learn.kana import row_of, row_order, sort_key, to_hiragana


def ordered(*readings):
    return sorted(readings, key=sort_key)


def test_gojuon_order_not_code_point_order():
    # Code-point order would put が before き and ぱ after ば; dictionary order does not care
    # about voicing until the base kana tie.
    assert ordered("きかい", "がっこう", "かさ") == ["かさ", "がっこう", "きかい"]
    # ば sorts as は: ばす (は+す) comes before はな (は+な), and both before ひと.
    assert ordered("はな", "ひと", "ばす") == ["ばす", "はな", "ひと"]


def test_voicing_and_small_kana_only_break_ties():
    assert ordered("ばい", "はい", "ぱい") == ["はい", "ばい", "ぱい"]
    assert ordered("しよう", "しょう") == ["しよう", "しょう"]


def test_long_vowel_mark_sorts_as_the_vowel_it_lengthens():
    # えくそそーむ ≈ えくそそおむ, so it comes after えくそそう… and before えくそそか….
    assert ordered("えくそそか", "えくそそーむ", "えくそそう") == [
        "えくそそう",
        "えくそそーむ",
        "えくそそか",
    ]


def test_katakana_readings_sort_with_hiragana():
    assert to_hiragana("エクソソーム") == "えくそそーむ"
    assert ordered("ロット", "りんしょう", "アリックス") == ["アリックス", "りんしょう", "ロット"]


def test_latin_and_digits_sort_after_kana():
    assert ordered("CD9", "わく", "あい") == ["あい", "わく", "CD9"]


@pytest.mark.parametrize(
    ("reading", "row"),
    [
        ("さいぼうがいしょうほう", "さ行"),
        ("えくそそーむ", "あ行"),
        ("ぎょうせい", "か行"),
        ("ぱーせんと", "は行"),
        ("っ", "た行"),
        ("ゆ", "や行"),
        ("をかし", "わ行"),
        ("んぼ", "わ行"),
        ("ロット", "ら行"),
        ("NTA", "英数字・その他"),
        ("", "英数字・その他"),
    ],
)
def test_row_of(reading, row):
    assert row_of(reading) == row


def test_row_order_is_the_gojuon_rows_then_other():
    assert row_order()[:3] == ["あ行", "か行", "さ行"]
    assert row_order()[-1] == "英数字・その他"
