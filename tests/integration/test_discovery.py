"""Finding, sharing and following the site: sitemap, robots.txt, canonical URLs, descriptions,
link previews, structured data, the list of recent changes and its Atom feed."""

import datetime
import json
import re
from pathlib import Path

import pytest
from defusedxml import ElementTree
from django.contrib.staticfiles import finders
from lxml import etree
from wagtail.models import Page

from learn.models import ArticlePage, MenuLinkPage

pytestmark = pytest.mark.django_db

SITEMAP_SCHEMA = Path(__file__).parent.parent / "data" / "sitemap.xsd"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [url.findtext(f"{SM}loc") for url in root.iter(f"{SM}url")], response


def test_sitemap_validates_and_lists_every_public_page(site_content, client):
    locations, response = sitemap_locations(client)
    schema = etree.XMLSchema(etree.parse(str(SITEMAP_SCHEMA)))
    document = etree.fromstring(response.content)
    assert schema.validate(document), schema.error_log

    # Menu links point to an address that is listed on its own (the checker's /check/).
    public_pages = Page.objects.live().public().filter(depth__gte=2).not_type(MenuLinkPage)
    expected = {f"http://testserver{page.url}" for page in public_pages}
    assert len(expected) >= 23
    assert expected <= set(locations)
    assert "http://testserver/check/" in locations
    for url in ElementTree.fromstring(response.content).iter(f"{SM}url"):
        if url.findtext(f"{SM}loc") in expected:
            assert url.findtext(f"{SM}lastmod"), url.findtext(f"{SM}loc")


def test_sitemap_leaves_out_answers_search_and_unpublished_pages(site_content, client):
    article = ArticlePage.objects.live().first()
    article.unpublish()
    locations, _response = sitemap_locations(client)
    assert f"http://testserver{article.url_path.removeprefix('/home')}" not in locations
    for location in locations:
        assert "/check/result/" not in location
        assert "/check/q/" not in location
        assert "/search/" not in location
        assert "?" not in location


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out(site_content, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    for path in ("/admin/", "/check/q/", "/check/result/", "/search/"):
        assert f"Disallow: {path}\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /\n" not in text  # the public pages stay open


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("url", ["/", "/learn/", "/learn/what-are-exosomes/", "/check/"])
def test_every_page_has_a_canonical_url_without_query(site_content, client, url):
    html = head_of(client, url + "?utm_source=line")
    assert f'<link rel="canonical" href="http://testserver{url}">' in html


def test_search_and_checker_pages_have_a_canonical_url_too(site_content, client):
    html = head_of(client, "/search/?q=点滴")
    assert '<link rel="canonical" href="http://testserver/search/">' in html
    assert '<meta name="robots" content="noindex">' in html


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def test_description_comes_from_the_lead_unless_an_editor_wrote_one(site_content, client):
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    page.search_description = ""
    page.lead = (
        "{細胞外小胞|さいぼうがいしょうほう}は、<b>とても小さな</b>ふくろです。" + "あ" * 200
    )
    page.save_revision().publish()
    description = meta(head_of(client, page.url), "name", "description")
    assert description.startswith("細胞外小胞は、とても小さなふくろです。あああ")
    assert len(description) <= 120 and description.endswith("…")

    page.search_description = "編集者が書いた説明です。"
    page.save_revision().publish()
    html = head_of(client, page.url)
    assert meta(html, "name", "description") == "編集者が書いた説明です。"


def test_home_page_has_a_description(site_content, client):
    assert meta(head_of(client, "/"), "name", "description")


def test_link_previews_carry_title_description_site_name_and_image(site_content, client):
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    html = head_of(client, page.url)
    assert meta(html, "property", "og:title") == page.title
    assert meta(html, "property", "og:description") == meta(html, "name", "description")
    assert meta(html, "property", "og:site_name") == "エクソソーム・ファクト"
    assert meta(html, "property", "og:locale") == "ja_JP"
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    image = meta(html, "property", "og:image")
    assert image.startswith("http://testserver/static/")
    assert finders.find(image.removeprefix("http://testserver/static/"))


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_article_structured_data_describes_the_page_and_its_sources(site_content, client):
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    data = json_ld(head_of(client, page.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == page.title
    assert data["lastReviewed"] == page.last_reviewed.isoformat()
    assert data["datePublished"] and data["dateModified"]
    assert data["publisher"]["@type"] == "Organization"
    titles = {work["name"] for work in data["citation"]}
    assert titles == {source.title for source in page.cited_sources()}
    assert ("reviewedBy" in data) == bool(page.medical_reviewer)


def test_reviewer_appears_in_structured_data_only_when_set(site_content, client):
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    page.medical_reviewer = ""
    page.save_revision().publish()
    assert "reviewedBy" not in json_ld(head_of(client, page.url))
    page.medical_reviewer = "山田 花子(医師)"
    page.save_revision().publish()
    assert json_ld(head_of(client, page.url))["reviewedBy"] == {
        "@type": "Person",
        "name": "山田 花子(医師)",
    }


def test_structured_data_cannot_close_its_script_element(site_content, client):
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    page.title = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = head_of(client, page.url)
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == page.title


def test_home_page_has_no_article_structured_data(site_content, client):
    assert "application/ld+json" not in head_of(client, "/")


def test_recent_updates_list_every_dated_change_newest_first(site_content, client, make_article):
    old = make_article(title="古い更新のページ")
    new = make_article(title="新しい更新のページ")
    new.changelog = [{"type": "entry", "value": {"date": "2099-01-02", "text": "直しました。"}}]
    new.save_revision().publish()
    html = head_of(client, "/updates/")
    assert "<h1>最近の更新</h1>" in html
    first = html.index("新しい更新のページ")
    assert first < html.index("古い更新のページ")
    assert f'href="{new.url}"' in html and f'href="{old.url}"' in html
    entries = sum(len(page.changelog) for page in ArticlePage.objects.live())
    assert html.count('class="updates-list__item"') == entries


def test_updates_feed_is_atom_with_one_entry_per_change(site_content, client, make_article):
    page = make_article(title="フィードのページ")
    page.changelog = [
        {"type": "entry", "value": {"date": "2099-03-04", "text": "出典を足しました。"}},
        {"type": "entry", "value": {"date": "2099-01-01", "text": "公開しました。"}},
    ]
    page.save_revision().publish()
    response = client.get("/updates.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}")
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    first = entries[0]
    assert first.findtext(f"{ATOM}title") == "フィードのページ:出典を足しました。"
    assert first.find(f"{ATOM}link").get("href") == f"http://testserver{page.url}"
    assert first.findtext(f"{ATOM}updated").startswith("2099-03-04")
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(ids) == len(set(ids))
    assert client.get("/updates.xml").content == response.content  # stable ids


def test_every_page_links_the_feed(site_content, client):
    html = head_of(client, "/learn/")
    assert 'type="application/atom+xml"' in html and "/updates.xml" in html


def test_overdue_page_keeps_serving_and_says_so(site_content, client, make_article):
    page = make_article(title="見直しが遅れたページ", next_review_due=datetime.date(2020, 1, 1))
    html = head_of(client, page.url)
    assert "この記事は見直しの予定日を過ぎています" in html
    fresh = make_article(title="新しいページ")
    assert "見直しの予定日を過ぎています" not in head_of(client, fresh.url)


def test_structured_data_names_the_operator_from_site_settings(site_content, client):
    from wagtail.models import Site

    from learn.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.operator_name = "エクソソーム・ファクト運営委員会"
    site_settings.save()
    page = ArticlePage.objects.live().get(slug="what-are-exosomes")
    data = json_ld(head_of(client, page.url))
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "エクソソーム・ファクト運営委員会",
        "url": "http://testserver/",
    }
