"""Site search through HTTP (/search/) and the backend, on SQLite or PostgreSQL (DATABASE_URL):
Japanese words inside longer runs, every query form, glossary readings, highlighting,
pagination, noindex, the empty state, strange queries, and index updates on publish."""

import io
import time

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from learn.models import ArticlePage, GlossaryTerm

from .conftest import TODAY, article, paragraph

pytestmark = pytest.mark.django_db


def search_page(client, q, **params):
    response = client.get("/search/", {"q": q, **params})
    assert response.status_code == 200, response.status_code
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def result_titles(client, q, **params):
    _, soup = search_page(client, q, **params)
    return [a.get_text() for a in soup.select(".search-result__title a")]


def titles(*keys, pages):
    return sorted(pages[k].title for k in keys)


# --- words inside longer runs, in every indexed field ------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("成分", ["label"]),  # 「成分表示」 in a callout
        ("表示", ["label"]),
        ("点滴", ["drip"]),  # 「エクソソーム点滴の…」 in a paragraph, and in the title
        ("承認", ["history"]),  # 「製品の承認について」 in a timeline event
        ("目印", ["markers"]),  # FAQ question
        ("培養上清", ["ledger"]),  # known claims: 「幹細胞培養上清液の粒子数」
        ("粒子数", ["ledger"]),
        ("影響", ["ledger"]),  # unknown claims
        ("品質", ["ledger"]),  # open problems
        ("有効性", ["drip"]),
        ("有効", ["drip"]),
        ("読み方", ["drip", "label"]),  # heading block and title
    ],
)
def test_words_inside_longer_runs_are_found(client, search_pages, query, expected):
    assert sorted(result_titles(client, query)) == titles(*expected, pages=search_pages)


def test_words_that_are_not_there_find_nothing(client, search_pages):
    assert result_titles(client, "幹細胞点滴") == []
    assert result_titles(client, "ワクチン") == []


def test_drafts_are_not_found(client, search_pages):
    # The draft's title has 点滴 too; only the published page is a result.
    assert result_titles(client, "点滴") == [search_pages["drip"].title]
    assert result_titles(client, "公開") == []


# --- query forms --------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["CD63", "ＣＤ６３", "cd63", "Cd63", "ｃｄ６３"])
def test_width_and_case_do_not_matter_and_cd63_means_cd_next_to_63(client, search_pages, query):
    # 「数の話」 has CD9 and 63 apart: it must not be found.
    assert result_titles(client, query) == [search_pages["markers"].title]


def test_cd_alone_finds_both_pages(client, search_pages):
    assert sorted(result_titles(client, "CD")) == titles("markers", "numbers", pages=search_pages)


@pytest.mark.parametrize("query", ["エクソソーム", "えくそそーむ", "ｴｸｿｿｰﾑ", "エクソソーム "])
def test_katakana_hiragana_and_half_width_find_the_same_pages(client, search_pages, query):
    found = result_titles(client, query)
    assert search_pages["drip"].title in found
    assert search_pages["markers"].title in found
    assert search_pages["label"].title not in found


@pytest.mark.parametrize("query", ["たんぱく質", "タンパク質", "ﾀﾝﾊﾟｸ質"])
def test_kana_folding_inside_words(client, search_pages, query):
    assert result_titles(client, query) == [search_pages["markers"].title]


def test_every_space_separated_word_must_be_on_the_page(client, search_pages):
    assert result_titles(client, "点滴 有効性") == [search_pages["drip"].title]
    assert result_titles(client, "点滴\u3000成分") == []  # full-width space separates too


def test_particles_between_words_are_tried_again_loosely(client, search_pages):
    response, soup = search_page(client, "成分の表示")
    assert [a.get_text() for a in soup.select(".search-result__title a")] == [
        search_pages["label"].title
    ]
    assert "ことばを分けて" in soup.select_one(".search-results").get_text()


# --- glossary ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["しやく", "シヤク", "試薬"])
def test_a_glossary_term_is_found_by_its_reading(client, search_pages, query):
    response, soup = search_page(client, query)
    glossary = soup.select_one(".search-glossary")
    assert glossary is not None, "no glossary section"
    assert "試薬" in glossary.select_one("dt").get_text()
    link = glossary.select_one("dt a")["href"]
    assert link == f"/glossary/#term-{search_pages['reagent'].pk}"
    # The page that uses the word is found too, with the word highlighted.
    assert [a.get_text() for a in soup.select(".search-result__title a")] == [
        search_pages["reagent_page"].title
    ]
    assert "試薬" in [m.get_text() for m in soup.select(".search-result__snippet mark")]


def test_unpublished_glossary_terms_are_not_shown(client, search_pages):
    term = GlossaryTerm.objects.get(pk=search_pages["reagent"].pk)
    term.live = False
    term.save()
    _, soup = search_page(client, "しやく")
    assert soup.select_one(".search-glossary") is None


def test_glossary_terms_are_found_by_the_words_of_their_definition(client, search_pages):
    _, soup = search_page(client, "薬品")
    assert "試薬" in soup.select_one(".search-glossary").get_text()


# --- the results page -------------------------------------------------------------------


def test_result_shows_title_section_and_highlighted_snippet(client, search_pages):
    _, soup = search_page(client, "成分")
    (result,) = soup.select(".search-result")
    assert result.select_one(".search-result__section").get_text() == "学ぶ"
    link = result.select_one(".search-result__title a")
    assert link["href"] == "/learn/label/"
    snippet = result.select_one(".search-result__snippet")
    assert [m.get_text() for m in snippet.select("mark")] == ["成分"]
    assert "成分表示を必ず確かめましょう" in snippet.get_text()


def test_highlight_follows_width_and_kana_of_the_page_text(client, search_pages):
    _, soup = search_page(client, "ｃｄ６３")
    marks = [m.get_text() for m in soup.select(".search-result__snippet mark")]
    assert marks == ["CD63"]
    _, soup = search_page(client, "えくそそーむ")
    assert "エクソソーム" in [m.get_text() for m in soup.select(".search-result mark")]


def test_snippet_text_is_the_prose_of_every_field(search_pages, django_assert_num_queries):
    from search.views import page_text

    page = ArticlePage.objects.get(pk=search_pages["label"].pk)
    with django_assert_num_queries(0):  # chosen sources are not fetched
        text = page_text(page)
    assert text.startswith("製品の箱を見るときのページです。")  # lead first
    assert "成分表示を必ず確かめましょう。" in text  # callout
    assert "注意" not in text  # the callout's kind is a choice label, not prose
    assert "テスト用の出典" not in text
    markers = page_text(ArticlePage.objects.get(pk=search_pages["markers"].pk))
    assert "目印は何ですか" in markers and "CD9とCD63" in markers  # FAQ question and answer
    ledger = page_text(ArticlePage.objects.get(pk=search_pages["ledger"].pk))
    assert "長く使ったときの影響" in ledger  # claims ledger
    history = page_text(ArticlePage.objects.get(pk=search_pages["history"].pk))
    assert "製品の承認について" in history and "2024" in history  # timeline


def test_title_words_are_highlighted(client, search_pages):
    _, soup = search_page(client, "点滴")
    assert soup.select_one(".search-result__title mark").get_text() == "点滴"


def test_page_text_is_escaped(client, search_pages):
    article(
        search_pages["learn"],
        "escape",
        "エスケープの確認",
        '<img src=x onerror="alert(1)">ワクチンの話です。',
    )
    response, soup = search_page(client, "ワクチン")
    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html
    assert soup.select_one(".search-result__snippet mark").get_text() == "ワクチン"


def test_search_page_is_noindex(client, search_pages):
    response, soup = search_page(client, "点滴")
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"
    _, soup = search_page(client, "")
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"


def test_query_is_kept_in_the_form_and_the_title(client, search_pages):
    _, soup = search_page(client, "点滴")
    assert soup.select_one("#search-q")["value"] == "点滴"
    assert soup.title.get_text().startswith("「点滴」の検索結果")
    label = soup.select_one('label[for="search-q"]')
    assert label is not None and label.get_text()


# --- empty and strange queries ------------------------------------------------------------


def test_no_results_suggests_glossary_terms_and_the_checker(client, search_pages):
    response, soup = search_page(client, "宇宙旅行")
    main = soup.select_one("main")
    assert "「宇宙旅行」にあうページは、見つかりませんでした。" in main.get_text()
    suggestions = soup.select_one(".search-suggestions")
    term_links = [a.get_text() for a in suggestions.select(".search-suggestions__terms a")]
    assert "試薬" in term_links and "エクソソーム" in term_links
    hrefs = [a["href"] for a in suggestions.select("a")]
    assert "/check/" in hrefs
    assert "/glossary/" in hrefs


def test_empty_query_shows_the_form_and_suggestions(client, search_pages):
    response, soup = search_page(client, "")
    assert soup.select_one(".search-result") is None
    assert "さがしたいことばを入れて" in soup.select_one("main").get_text()
    assert soup.select_one('.search-suggestions a[href="/check/"]') is not None
    response = client.get("/search/")
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["！？", "・・・", "「」『』", "---", "\x00\x01", "\u200b"])
def test_only_punctuation_or_controls_is_answered_politely(client, search_pages, query):
    response, soup = search_page(client, query)
    text = soup.select_one("main").get_text()
    if query.strip("\x00\x01\u200b"):
        assert "記号だけでは探せません" in text
    assert soup.select_one(".search-result") is None


def test_control_characters_are_ignored(client, search_pages):
    assert result_titles(client, "\x00点\x07滴\x7f") == [search_pages["drip"].title]


def test_a_1000_character_query_is_cut_and_answered_quickly(client, search_pages):
    started = time.perf_counter()
    response, soup = search_page(client, "点滴" * 500)
    elapsed = time.perf_counter() - started
    assert "はじめの100文字で探しました" in soup.select_one("main").get_text()
    assert len(soup.select_one("#search-q")["value"]) == 100
    assert elapsed < 3, elapsed


@pytest.mark.parametrize(
    "query",
    [
        "a" * 1000,
        "あ " * 500,
        '"点滴" OR 成分 AND NOT -承認 *',
        "'; DROP TABLE wagtailcore_page; --",
        "点滴:* & | ! <-> ( )",
        "\\\\ %% _ ''",
        "🧪🧬 点滴",
        "\ud7ff\uffff\U0010ffff",
    ],
)
def test_strange_queries_never_fail(client, search_pages, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert IndexEntry.objects.exists()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    q=st.text(max_size=300)
    | st.text(alphabet="点滴成分ＣＤ６３えくそそーむ!?「」 \x00", max_size=40),
    number=st.text(max_size=12),
)
def test_any_query_and_page_number_get_a_page(client, search_pages, q, number):
    response = client.get("/search/", {"q": q, "page": number})
    assert response.status_code == 200
    assert b'<meta name="robots" content="noindex">' in response.content


def test_operator_words_are_plain_words(client, search_pages):
    assert result_titles(client, "点滴 OR 成分") == []
    assert result_titles(client, '"点滴"') == [search_pages["drip"].title]


def test_only_get_and_head(client, search_pages):
    assert client.post("/search/", {"q": "点滴"}).status_code == 405
    assert client.head("/search/?q=点滴").status_code == 200


# --- the header search box ----------------------------------------------------------------


def test_every_page_has_a_labelled_get_search_box(client, search_pages):
    for url in ("/", "/learn/", "/learn/drip/", "/no-such-page/"):
        soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        form = soup.select_one("header form[role=search]")
        assert form is not None, url
        assert form["action"] == "/search/" and form["method"] == "get"
        field = form.select_one("input[name=q]")
        label = form.select_one(f'label[for="{field["id"]}"]')
        assert label is not None and label.get_text().strip(), url
        assert form.select_one("button[type=submit]").get_text() == "検索"


def test_the_search_page_has_one_search_form(client, search_pages):
    _, soup = search_page(client, "点滴")
    assert len(soup.select("form[role=search]")) == 1


# --- the index follows the content ------------------------------------------------------


def test_publishing_updates_the_index(client, search_pages):
    page = ArticlePage.objects.get(pk=search_pages["drip"].pk)
    page.body = [paragraph("<p>血液検査の結果を確かめます。</p>")]
    page.save_revision().publish()
    assert result_titles(client, "検査") == [page.title]
    assert result_titles(client, "有効性") == []  # the old body is gone from the index


def test_a_draft_revision_does_not_change_what_readers_find(client, search_pages):
    page = ArticlePage.objects.get(pk=search_pages["label"].pk)
    page.body = [paragraph("<p>下書きだけにある言葉:観測衛星。</p>")]
    page.save_revision()  # not published
    assert result_titles(client, "観測衛星") == []
    assert result_titles(client, "成分") == [page.title]


def test_unpublishing_removes_the_page_from_results(client, search_pages):
    ArticlePage.objects.get(pk=search_pages["drip"].pk).unpublish()
    assert result_titles(client, "点滴") == []


def test_update_index_rebuilds_a_lost_index(client, search_pages):
    IndexEntry.objects.all().delete()
    assert result_titles(client, "成分") == []
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    assert result_titles(client, "成分") == [search_pages["label"].title]
    assert result_titles(client, "ＣＤ６３") == [search_pages["markers"].title]
    _, soup = search_page(client, "しやく")
    assert soup.select_one(".search-glossary") is not None


def test_glossary_term_edits_are_found_at_once(client, search_pages):
    term = GlossaryTerm.objects.get(pk=search_pages["exosome_term"].pk)
    term.definition = "細胞外小胞の名前の一つで、粒子とも書かれます。"
    term.save()
    _, soup = search_page(client, "粒子")
    assert "エクソソーム" in soup.select_one(".search-glossary dt").get_text()


def test_glossary_readings_match_while_typing_and_in_any_kana(client, search_pages):
    for query in ("しや", "シヤ", "ｼﾔｸ"):
        _, soup = search_page(client, query)
        glossary = soup.select_one(".search-glossary")
        assert glossary is not None and "試薬" in glossary.get_text(), query


def test_fields_argument_searches_all_indexed_text(search_pages):
    # The index keeps one analysed title and body per page, not a column per field.
    found = [p.title for p in Page.objects.live().search("成分", fields=["title"])]
    assert found == [search_pages["label"].title]
    found = [p.title for p in Page.objects.live().autocomplete("成分", fields=["title"])]
    assert found == [search_pages["label"].title]


def test_backend_search_accepts_plain_strings_on_any_page_type(search_pages):
    # What other code (and Wagtail's own views) call: Page.objects.search("…").
    found = [p.title for p in Page.objects.live().search("成分")]
    assert found == [search_pages["label"].title]
    found = [p.title for p in ArticlePage.objects.live().search("ｴｸｿｿｰﾑ 点滴")]
    assert found == [search_pages["drip"].title]


def test_criterion_pages_are_found_by_their_own_texts(client, search_pages):
    from checker import rules
    from checker.models import CriterionPage, result_field_name

    texts = {result_field_name(code): f"結果{code}の説明です。" for code in rules.RESULT_CODES}
    texts[result_field_name(rules.NOT_SHOWN)] = "保管温度の記録は示されていません。"
    page = CriterionPage(
        title="品質のしらべ方",
        slug="quality-check",
        lead="製品の品質を見るページです。",
        criterion_key=rules.CRITERIA[0].key,
        ask_text="製造番号ごとの検査結果を見せてもらえますか。",
        last_reviewed=TODAY,
        next_review_due=TODAY,
        **texts,
    )
    search_pages["learn"].add_child(instance=page)
    page.save_revision().publish()
    assert result_titles(client, "製造番号") == ["品質のしらべ方"]  # the question for the clinic
    assert result_titles(client, "保管温度") == ["品質のしらべ方"]  # a result text
    _, soup = search_page(client, "保管温度")
    assert "保管温度" in [m.get_text() for m in soup.select(".search-result__snippet mark")]


def test_every_text_field_of_article_pages_is_indexed():
    """Criterion pages (checker) extend ArticlePage: their own text must be searchable too."""
    from django.apps import apps
    from django.db import models
    from wagtail.fields import StreamField
    from wagtail.search.index import SearchField

    not_searched = {
        "author",
        "medical_reviewer",
        "changelog",
        "seo_title",
        "search_description",
        "menu_title",  # a menu label, not content
        "menu_place",
    }
    checked = {}
    for model in apps.get_models():
        if not issubclass(model, ArticlePage):
            continue
        checked[model.__name__] = []
        indexed = {f.field_name for f in model.get_search_fields() if isinstance(f, SearchField)}
        for field in model._meta.get_fields():
            if not isinstance(field, (models.CharField, models.TextField, StreamField)):
                continue
            if field.model is Page or field.name in not_searched:
                continue
            if isinstance(field, models.CharField) and (field.choices or field.max_length < 20):
                continue  # keys and codes, not prose
            if isinstance(field, models.SlugField):
                continue
            assert field.name in indexed, f"{model.__name__}.{field.name} is not in search_fields"
            checked[model.__name__].append(field.name)
    assert {"lead", "body", "known_claims"} <= set(checked["ArticlePage"])
    if apps.is_installed("checker"):
        assert {"ask_text", "result_shown"} <= set(checked["CriterionPage"])
