"""learn.text_quality: the plain-text checks editors, the checker and the content tests share."""

import pytest

from learn import text_quality as tq


def test_split_sentences_keeps_closing_quote_with_its_sentence():
    text = "広告には「必ず治る」と書かれていました。医師に聞きましょう!本当ですか?\n見出し"
    assert tq.split_sentences(text) == [
        "広告には「必ず治る」と書かれていました。",
        "医師に聞きましょう!",
        "本当ですか?",
        "見出し",
    ]
    assert tq.split_sentences("「これは見本です。」次の文です。") == [
        "「これは見本です。」",
        "次の文です。",
    ]
    assert tq.split_sentences("") == []
    assert tq.split_sentences("   ") == []


def test_long_sentences_counts_characters_without_spaces():
    ok = "あ" * 90 + "。"  # 91 characters with 。
    assert tq.long_sentences(ok) == [ok]
    assert tq.long_sentences("あ" * 89 + "。") == []
    assert tq.long_sentences("あ " * 89 + "。") == []
    assert tq.long_sentences("あ" * 60 + "。", limit=60) == ["あ" * 60 + "。"]


def test_nested_parentheses_found_and_flat_ones_pass():
    assert tq.nested_parentheses("知らせ(事務連絡(じむれんらく))を出しました。") == [
        "(事務連絡(じむれんらく))"
    ]
    assert tq.nested_parentheses("（全角（ぜんかく））と[角[かく]]") == [
        "（全角（ぜんかく））",
        "[角[かく]]",
    ]
    assert tq.nested_parentheses("検査(けんさ)と治療(ちりょう)。") == []
    assert tq.nested_parentheses("「引用(いんよう)」の中は、かっこ1つです。") == []
    assert tq.nested_parentheses("(ひらいたまま(なか") == ["(ひらいたまま(なか"]


def test_banned_and_research_note_phrases():
    assert tq.banned_phrases("この製品は本物です。安全です。") == ["本物", "安全です"]
    assert tq.banned_phrases("広告に「副作用なし」「絶対」とあります。") == ["副作用なし", "絶対"]
    assert tq.banned_phrases("人での効果は、まだわかっていません。") == []
    assert tq.research_note_phrases("PDF の本文は読めていません。調査メモにありません。") == [
        "調査メモ",
        "読めていません",
    ]
    assert tq.research_note_phrases("2024年の報道によると、…と報告されています。") == []
    for word in (
        "本物",
        "偽物",
        "安全です",
        "危険です",
        "効きます",
        "効きません",
        "違法です",
        "詐欺",
    ):
        assert word in tq.BANNED_PHRASES


def test_readability_scores_easy_text_higher_than_hard_text():
    easy = "今日は雨です。家で本を読みました。とても楽しかったです。"
    hard = (
        "再生医療等安全性確保法に基づく提供計画の届出状況及び特定細胞加工物製造許可の"
        "取得状況に関する実態調査結果報告書。"
    )
    easy_score, easy_band = tq.readability(easy)
    hard_score, hard_band = tq.readability(hard)
    assert easy_score > hard_score
    assert easy_band == "初級前半"
    assert hard_band == "上級後半"
    assert tq.readability("") == (None, "")


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (6.9, "初級前半"),
        (5.5, "初級前半"),
        (5.49, "初級後半"),
        (4.5, "初級後半"),
        (3.5, "中級前半"),
        (3.49, "中級後半"),
        (2.5, "中級後半"),
        (1.5, "上級前半"),
        (1.49, "上級後半"),
        (-1.0, "上級後半"),
    ],
)
def test_readability_band_edges(score, band):
    assert tq.readability_band(score) == band


def test_char_count_and_reading_minutes():
    assert tq.char_count("あい う\nえ") == 4
    assert tq.reading_minutes("") == 0
    assert tq.reading_minutes("あ") == 1
    assert tq.reading_minutes("あ" * 500) == 1
    assert tq.reading_minutes("あ" * 501) == 2


def test_check_text_reports_everything():
    text = "この点滴は本物です。" + "い" * 95 + "。知らせ(事務連絡(じむれんらく))。調査メモより。"
    report = tq.check_text(text)
    assert report["banned_phrases"] == ["本物"]
    assert report["research_note_phrases"] == ["調査メモ"]
    assert report["nested_parentheses"] == ["(事務連絡(じむれんらく))"]
    assert report["long_sentences"] == ["い" * 95 + "。"]
    assert report["sentence_count"] == 4
    assert report["char_count"] == tq.char_count(text)
    assert report["reading_minutes"] == 1
    assert isinstance(report["readability"], float)
    assert report["readability_band"]


def test_module_has_no_django_imports():
    import ast
    import pathlib

    tree = ast.parse(pathlib.Path(tq.__file__).read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ] + [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [name for name in names if name.startswith("django") or name.startswith("wagtail")]
