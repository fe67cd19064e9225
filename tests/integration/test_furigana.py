"""ふりがな over HTTP: ?furigana=1 gives any public page readings over its kanji, as its own
cacheable, noindex URL; editors' 読み方 corrections apply on the next render; the checker and the
advert reader honour the switch and keep their privacy rules."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.test import Client

from checker import rules
from learn.models import ArticlePage, ReadingCorrection

pytestmark = pytest.mark.django_db

EV_RUBY = '<ruby>細胞外小胞<rt aria-hidden="true">さいぼうがいしょうほう</rt></ruby>'
MANABU = '<ruby>学<rt aria-hidden="true">まな</rt></ruby>ぶ'  # 学ぶ in the menu


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def ev_page(site_content):
    return ArticlePage.objects.live().get(title="エクソソーム(細胞外小胞)とは")


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_STATUS_HEADER = True
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_the_furigana_url_shows_readings_noindex_and_points_canonical_to_the_page(client, ev_page):
    response = client.get(ev_page.url + "?furigana=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert EV_RUBY in html  # the glossary term's reading, as one word
    assert MANABU in html
    page = soup(response)
    assert page.html["data-furigana"] == "on"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"
    canonical = page.find("link", rel="canonical")["href"]
    assert urlsplit(canonical).path == ev_page.url and not urlsplit(canonical).query
    # Nothing in <head> got ruby (title, descriptions, JSON-LD).
    assert "<ruby>" not in html.split("<body")[0]
    # The switch leads back to the page without readings.
    switch = page.select_one("[data-furigana-switch]")
    assert switch["href"] == ev_page.url and switch["data-furigana-state"] == "on"
    # Links to the site's pages and the search form keep the readings on.
    learn_link = page.select_one('.site-nav a[href^="/learn/"]')
    assert learn_link["href"].endswith("?furigana=1")
    search = page.select_one("form.site-search")
    assert search.find("input", attrs={"type": "hidden", "name": "furigana", "value": "1"})
    assert page.select_one('link[rel="stylesheet"]')["href"].startswith("/static/")


def test_without_the_switch_the_page_is_as_before(client, ev_page):
    response = client.get(ev_page.url)
    html = response.content.decode()
    page = soup(response)
    assert MANABU not in html
    assert not page.html.has_attr("data-furigana")
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert "X-Robots-Tag" not in response
    switch = page.select_one("a[data-furigana-switch]")
    assert switch["href"] == ev_page.url + "?furigana=1"
    assert switch["data-furigana-state"] == "off"
    assert switch.get_text() == "ふりがな" and switch["aria-label"] == "ふりがなをつける"
    assert "furigana=1" not in page.select_one(".site-nav").decode()


def test_the_furigana_page_is_cached_apart_from_the_page(client, ev_page, page_cache):
    plain = client.get(ev_page.url)
    first = client.get(ev_page.url + "?furigana=1")
    second = client.get(ev_page.url + "?furigana=1")
    again_plain = client.get(ev_page.url)
    assert (plain["X-Page-Cache"], again_plain["X-Page-Cache"]) == ("miss", "hit")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert MANABU in second.content.decode()
    assert MANABU not in again_plain.content.decode()
    # Another value is rendered, never stored.
    other = client.get(ev_page.url + "?furigana=yes")
    assert other["X-Page-Cache"] == "bypass"
    assert MANABU not in other.content.decode()


def test_search_results_and_glossary_honour_the_switch(client, site_content):
    search = client.get("/search/", {"q": "細胞", "furigana": "1"})
    assert search.status_code == 200
    assert '<rt aria-hidden="true">' in search.content.decode()
    glossary = client.get("/glossary/?furigana=1")
    assert glossary.status_code == 200
    assert EV_RUBY in glossary.content.decode()


def test_a_published_reading_correction_applies_on_the_next_render(
    client, make_article, page_cache
):
    page = make_article(title="生物のテスト")
    before = client.get(page.url + "?furigana=1").content.decode()
    assert '<ruby>生物<rt aria-hidden="true">せいぶつ</rt></ruby>' in before  # the dictionary
    correction = ReadingCorrection(word="生物", reading="なまもの", live=False)
    correction.save()
    draft = client.get(page.url + "?furigana=1").content.decode()
    assert "なまもの" not in draft  # a draft is not applied
    correction.save_revision().publish()
    response = client.get(page.url + "?furigana=1")
    assert response["X-Page-Cache"] == "miss"  # publishing purged the page cache
    html = response.content.decode()
    assert '<ruby>生物<rt aria-hidden="true">なまもの</rt></ruby>' in html
    assert "せいぶつ" not in html


def test_a_reading_correction_must_be_hiragana_for_a_word_with_kanji(db):
    with pytest.raises(ValidationError) as error:
        ReadingCorrection(word="ジョウセイ", reading="ジョウセイ").full_clean()
    assert set(error.value.message_dict) == {"word", "reading"}
    ReadingCorrection(word="上清", reading="じょうせい").full_clean()


def unknown_answers():
    answers = {}
    for criterion in rules.CRITERIA:
        for question in criterion.questions:
            answers[question.param] = "unknown"
    return answers


def test_checker_steps_keep_the_switch_and_results_stay_private(client, site_content):
    response = client.get("/check/q/impurity_check/?impurity_check=yes&submitted=1&furigana=1")
    assert response.status_code == 303
    location = urlsplit(response["Location"])
    assert parse_qs(location.query)["furigana"] == ["1"]
    question = client.get("/check/q/approval_status/?furigana=1")
    page = soup(question)
    form = page.select_one("form.question-form")
    assert form.find("input", attrs={"type": "hidden", "name": "furigana"})
    assert "<ruby>" in question.content.decode()
    result = client.get("/check/result/", {**unknown_answers(), "furigana": "1"})
    assert result.status_code == 200
    assert result["Cache-Control"] == "private, no-store"
    assert result["X-Robots-Tag"] == "noindex"
    assert '<rt aria-hidden="true">' in result.content.decode()
    printed = client.get("/check/questions/", {**unknown_answers(), "furigana": "1"})
    assert printed.status_code == 200
    assert '<rt aria-hidden="true">' in printed.content.decode()
    assert printed["Cache-Control"] == "private, no-store"


def test_the_advert_reader_result_honours_the_switch(site_content):
    client = Client(enforce_csrf_checks=True)
    blank = client.get("/check/ad/?furigana=1")
    page = soup(blank)
    form = page.select_one("form.ad-form")
    assert form["action"] == "/check/ad/?furigana=1#ad-result"
    assert form["data-hx-post"] == "/check/ad/?furigana=1"
    token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    text = "幹細胞培養上清を使った治療です。"
    response = client.post(form["action"], {"text": text, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    result = soup(response).select_one("[data-ad-text]")
    assert result.find("ruby") is not None
    assert re.sub(r"\s", "", result.get_text()).startswith("幹")
    # The text as typed stays in the form, without readings.
    assert soup(response).select_one("textarea").get_text() == text


def test_the_switch_never_links_to_another_host(rf):
    from learn import furigana_web

    request = rf.get("//evil.example/learn/?page=2")
    for on in (True, False):
        url = furigana_web.toggled_url(request, on)
        assert url.startswith("/") and not url.startswith("//"), url


def test_a_not_found_page_does_not_echo_the_address_in_a_switch(client, db):
    response = client.get("/no-such-page-evil.example/")
    assert response.status_code == 404
    assert b"evil.example" not in response.content


@pytest.fixture
def analysed(monkeypatch):
    """The runs of text the analyser (MeCab) is asked to read, in order; the engine's own
    memory emptied first, as in a worker that has not read anything yet."""
    from learn import furigana

    furigana.clear_caches()
    real = furigana._analyser
    runs = []

    class Recording:
        def parse(self, text):
            runs.append(text)
            return real().parse(text)

    monkeypatch.setattr(furigana, "_analyser", Recording)
    yield runs
    furigana.clear_caches()


def test_a_worker_that_never_read_a_page_uses_the_readings_kept_for_it(
    client, ev_page, page_cache, analysed
):
    from learn import furigana

    first = client.get(ev_page.url + "?furigana=1&from=a")
    assert len(analysed) > 50  # nobody had read this page: its text was analysed
    furigana.clear_caches()  # another worker, or this one restarted: its memory is empty
    analysed.clear()
    again = client.get(ev_page.url + "?furigana=1&from=b")
    assert analysed == []  # every run came from the shared cache
    assert again.content.replace(b"from=b", b"from=a") == first.content  # the switch keeps it
    assert MANABU in again.content.decode()


def test_kept_readings_follow_the_corrections(client, make_article, page_cache, analysed):
    from learn import furigana

    page = make_article(title="生物のテスト")
    before = client.get(page.url + "?furigana=1").content.decode()
    assert '<ruby>生物<rt aria-hidden="true">せいぶつ</rt></ruby>' in before
    correction = ReadingCorrection(word="生物", reading="なまもの", live=False)
    correction.save()
    correction.save_revision().publish()
    furigana.clear_caches()
    html = client.get(page.url + "?furigana=1").content.decode()
    assert '<ruby>生物<rt aria-hidden="true">なまもの</rt></ruby>' in html
    assert "せいぶつ" not in html  # the readings kept before the correction are not used


def test_the_warming_pass_reads_the_text_of_every_page_for_its_furigana_page(
    client, site_content, page_cache, analysed, settings
):
    from learn import furigana
    from ops import warming

    settings.PAGE_CACHE_WARM_VARIANTS = False
    assert not warming.warm().failed
    assert analysed, "the warming pass read the pages' text"
    furigana.clear_caches()
    analysed.clear()
    response = client.get("/learn/?furigana=1")
    assert response["X-Page-Cache"] == "miss"  # no furigana page was stored by the pass ...
    assert MANABU in response.content.decode()
    # ... but its text was read: only the switch, whose words change with it, is new.
    assert all("ふりがな" in run or len(run) < 12 for run in analysed), analysed
    assert len(analysed) <= 3, analysed


def test_private_pages_keep_no_readings(client, site_content, page_cache, analysed):
    from django.core.cache import cache

    from learn import furigana_web

    response = client.get("/check/result/", {**unknown_answers(), "furigana": "1"})
    assert '<rt aria-hidden="true">' in response.content.decode()
    key = furigana_web.readings_key(furigana_web.overrides(), "testserver", "/check/result/")
    assert cache.get(key) is None


def test_without_the_shared_cache_the_page_is_read_again(
    client, ev_page, page_cache, analysed, monkeypatch
):
    from learn import furigana_web

    class Unreachable:
        def get(self, *args, **kwargs):
            raise ConnectionError("the cache server is down")

        set = get

    monkeypatch.setattr(furigana_web, "shared_cache", Unreachable())
    response = client.get(ev_page.url + "?furigana=1&from=c")
    assert response.status_code == 200
    assert EV_RUBY in response.content.decode()
    assert analysed
