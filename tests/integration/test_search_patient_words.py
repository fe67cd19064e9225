"""Search with the words patients type, over the site's real content: each everyday word finds a
page that answers it, a compound whose parts sit apart falls back to pages holding all of them
(below exact matches), and the no-results page only suggests words that find something."""

import pytest
from bs4 import BeautifulSoup

from learn.models import ArticlePage
from search import japanese_text
from search.views import page_text

pytestmark = pytest.mark.django_db

# Each word patients search, and a page that answers it (any of them may come first).
EVERYDAY_WORDS = {
    "点滴": {"/learn/before-you-decide/"},
    "注射": {"/learn/before-you-decide/", "/learn/risks/"},
    "幹細胞培養上清": {"/learn/risks/"},
    "副作用": {"/learn/before-you-decide/", "/learn/risks/", "/help/"},
    "再生医療": {"/learn/before-you-decide/", "/learn/japan-rules/", "/learn/risks/"},
    "美容医療": {"/learn/before-you-decide/", "/help/"},
}


def search(client, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_urls(soup):
    return [a["href"] for a in soup.select(".search-result__title a")]


@pytest.mark.parametrize(("word", "useful"), EVERYDAY_WORDS.items())
def test_everyday_words_find_a_useful_page(client, site_content, word, useful):
    urls = result_urls(search(client, word))
    assert urls, word
    assert useful & set(urls[:5]), (word, urls)


def _holds(page, text):
    folded = japanese_text.fold(japanese_text.normalize(page.title + " " + page_text(page)))
    return japanese_text.fold(japanese_text.normalize(text)) in folded.replace(" ", "")


@pytest.mark.parametrize("query", ["幹細胞培養上清", "エクソソーム点滴"])
def test_a_compound_falls_back_to_pages_with_all_its_parts_below_exact_matches(
    client, site_content, query
):
    soup = search(client, query)
    urls = result_urls(soup)
    assert urls, query
    by_url = {page.url: page for page in ArticlePage.objects.live().specific()}
    exact = [_holds(by_url[url], query) for url in urls]
    # Exact matches first: once a page without the compound appears, no exact one follows.
    assert exact == sorted(exact, reverse=True), list(zip(urls, exact, strict=True))
    assert not all(exact), "the fallback added no page"
    (term,) = japanese_text.parse_query(query)
    for url, is_exact in zip(urls, exact, strict=True):
        if not is_exact:
            text = japanese_text.index_text(by_url[url].title + " " + page_text(by_url[url]))
            words = set(text.split())
            assert set(term.relaxed) <= words, (url, term.relaxed)
    assert soup.select_one(".search-notice") is not None


def test_no_results_page_only_suggests_words_that_find_pages(client, site_content):
    soup = search(client, "宇宙旅行")
    assert not result_urls(soup)
    suggestions = [a.get_text() for a in soup.select(".search-suggestions__terms a")]
    assert len(suggestions) >= 3
    for word in suggestions:
        assert result_urls(search(client, word)), word


def test_a_suggestion_that_finds_nothing_is_left_out(client, site_content):
    from learn.initial_content.loader import publish
    from learn.models import GlossaryTerm

    lonely = GlossaryTerm(term="ああああ語", reading="ああああご", definition="テストの語です。")
    lonely.save()
    publish(lonely)
    soup = search(client, "宇宙旅行")
    suggestions = [a.get_text() for a in soup.select(".search-suggestions__terms a")]
    assert "ああああ語" not in suggestions
    assert suggestions
