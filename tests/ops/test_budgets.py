"""Performance budgets of article pages:
- at most 10 database queries when the page cache misses, none when it hits;
- first load (HTML + CSS + JS + anything CSS pulls in, compressed as served) at most 30 KB, with
  no images, and no script the page does not use;
- HTML is served compressed."""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urljoin

import brotli
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learn.models import ArticlePage
from ops import pagecache

from .conftest import make_article, make_source

MAX_QUERIES = 10
MAX_FIRST_LOAD_BYTES = 30_000
# A script is allowed on an article only if the page has something that uses it.
SCRIPT_USES = {
    "htmx": re.compile(r"\s(?:data-)?hx-(?:get|post|boost|trigger)="),
    "feedback": re.compile(r"\sdata-feedback-form[\s>]"),
    "furigana": re.compile(r"\sdata-furigana-switch[\s>]"),
}


@pytest.fixture
def articles(site_content, home):
    """Every article of the initial content, plus one citing a source, plus a load-test copy."""
    make_article(home, "budget-article", "予算試験の記事", source=make_source())
    from django.core.management import call_command

    call_command("generate_articles", 1, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return list(ArticlePage.objects.live())


@pytest.mark.django_db
def test_article_queries_within_budget_uncached_and_none_cached(client, page_cache, articles):
    """Cold: the first render after a publish (page cache and object cache empty). Warm: a render
    the page cache does not store, after other pages filled the object cache."""
    client.get("/")  # Wagtail caches the site's root paths once per cache, not per page
    report, over = {}, {}
    for article in articles:
        pagecache.bump_generation()  # as a publish does
        with CaptureQueriesContext(connection) as cold:
            first = client.get(article.url)
        with CaptureQueriesContext(connection) as warm:
            uncached = client.get(article.url + "?uncached=1")
        with CaptureQueriesContext(connection) as cached:
            second = client.get(article.url)
        assert first.status_code == uncached.status_code == second.status_code == 200
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), article.url
        report[article.url] = (len(cold), len(warm), len(cached))
        if len(cold) > MAX_QUERIES or len(warm) > MAX_QUERIES:
            over[article.url] = [q["sql"][:100] for q in cold.captured_queries]
    print("queries (cold, warm, cached):", report)
    assert not over, over
    assert all(cached == 0 for _, _, cached in report.values()), report


class Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.icons, self.images = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel:
            self.styles.append(attrs["href"])
        elif tag == "link" and "icon" in rel:
            self.icons.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag in ("img", "picture", "video", "audio", "iframe", "source"):
            self.images.append(tag)


def decode(headers, body):
    encoding = headers.get("content-encoding")
    if encoding == "br":
        return brotli.decompress(body)
    if encoding == "gzip":
        return gzip.decompress(body)
    return body


@pytest.mark.django_db(transaction=True)
@pytest.mark.server
def test_article_first_load_is_small_compressed_and_has_no_images(
    server_factory, shared_redis_cache, articles
):
    server = server_factory(workers=1)
    browser = {"Accept-Encoding": "gzip, deflate, br", "Host": "localhost"}
    sizes = {}
    for article in articles:
        status, headers, body = server.get(article.url, headers=browser)
        assert status == 200
        assert headers.get("content-encoding") in ("gzip", "br"), "HTML must be compressed"
        html = decode(headers, body).decode()
        parsed = Resources()
        parsed.feed(html)
        assert parsed.images == [], (article.url, parsed.images)
        for script in parsed.scripts:
            use = next((p for name, p in SCRIPT_USES.items() if name in script), None)
            assert use is not None, f"{article.url} loads {script}, which no article needs"
            assert use.search(html), f"{article.url} loads {script} but nothing uses it"
        total = len(body)
        fetched = [*parsed.styles, *parsed.scripts, *parsed.icons]
        for url in fetched:
            status, headers, asset = server.get(url, headers=browser)
            assert status == 200, url
            total += len(asset)
            if url.endswith(".css"):  # what the stylesheet itself pulls in
                css = decode(headers, asset).decode()
                for inner in re.findall(r"url\(['\"]?([^'\")]+)", css):
                    if not inner.startswith("data:"):
                        inner_url = urljoin(url, inner)
                        total += len(server.get(inner_url, headers=browser)[2])
        sizes[article.url] = total
        assert total <= MAX_FIRST_LOAD_BYTES, (article.url, total, fetched)
    print(sizes)
