"""Every explainer page of issue 3, served through Django's client: ledger, numbered citations
with their reference list, review dates, author/reviewer, change log, glossary definitions
in the page, the figure, the timeline and the FAQ."""

import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from checker.initial_content.ad_phrases import AD_WORDS_PAGE
from learn import kana
from learn.blocks import format_number
from learn.initial_content import glossary as glossary_data
from learn.initial_content import pages as pages_data
from learn.models import ArticlePage, GlossaryTerm

pytestmark = pytest.mark.django_db

PAGES = {page["slug"]: page for page in pages_data.PAGES}


def url_of(slug):
    return f"/learn/{slug}/" if PAGES[slug]["parent"] == "learn" else f"/{slug}/"


def ja_date(iso):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日"


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def assert_no_inline_script_or_style(html, soup):
    """A strict Content-Security-Policy comes later: no inline scripts or style attributes."""
    assert not soup.find_all("script"), "no <script> at all on explainer pages"
    assert not soup.find_all(style=True)
    assert not soup.find_all("style")
    assert not re.search(r"\son[a-z]+=", html), "no inline event handlers"


def assert_outbound_links_are_private(soup):
    for link in soup.select("a[href^='http']"):
        assert link.get("rel") == ["noopener", "noreferrer"], link
        assert link.get("referrerpolicy") == "no-referrer", link


@pytest.mark.parametrize("slug", list(PAGES))
def test_every_page_answers_with_ledger_citations_review_dates_and_change_log(
    client, site_content, slug
):
    data = PAGES[slug]
    html, soup = get_soup(client, url_of(slug))
    main = soup.find("main")

    assert main.find("h1").get_text(strip=True) == data["title"]
    assert soup.find("meta", attrs={"name": "description"})["content"] == data["search_description"]

    # The ledger: three labelled parts, each item with a numbered citation.
    ledger = main.find("section", class_="ledger")
    labels = [h3.get_text(strip=True) for h3 in ledger.find_all("h3")]
    assert labels == ["わかっていること", "まだわかっていないこと", "これから解決すべき課題"]
    for part, key in zip(
        ledger.find_all("section"), ("known", "not_known", "challenges"), strict=True
    ):
        items = part.find_all("li")
        assert len(items) == len(data.get(key, []))
        for item in items:
            assert item.select("a.cite__mark"), item

    # Citations: every [n] points to an entry of the numbered reference list, and every entry
    # is cited at least once.
    references = main.find("section", class_="references").find_all("li", class_="references__item")
    ids = [item["id"] for item in references]
    assert ids == [f"source-{n}" for n in range(1, len(ids) + 1)]
    marks = {a["href"] for a in main.select("a.cite__mark")}
    assert marks == {f"#{i}" for i in ids}
    page = ArticlePage.objects.get(slug=slug).specific
    assert len(references) == len(page.cited_sources())
    for item, source in zip(references, page.cited_sources(), strict=True):
        assert source.title in item.get_text()
        if source.url:
            assert item.find("a")["href"] == source.url
        assert "この出典を確かめた日:2026年11月28日" in item.get_text()

    # Review dates (NHS pattern), author and medical reviewer, change log at the foot.
    text = main.get_text()
    assert f"最終確認日:{ja_date(data['last_reviewed'])}" in text
    assert f"次の見直し予定:{ja_date(data['next_review_due'])}" in text
    info = main.find("section", class_="page-info").get_text()
    assert "エクソソーム・ファクト編集部" in info
    assert "医療の専門家による監修は、まだ受けていません。" in info
    changelog = main.find_all("section")[-1]
    assert changelog.find("h2").get_text() == "更新履歴"
    for entry in data["changelog"]:
        assert f"{ja_date(entry['date'])}:{entry['text']}" in changelog.get_text()

    assert_no_inline_script_or_style(html, soup)
    assert_outbound_links_are_private(soup)


@pytest.mark.parametrize("slug", [s for s, p in PAGES.items() if p["kind"] == "article"])
def test_glossary_words_link_to_their_definition_in_the_same_page(client, site_content, slug):
    html, soup = get_soup(client, url_of(slug))
    links = soup.select("a.term-link")
    assert links, "each article uses glossary words"
    seen = set()
    for link in links:
        target = link["href"]
        assert target.startswith("#term-")
        assert target not in seen, "only the first use of a word is linked"
        seen.add(target)
        entry = soup.find(id=target[1:])
        assert entry is not None and "page-terms__entry" in entry["class"]
        word = link.contents[0].strip()
        assert entry.find("dfn").get_text() == word
        term = GlossaryTerm.objects.get(term=word)
        assert term.definition in entry.find("dd").get_text()
    assert soup.find("h2", id="page-terms-heading").get_text() == "このページのことば"


def test_home_page_has_the_two_doors_and_the_home_texts(client, site_content):
    html, soup = get_soup(client, "/")
    main = soup.find("main")
    assert main.find("h1").get_text(strip=True) == pages_data.HOME["title"]
    assert pages_data.HOME["lead"] in main.get_text()
    doors = {a.get_text(strip=True): a["href"] for a in main.select(".door h2 a")}
    assert doors == {"学ぶ": "/learn/", "チェックする": "/check/"}
    assert pages_data.HOME["learn_intro"] in main.get_text()
    assert pages_data.HOME["check_intro"] in main.get_text()
    assert_no_inline_script_or_style(html, soup)


def test_learn_section_lists_its_articles_in_order(client, site_content):
    html, soup = get_soup(client, "/learn/")
    assert soup.find("h1").get_text() == pages_data.LEARN_SECTION["title"]
    listed = [a["href"] for a in soup.select(".page-list__link")]
    expected = [url_of(s) for s, p in PAGES.items() if p["parent"] == "learn"]
    expected.append(f"/learn/{AD_WORDS_PAGE['slug']}/")  # loaded after learn's pages
    assert listed == expected
    assert "最終確認日:2026年11月28日" in soup.get_text()


def test_glossary_page_lists_every_term_in_aiueo_order(client, site_content):
    html, soup = get_soup(client, url_of("glossary"))
    entries = soup.select(".glossary__entry")
    shown = [entry.find("dfn").get_text() for entry in entries]
    expected = sorted(glossary_data.TERMS, key=lambda t: kana.sort_key(t["reading"]))
    assert shown == [t["term"] for t in expected]
    rows = [h.get_text() for h in soup.select(".glossary__row-heading")]
    assert rows == sorted(set(rows), key=kana.row_order().index)
    assert rows[0] == "あ行"
    # Each definition links to the page that explains the word.
    for entry, term in zip(entries, expected, strict=True):
        assert term["definition"] in entry.get_text()
        if term["page"]:
            assert entry.find("a")["href"] == url_of(term["page"])


def test_draft_glossary_terms_stay_off_the_public_pages(client, site_content):
    GlossaryTerm.objects.create(
        term="下書きのことば",
        reading="したがきのことば",
        definition="まだ公開しません。",
        live=False,
    )
    assert "下書きのことば" not in client.get(url_of("glossary")).content.decode()


def test_figure_is_an_svg_bar_chart_with_the_same_numbers_in_a_table(client, site_content):
    data = next(b for b in PAGES["known-and-unknown"]["body"] if b["type"] == "figure")
    html, soup = get_soup(client, url_of("known-and-unknown"))
    figure = soup.find("figure", class_="figure")
    svg = figure.find("svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert data["title"] in svg.find("title", id=title_id).get_text()
    assert svg.find("desc", id=desc_id).get_text()
    bars = svg.find_all("rect")
    assert len(bars) == len(data["bars"])
    widths = [float(rect["width"]) for rect in bars]
    values = [Decimal(str(bar["value"])) for bar in data["bars"]]
    largest = max(values)
    for width, value in zip(widths, values, strict=True):
        assert abs(width / max(widths) - float(value / largest)) < 0.01
    svg_text = svg.get_text()
    table = figure.find("table")
    assert data["title"] in table.find("caption").get_text()
    rows = [(tr.th.get_text(), tr.td.get_text()) for tr in table.tbody.find_all("tr")]
    assert rows == [(bar["label"], format_number(bar["value"])) for bar in data["bars"]]
    for bar in data["bars"]:
        assert f"{format_number(bar['value'])}{data['unit']}" in svg_text
    assert figure.find("p", class_="figure__source").select("a.cite__mark")
    assert figure.find("div", class_="table-wrap")["role"] == "region"


def test_timeline_is_an_ordered_list_with_a_citation_per_event(client, site_content):
    data = next(b for b in PAGES["history"]["body"] if b["type"] == "timeline")
    html, soup = get_soup(client, url_of("history"))
    timeline = soup.find("ol", class_="timeline")
    events = timeline.find_all("li")
    assert len(events) == len(data["events"])
    for event, item in zip(events, data["events"], strict=True):
        assert event.find(class_="timeline__year").get_text().startswith(item["year"])
        assert event.select("a.cite__mark")


def test_faq_answers_are_details_elements(client, site_content):
    data = next(b for b in PAGES["markers"]["body"] if b["type"] == "faq")
    html, soup = get_soup(client, url_of("markers"))
    details = soup.select(".faq details")
    assert [d.summary.get_text(strip=True) for d in details] == [
        item["question"] for item in data["items"]
    ]


def test_glossary_term_block_shows_the_definition_in_place(client, site_content):
    html, soup = get_soup(client, url_of("what-are-exosomes"))
    boxes = soup.select(".glossary-term")
    assert [box.find("dfn").get_text() for box in boxes] == ["細胞外小胞", "培養上清液"]
    term = GlossaryTerm.objects.get(term="培養上清液")
    assert term.definition in boxes[1].get_text()


def test_a_named_medical_reviewer_replaces_the_not_yet_reviewed_notice(client, site_content):
    page = ArticlePage.objects.get(slug="history")
    page.medical_reviewer = "監修 太郎(テスト用の名前)"
    page.save_revision().publish()
    text = client.get(url_of("history")).content.decode()
    assert "監修 太郎(テスト用の名前)" in text
    assert "まだ受けていません" not in text


def test_breadcrumbs_show_where_the_page_is(client, site_content):
    html, soup = get_soup(client, url_of("markers"))
    crumbs = soup.find("nav", class_="breadcrumbs")
    assert crumbs["aria-label"] == "現在地"
    items = [li.get_text(strip=True) for li in crumbs.find_all("li")]
    assert items == ["ホーム", "学ぶ", PAGES["markers"]["title"]]
    assert crumbs.find_all("li")[-1]["aria-current"] == "page"


@pytest.mark.parametrize("slug", list(PAGES))
def test_pages_render_with_a_bounded_number_of_queries(client, site_content, slug):
    """Citations, glossary words and figures are fetched in bulk, not one query per use."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url_of(slug))  # warm the site-root cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url_of(slug)).status_code == 200
    assert len(queries) <= 30, [q["sql"][:120] for q in queries]
