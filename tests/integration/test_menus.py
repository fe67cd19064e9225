"""The header and footer menus come from the page tree: pages marked 「メニューに表示」, in tree
order, with the markup readers had before; editors change them by publishing."""

import re

import pytest

from learn.models import ArticlePage, HomePage, MenuLinkPage, SectionPage

pytestmark = pytest.mark.django_db

HEADER = (
    '<nav class="site-nav" aria-label="サイトのメニュー">'
    '<ul><li><a href="/learn/">学ぶ</a></li><li><a href="/check/">チェックする</a></li>'
    '<li><a href="/help/">相談先</a></li></ul></nav>'
)


def compact(html):
    return re.sub(r">\s+<", "><", html)


def test_default_menus_have_the_same_entries_order_and_markup(client, site_content):
    for url in ("/", "/learn/what-are-exosomes/", "/search/?q=点滴", "/check/"):
        html = compact(client.get(url).content.decode())
        assert HEADER in html, url
        assert '<p class="site-footer__links"><a href="/about/">このサイトについて</a></p>' in html


def test_menu_link_leads_to_the_checker(client, site_content):
    link = MenuLinkPage.objects.get(slug="check")
    assert link.url == "/check/"  # the checker's own view answers that address
    assert client.get("/check/").status_code == 200


def test_editors_change_the_menus_by_publishing(client, site_content):
    help_page = ArticlePage.objects.get(slug="help")
    help_page.show_in_menus = False
    help_page.save_revision().publish()
    glossary = ArticlePage.objects.get(slug="glossary").specific
    glossary.show_in_menus = True
    glossary.menu_title = "ことば"
    glossary.save_revision().publish()

    html = compact(client.get("/").content.decode())
    assert '<li><a href="/help/">相談先</a></li>' not in html
    nav = re.search(r'<nav class="site-nav".*?</nav>', html).group(0)
    assert nav.index("学ぶ") < nav.index("チェックする") < nav.index("ことば")

    learn = SectionPage.objects.get(slug="learn")
    learn.menu_place = "footer"
    learn.save_revision().publish()
    html = compact(client.get("/").content.decode())
    assert '<li><a href="/learn/">学ぶ</a></li>' not in html
    assert '<a href="/learn/">学ぶ</a>' in html.split('class="site-footer__links"')[1]


def test_menus_follow_the_order_of_the_tree(client, site_content):
    about = ArticlePage.objects.get(slug="about")
    about.menu_place = "header"
    about.save_revision().publish()
    learn = SectionPage.objects.get(slug="learn")
    about.move(learn, pos="left")
    nav = re.search(r'<nav class="site-nav".*?</nav>', compact(client.get("/").content.decode()))
    labels = re.findall(r'<a href="[^"]+">([^<]+)</a>', nav.group(0))
    assert labels == ["このサイトについて", "学ぶ", "チェックする", "相談先"]


def test_loading_again_keeps_the_editors_menus(client, site_content):
    from django.core.management import call_command

    for page in HomePage.objects.get().get_children():
        page.show_in_menus = page.slug == "about"
        page.save()
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    shown = [p.slug for p in HomePage.objects.get().get_children().in_menu()]
    assert shown == ["about"]


def test_menu_link_is_not_in_search_or_the_sitemap(client, site_content):
    assert "/check/</loc>" in client.get("/sitemap.xml").content.decode()
    html = client.get("/search/", {"q": "チェックする"}).content.decode()
    assert 'href="/check/">チェックする</a></h2>' not in html


def test_error_pages_keep_a_menu_without_the_database(client, site_content):
    response = client.get("/learn/no-such-page/")
    assert response.status_code == 404
    assert '<a href="/learn/">学ぶ</a>' in response.content.decode()
