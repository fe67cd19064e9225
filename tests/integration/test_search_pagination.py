"""Pagination of /search/ results: pages of ten, clear Japanese navigation, any page number."""

import pytest

from .conftest import article
from .test_search import result_titles, search_page

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def many_pages(search_pages, django_db_blocker):
    with django_db_blocker.unblock():
        add_many(search_pages)
    return search_pages


def add_many(search_pages):
    for n in range(23):
        article(
            search_pages["learn"],
            f"many-{n}",
            f"記録その{n}",
            f"この記録は{n}番目の観察記録です。",
        )


def test_results_are_paginated_in_pages_of_ten(client, many_pages):
    response, soup = search_page(client, "観察")
    assert len(soup.select(".search-result")) == 10
    status = soup.select_one(".search-count").get_text()
    assert "23件" in status and "1ページ目" in status
    nav = soup.select_one('nav[aria-label="検索結果のページ"]')
    assert "全3ページのうち、1ページ目です。" in nav.get_text()
    next_link = nav.select_one('a[rel="next"]')
    assert next_link.get_text() == "次のページ"
    assert next_link["href"] == "?q=%E8%A6%B3%E5%AF%9F&page=2"
    assert nav.select_one('a[aria-current="page"]').get_text() == "いまの1ページ目"
    assert nav.select_one('a[rel="prev"]') is None


def test_pages_cover_every_result_once(client, many_pages):
    seen = []
    for number in (1, 2, 3):
        seen += result_titles(client, "観察", page=number)
    assert len(seen) == 23 and len(set(seen)) == 23
    _, soup = search_page(client, "観察", page=3)
    assert soup.select_one("ol.search-results__list")["start"] == "21"
    assert soup.select_one('a[rel="prev"]')["href"].endswith("page=2")
    assert soup.select_one('a[rel="next"]') is None


@pytest.mark.parametrize(
    ("number", "shown"),
    [("abc", 1), ("0", 1), ("-1", 1), ("2.5", 1), ("", 1), ("999", 3), ("9" * 5000, 1), ("２", 1)],
)
def test_bad_page_numbers_get_a_valid_page(client, many_pages, number, shown):
    response, soup = search_page(client, "観察", page=number)
    current = soup.select_one('a[aria-current="page"]')
    assert current.get_text() == f"いまの{shown}ページ目"
