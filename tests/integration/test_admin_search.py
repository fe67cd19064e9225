"""Editors' search in the Wagtail admin finds Japanese words inside titles *and* body text:
the page search (/admin/pages/search/), the page explorer's search, and the glossary listing.
Through HTTP, logged in as an editor (not a superuser)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from learn.editorial import EDITOR_GROUP

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model, search_pages):
    """Signed in as a member of the 編集者 group (not a superuser)."""
    user = django_user_model.objects.create_user(username="search-editor", password="x")
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    assert not user.is_superuser
    client.force_login(user)
    return client


def admin_page_titles(client, q, url="/admin/pages/search/"):
    response = client.get(url, {"q": q})
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return sorted(
        a.get_text(strip=True)
        for a in soup.select("table.listing .title-wrapper a, table.listing h2 a")
        if a.get_text(strip=True)
    )


def titles(*keys, pages):
    return sorted(pages[k].title for k in keys)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("成分", ["label"]),  # body only (callout)
        ("承認", ["history"]),  # timeline event
        ("粒子数", ["ledger"]),  # claims ledger
        ("ＣＤ６３", ["markers"]),  # FAQ answer; full width; not the page with CD9 … 63
        ("試薬", ["reagent_page"]),
        ("目印", ["markers"]),  # title and FAQ question
    ],
)
def test_admin_page_search_finds_words_in_the_body(editor_client, search_pages, query, expected):
    assert admin_page_titles(editor_client, query) == titles(*expected, pages=search_pages)


def test_admin_search_finds_drafts_and_live_pages(editor_client, search_pages):
    # Editors see drafts too: the draft page and the published one both mention 点滴.
    found = admin_page_titles(editor_client, "点滴")
    assert search_pages["drip"].title in found
    assert search_pages["draft"].title in found


def test_admin_search_folds_kana_and_takes_prefixes(editor_client, search_pages):
    by_katakana = admin_page_titles(editor_client, "エクソソーム")
    assert admin_page_titles(editor_client, "えくそそーむ") == by_katakana
    assert search_pages["markers"].title in by_katakana
    # While typing: the last word is a prefix (エクソ → エクソソーム).
    assert search_pages["markers"].title in admin_page_titles(editor_client, "エクソ")


def test_admin_search_prefix_applies_to_the_last_morpheme_of_a_phrase(editor_client, search_pages):
    # 「CD6」 is CD + 6…: it finds CD63, not the page where CD9 and 63 are apart.
    assert admin_page_titles(editor_client, "CD6") == titles("markers", pages=search_pages)
    assert admin_page_titles(editor_client, "ＣＤ") == titles(
        "markers", "numbers", pages=search_pages
    )


def test_admin_search_finds_nothing_for_words_not_there(editor_client, search_pages):
    assert admin_page_titles(editor_client, "幹細胞点滴") == []
    assert admin_page_titles(editor_client, "！？") == []


def test_admin_quoted_phrase_and_live_filter(editor_client, search_pages):
    assert admin_page_titles(editor_client, '"点滴の臨床的有効性"') == titles(
        "drip", pages=search_pages
    )
    assert admin_page_titles(editor_client, "点滴 live:no") == titles("draft", pages=search_pages)


def test_admin_explorer_search_within_a_section(editor_client, search_pages):
    url = f"/admin/pages/{search_pages['learn'].pk}/"
    assert admin_page_titles(editor_client, "成分", url=url) == titles("label", pages=search_pages)


def test_admin_glossary_listing_still_finds_a_term_by_reading(editor_client, search_pages):
    # GlossaryTerm is not in the search index: the listing keeps its substring search.
    response = editor_client.get("/admin/snippets/learn/glossaryterm/results/", {"q": "しやく"})
    assert response.status_code == 200
    text = BeautifulSoup(response.content.decode(), "html.parser").get_text()
    assert "試薬" in text
    assert "エクソソーム" not in text


def test_admin_search_requires_login(client, search_pages):
    response = client.get("/admin/pages/search/", {"q": "成分"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
