"""Glossary words show their reading as ruby where they are first used, and once only."""

from types import SimpleNamespace

from learn.glossary import PageGlossary


def term(pk, word, reading):
    return SimpleNamespace(pk=pk, term=word, reading=reading)


def test_first_use_of_a_kanji_word_gets_its_reading_as_ruby():
    glossary = PageGlossary([term(1, "点滴", "てんてき"), term(2, "エクソソーム", "えくそそーむ")])
    html = str(glossary.link("<p>点滴でエクソソームを入れます。点滴は…</p>"))
    assert (
        '<a class="term-link" href="#term-1"><ruby>点滴<rt aria-hidden="true">てんてき</rt></ruby>'
        in html
    )
    # The second use is plain; a katakana word needs no reading.
    assert html.count("<ruby>") == 1
    assert 'href="#term-2">エクソソーム<span' in html


def test_a_word_the_editor_gave_a_reading_is_linked_whole_without_a_second_ruby():
    glossary = PageGlossary([term(1, "幹細胞", "かんさいぼう")])
    html = str(glossary.link("<p>{幹細胞|かんさいぼう}から作ります。</p>"))
    assert html.count("<ruby>") == 1
    assert html.startswith(
        '<p><a class="term-link" href="#term-1"><ruby>幹細胞<rt aria-hidden="true">'
        "かんさいぼう</rt></ruby>"
    )
    assert "{" not in html


def test_reading_markup_is_rendered_even_when_no_word_is_linked():
    glossary = PageGlossary([])
    assert str(glossary.link("<p>{治験|ちけん}</p>")) == (
        '<p><ruby>治験<rt aria-hidden="true">ちけん</rt></ruby></p>'
    )
    used = PageGlossary([term(1, "治験", "ちけん")])
    used.link("<p>治験</p>")
    assert "<ruby>" in str(used.link("<p>{治験|ちけん}をします。</p>"))


def test_reading_markup_inside_a_link_is_rendered_but_not_linked_again():
    glossary = PageGlossary([term(1, "治験", "ちけん")])
    html = str(glossary.link('<p><a href="/x">{治験|ちけん}</a></p>'))
    assert "term-link" not in html
    assert '<a href="/x"><ruby>治験<rt aria-hidden="true">ちけん</rt></ruby></a>' in html


def test_no_second_reading_when_the_text_still_writes_it_in_parentheses():
    glossary = PageGlossary([term(1, "脂質", "ししつ")])
    html = str(glossary.link("<p>脂質(ししつ)の膜です。</p>"))
    assert "<ruby>" not in html
    assert 'href="#term-1">脂質<span' in html
