"""Every explainer page of issue 3, served through Django's client: ledger, numbered citations
with their reference list, review dates, author/reviewer, change log, glossary definitions
in the page, the figure, the timeline and the FAQ."""

import json
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from checker.initial_content.ad_phrases import AD_WORDS_PAGE
from learn import kana
from learn.blocks import format_number
from learn.initial_content import glossary as glossary_data
from learn.initial_content import pages as pages_data
from learn.initial_content import pages_decide
from learn.initial_content import sources as sources_data
from learn.models import ArticlePage, GlossaryTerm, Source

pytestmark = pytest.mark.django_db

PAGES = {page["slug"]: page for page in pages_data.PAGES}
# Pages from the other data module, for their URLs and the section's list.
ALL_PAGES = {**PAGES, **{page["slug"]: page for page in pages_decide.PAGES}}


def url_of(slug):
    return f"/learn/{slug}/" if ALL_PAGES[slug]["parent"] == "learn" else f"/{slug}/"


def read_once(element):
    """An element's text as read aloud: without ruby readings and visually hidden helper text."""
    element = BeautifulSoup(str(element), "html.parser")
    for hidden in element.select("rt, rp, .visually-hidden"):
        hidden.decompose()
    return element.get_text()


def ja_date(iso):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日"


RUBY = re.compile(r"\{([^{}|]+)\|[^{}]+\}")


def plain(text):
    """Text as a reader sees it: ruby markup {漢字|かんじ} counts as its base text."""
    return RUBY.sub(r"\1", text)


def visible_text(element):
    """An element's text without ruby readings (<rt>), with any ruby markup as its base text."""
    copy = BeautifulSoup(str(element), "html.parser")
    for reading in copy.find_all(["rt", "rp"]):
        reading.decompose()
    return plain(copy.get_text())


def claim_text(item):
    """A point's or fact's sentence as read: without its citation marks or hidden helper text."""
    copy = BeautifulSoup(str(item), "html.parser")
    for extra in copy.select(".cite, .visually-hidden"):
        extra.decompose()
    return visible_text(copy).strip()


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def assert_no_inline_script_or_style(html, soup):
    """Under the strict Content-Security-Policy: no inline scripts or style attributes. The only
    scripts are files of our own (src) and JSON-LD, which is data and never runs."""
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.string)
        else:
            assert script.get("src", "").startswith("/static/") and not script.string, script
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
    notes = {s["key"]: s["note"] for s in sources_data.SOURCES if s["note"]}
    for item, source in zip(references, page.cited_sources(), strict=True):
        text = item.get_text()
        assert source.title in text
        if source.url:
            assert item.find("a")["href"] == source.url
        # Each source shows its kind; the editors' note and any unchecked date stay out.
        assert item.find(class_="references__kind").get_text() == source.get_kind_display()
        assert source.get_kind_display() in {"国の資料", "学会", "論文", "報道", "企業", "その他"}
        assert "確かめた日" not in text and source.last_checked is None
        if source.key in notes:
            assert notes[source.key] not in html
        # A descriptive title is not dressed as a real title.
        assert (f"「{source.title}」" in text) is not source.descriptive_title

    # The one "as of" rule: the date the facts were checked, near the top; review dates.
    text = main.get_text()
    header = main.find("header", class_="article__header").get_text()
    assert f"この記事の内容は、{ja_date(data['last_reviewed'])}に確かめました。" in header
    assert f"次の見直し予定:{ja_date(data['next_review_due'])}" in text
    info = main.find("section", class_="page-info").get_text()
    assert "エクソソーム・ファクト編集部" in info
    assert "医療の専門家による監修は、まだ受けていません。" in info
    changelog = main.find("section", class_="changelog")
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
        word = read_once(link).strip()
        assert read_once(entry.find("dfn")) == word
        term = GlossaryTerm.objects.get(term=word)
        assert plain(term.definition) in visible_text(entry.find("dd"))
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
    expected = [url_of(s) for s, p in ALL_PAGES.items() if p["parent"] == "learn"]
    expected.append(f"/learn/{AD_WORDS_PAGE['slug']}/")  # loaded after learn's pages
    assert listed == expected
    assert "内容を確かめた日:2026年11月30日" in soup.get_text()


def test_glossary_page_lists_every_term_in_aiueo_order(client, site_content):
    html, soup = get_soup(client, url_of("glossary"))
    entries = soup.select(".glossary__entry")
    shown = [read_once(entry.find("dfn")) for entry in entries]
    expected = sorted(glossary_data.TERMS, key=lambda t: kana.sort_key(t["reading"]))
    assert shown == [t["term"] for t in expected]
    rows = [h.get_text() for h in soup.select(".glossary__row-heading")]
    assert rows == sorted(set(rows), key=kana.row_order().index)
    assert rows[0] == "あ行"
    # Each definition cites its sources and links to the page that explains the word.
    for entry, term in zip(entries, expected, strict=True):
        assert plain(term["definition"]) in visible_text(entry)
        assert entry.select("a.cite__mark"), term["term"]
        if term["page"]:
            links = [a["href"] for a in entry.find_all("a") if not a["href"].startswith("#")]
            assert links == [url_of(term["page"])]
    # Their sources are numbered in the page's reference list.
    references = soup.select(".references__item")
    cited = {key for term in glossary_data.TERMS for key in term["sources"]}
    assert len(references) >= len(cited)


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
    assert plain(term.definition) in visible_text(boxes[1])
    assert boxes[1].select("a.cite__mark")  # the definition cites its source


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


@pytest.mark.parametrize("slug", list(PAGES))
def test_points_come_first_with_their_citations(client, site_content, slug):
    """「この記事のポイント」 right after the header: before the body and any collapsed FAQ."""
    data = PAGES[slug]
    html, soup = get_soup(client, url_of(slug))
    article = soup.find("article")
    points = article.find("section", class_="key-points")
    assert points.find("h2").get_text() == "この記事のポイント"
    items = points.find_all("li")
    assert [claim_text(li) for li in items] == [plain(p["text"]) for p in data["points"]]
    for item in items:
        assert item.select("a.cite__mark")
    order = [el for el in article.find_all(True) if el.get("class")]
    position = {c: i for i, el in enumerate(order) for c in el["class"]}
    assert position["key-points"] < position["article__body"] < position["ledger"]
    details = article.find("details")
    if details is not None:
        assert html.index("data-key-points") < html.index("<details")
    # Citation numbers start in the points.
    first_mark = points.select_one("a.cite__mark")
    assert first_mark["href"] == "#source-1"


def test_home_opens_with_the_key_facts_box_and_its_sources(client, site_content):
    html, soup = get_soup(client, "/")
    main = soup.find("main")
    box = main.find("section", class_="key-facts")
    assert box is not None
    assert html.index("key-facts") < html.index('class="doors"')
    items = box.find_all("li")
    assert [claim_text(li) for li in items] == [
        plain(f["text"]) for f in pages_data.HOME["key_facts"]
    ]
    references = main.select(".references__item")
    cited = {key for f in pages_data.HOME["key_facts"] for key in f["sources"]}
    assert len(references) == len(cited)
    for item in items:
        for mark in item.select("a.cite__mark"):
            assert main.find(id=mark["href"][1:]) is not None
    assert box.find("a", href="/learn/before-you-decide/")
    kinds = {item.find(class_="references__kind").get_text() for item in references}
    assert kinds <= {"国の資料", "学会", "論文", "報道", "企業", "その他"}


def test_no_source_in_the_database_carries_an_invented_checked_date(site_content):
    assert not Source.objects.filter(last_checked__isnull=False).exists()
