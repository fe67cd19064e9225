"""Linking glossary words to the page's own word list (learn/glossary.py)."""

from types import SimpleNamespace

from learn.glossary import PageGlossary


def terms(*words):
    return [SimpleNamespace(pk=i, term=word) for i, word in enumerate(words, 1)]


def test_only_the_first_occurrence_on_the_page_is_linked():
    glossary = PageGlossary(terms("粒子"))
    first = str(glossary.link("<p>粒子の数と、粒子の大きさ。</p>"))
    second = str(glossary.link("<p>もう一度、粒子。</p>"))
    assert first.count('href="#term-1"') == 1
    assert first.startswith('<p><a class="term-link" href="#term-1">粒子')
    assert "term-link" not in second
    assert [t.term for t in glossary.used_terms()] == ["粒子"]


def test_the_longest_word_wins():
    glossary = PageGlossary(terms("小胞", "細胞外小胞"))
    html = str(glossary.link("<p>細胞外小胞は小胞です。</p>"))
    assert 'href="#term-2">細胞外小胞' in html
    assert 'href="#term-1">小胞' in html
    assert [t.term for t in glossary.used_terms()] == ["細胞外小胞", "小胞"]


def test_words_inside_links_headings_and_attributes_are_left_alone():
    glossary = PageGlossary(terms("承認"))
    html = str(
        glossary.link(
            '<p><a href="https://example.org/承認">承認について</a></p>'
            '<h2>承認</h2><p title="承認">本文の承認。</p>'
        )
    )
    assert html.count("term-link") == 1
    assert 'href="https://example.org/承認">承認について</a>' in html
    assert "<h2>承認</h2>" in html
    assert 'title="承認"' in html
    assert '本文の<a class="term-link" href="#term-1">承認' in html


def test_plain_text_is_escaped_before_linking():
    glossary = PageGlossary(terms("ロット"))
    html = str(glossary.link_text("<b>ロット</b> & 番号"))
    assert html.startswith("&lt;b&gt;")
    assert "&amp; 番号" in html
    assert 'href="#term-1">ロット' in html


def test_no_terms_means_no_change():
    glossary = PageGlossary([])
    assert str(glossary.link("<p>粒子</p>")) == "<p>粒子</p>"
    assert glossary.used_terms() == []


def test_screen_readers_hear_where_the_link_goes():
    html = str(PageGlossary(terms("治験")).link("<p>治験</p>"))
    assert '<span class="visually-hidden">(ことばの説明へ)</span>' in html
