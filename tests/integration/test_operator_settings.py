"""Who runs this site: the site settings' operator, contact, funding, conflicts of interest and
medical review, on the about page and in the footer; unset fields say so."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from learn.models import SiteSettings

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def operator_rows(soup):
    return {
        row["data-operator-field"]: row.dd.get_text(" ", strip=True)
        for row in soup.select("[data-operator] [data-operator-field]")
    }


def test_demo_content_says_what_is_not_yet_set(client, site_content):
    soup = soup_of(client, "/about/")
    rows = operator_rows(soup)
    assert rows == {
        "name": "まだ決まっていません。",
        "contact": "まだ決まっていません。",
        "funding": "まだ決まっていません。",
        "conflicts": "まだ書いていません。",
        "review": "まだ受けていません。",
    }
    footer = soup.select_one("[data-footer-operator]").get_text()
    assert "運営:まだ決まっていません" in footer
    assert soup.select_one('[data-footer-operator] a[href="/about/#about-operator-heading"]')
    # The about page keeps its own plain statement about review.
    assert "医療の専門家による監修は、まだ受けていません" in soup.select_one("main").get_text()


def test_settings_show_on_the_about_page_and_in_the_footer(client, site_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.operator_name = "エクソソーム・ファクト編集部"
    settings.operator_contact = "https://example.org/contact/"
    settings.funding = "寄付で運営しています。"
    settings.conflicts_of_interest = "ありません。"
    settings.medical_review = "皮膚科の医師1名が確かめています。"
    settings.save()
    soup = soup_of(client, "/about/")
    rows = operator_rows(soup)
    assert rows["name"] == "エクソソーム・ファクト編集部"
    assert soup.select_one('[data-operator-field="contact"] a[href="https://example.org/contact/"]')
    assert rows["funding"] == "寄付で運営しています。"
    assert rows["conflicts"] == "ありません。"
    assert rows["review"] == "皮膚科の医師1名が確かめています。"
    for url in ("/", "/learn/risks/"):
        footer = soup_of(client, url).select_one("[data-footer-operator]").get_text()
        assert "運営:エクソソーム・ファクト編集部" in footer


def test_every_help_contact_has_a_number_or_an_official_link(client, site_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.help_contacts
    for block in settings.help_contacts:
        assert block.value["phone"] or block.value["url"], block.value["name"]
    footer = soup_of(client, "/").select_one(".site-footer__contacts")
    assert footer.select('a[href^="tel:"]')
    assert footer.select('a[href^="http"]')
