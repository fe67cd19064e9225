"""The ad-text reader (/check/ad/) and the page 「広告でよく見ることば」 over HTTP: the form, CSRF,
headers, errors, escaping, that nothing is stored or logged, that only published phrases count,
and the AdPhrase snippet in the admin (drafts, workflow, permissions)."""

from __future__ import annotations

import io
import logging

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from checker.ad_models import AdPhrase, AdWordsPage
from learn.editorial import EDITOR_GROUP, REVIEWER_GROUP
from learn.models import GlossaryTerm, Source

pytestmark = pytest.mark.django_db

URL = "/check/ad/"
EXAMPLE_AD = "幹細胞培養上清エクソソーム点滴、100億個配合、国内製造、肌の若返り・免疫力アップ"
DISCLOSURES = ["unapproved", "source", "domestic_alternatives", "foreign_safety", "relief_system"]


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def visible_text(element):
    """Text as seen on screen: without the visually-hidden hints of links."""
    element = BeautifulSoup(str(element), "html.parser")
    for hidden in element.select(".visually-hidden"):
        hidden.decompose()
    return element.get_text()


def csrf_client():
    client = Client(enforce_csrf_checks=True)
    response = client.get(URL)
    token = soup(response).select_one("input[name=csrfmiddlewaretoken]")["value"]
    return client, token


def post(text, **extra):
    client, token = csrf_client()
    return client.post(URL, {"text": text, "csrfmiddlewaretoken": token}, **extra)


def assert_private(response):
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


# --- the form ------------------------------------------------------------------------------


def test_the_form_is_one_textarea_posted_to_its_own_url(site_content):
    response = Client().get(URL)
    assert response.status_code == 200
    assert_private(response)
    page = soup(response)
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    forms = page.select("form.ad-form")
    assert len(forms) == 1
    form = forms[0]
    assert form["method"] == "post"
    # No query string: the text never goes into a URL. Without JavaScript the browser lands on
    # the result (the fragment names it); htmx posts to the plain URL.
    assert form["action"] == URL + "#ad-result"
    assert form["data-hx-post"] == URL
    assert len(form.select("textarea")) == 1
    assert form.select_one("textarea")["name"] == "text"
    assert form.select_one("label[for=text]").get_text(strip=True) == "広告の文"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form["data-hx-push-url"] == "false"
    assert page.h1.get_text(strip=True) == "広告の文を読み取る"


def test_start_page_and_ad_words_page_link_to_the_reader(site_content):
    start = soup(Client().get("/check/"))
    assert start.select_one(f'a[data-ad-reader-link][href="{URL}"]')
    ad_words = soup(Client().get("/learn/ad-words/"))
    assert ad_words.select_one(f'a[data-ad-reader-link][href="{URL}"]')


def test_a_query_string_is_never_read(site_content):
    response = Client().get(URL + "?text=" + "点滴")
    assert response.status_code == 200
    assert not soup(response).select("[data-ad-result]")
    assert soup(response).select_one("textarea").get_text() == ""


# --- the result ----------------------------------------------------------------------------


def test_the_example_advert_is_marked_explained_and_its_missing_disclosures_listed(site_content):
    response = post(EXAMPLE_AD)
    assert response.status_code == 200
    assert_private(response)
    page = soup(response)
    marks = [(m["data-phrase"], m.get_text()) for m in page.select("[data-ad-text] mark")]
    assert marks == [
        ("culture-supernatant", "幹細胞培養上清"),
        ("exosome", "エクソソーム"),
        ("drip-injection", "点滴"),
        ("particle-count", "100億個"),
        ("made-in-japan", "国内製造"),
        ("anti-aging", "若返り"),
        ("immunity", "免疫力"),
    ]
    assert page.select_one("[data-ad-text]").get_text() == EXAMPLE_AD
    for slug, _word in marks:
        explanation = page.select_one(f'[data-phrase-explanation="{slug}"]')
        phrase = AdPhrase.objects.get(slug=slug)
        assert phrase.explanation in explanation.get_text()
        assert explanation.select_one(".ad-sources a, .ad-sources .ad-source")
        # each mark links to its explanation on the same page
        assert page.select_one(f'mark[data-phrase="{slug}"] a')["href"] == f"#phrase-{slug}"
    missing = page.select('[data-disclosures-missing] [data-disclosure-found="no"]')
    assert [li["data-disclosure"] for li in missing] == DISCLOSURES
    assert "見つかりませんでした" in page.select_one("[data-ad-result]").get_text()
    assert page.select_one(f'a[data-start-check][href="{reverse("checker:start")}"]')
    assert "医療のアドバイスではありません" in page.select_one("[data-disclaimer]").get_text()


def test_explanations_link_to_the_checkpoint_page_and_glossary(site_content):
    page = soup(post("エクソソーム"))
    links = [a["href"] for a in page.select('[data-phrase-explanation="exosome"] a')]
    assert "/checkpoints/ev-marker-panel/" in links
    term = GlossaryTerm.objects.get(term="エクソソーム")
    assert any(href.endswith(f"#term-{term.pk}") for href in links)
    for href in links:
        if href.startswith("/"):
            assert Client().get(href.split("#")[0]).status_code == 200


def test_found_disclosures_are_listed_with_the_words_that_looked_like_them(site_content):
    page = soup(post("国内未承認の医薬品です。医薬品副作用被害救済制度の対象外です。点滴します。"))
    found = {li["data-disclosure"] for li in page.select('[data-disclosure-found="yes"]')}
    missing = {li["data-disclosure"] for li in page.select('[data-disclosure-found="no"]')}
    assert found == {"unapproved", "relief_system"}
    assert missing == {"source", "domestic_alternatives", "foreign_safety"}
    assert "「未承認」" in page.select_one('[data-disclosure="unapproved"]').get_text()


def test_a_text_without_known_phrases(site_content):
    page = soup(post("ご予約はお電話でどうぞ。"))
    assert not page.select("[data-ad-text] mark")
    assert "見つかりませんでした" in page.select_one("[data-ad-summary]").get_text()
    assert len(page.select('[data-disclosure-found="no"]')) == 5


def test_htmx_gets_only_the_part_it_swaps(site_content):
    response = post(EXAMPLE_AD, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "<html" not in html
    page = soup(response)
    assert page.select_one("#ad-reader [data-ad-result]")
    assert page.select("[data-ad-text] mark")


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u3000"])
def test_empty_text_gets_a_japanese_message(site_content, text):
    response = post(text)
    assert response.status_code == 400
    assert_private(response)
    page = soup(response)
    assert (
        "広告の文を、下の欄に貼りつけてください。"
        in page.select_one("[data-error-summary]").get_text()
    )
    assert page.title.get_text().startswith("エラー:")
    assert page.select_one("#text-error")
    assert not page.select("[data-ad-result]")


def test_too_long_text_gets_a_japanese_message_and_is_kept(site_content):
    text = "点滴" * 2500 + "あ"
    response = post(text)
    assert response.status_code == 400
    message = soup(response).select_one("[data-error-summary]").get_text()
    assert "5,000文字まで" in message and "5,001文字" in message
    assert soup(response).select_one("textarea").get_text() == text


def test_exactly_five_thousand_characters_with_windows_line_breaks_is_accepted(site_content):
    response = post("点滴\r\n" * 1666 + "あ" * 2)
    assert response.status_code == 200


def test_html_and_script_are_shown_as_text(site_content):
    text = '<script>alert("x")</script><img src=x onerror=alert(1)>点滴&amp;'
    response = post(text)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert soup(response).select_one("[data-ad-text]").get_text() == text


def test_control_characters_are_removed_with_a_note(site_content):
    response = post("点\x00滴\x1bと注射")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("[data-ad-text]").get_text() == "点滴と注射"
    assert "制御文字" in page.select_one("[data-ad-result]").get_text()


def test_a_post_without_the_csrf_token_is_refused_in_japanese(site_content):
    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, {"text": EXAMPLE_AD})
    assert response.status_code == 403
    html = response.content.decode()
    assert "もう一度送ってください" in html
    assert "点滴" not in html


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(site_content, method):
    assert getattr(Client(), method)(URL).status_code == 405


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.text(max_size=300),
        st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=200),
        st.sampled_from(["<", "&", "\x00", "\ufeff", "\u202e", "い" * 5001, "<!--", "{{ x }}"]),
    )
)
def test_any_text_gives_a_page_never_a_500(site_content, text):
    response = Client().post(URL, {"text": text})
    assert response.status_code in (200, 400)
    assert response["Cache-Control"] == "private, no-store"


# --- privacy -------------------------------------------------------------------------------

SECRET = "ひみつのクリニック名ＸＹＺ123点滴"


def test_nothing_is_written_to_the_database_or_a_session(site_content):
    client, token = csrf_client()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, {"text": SECRET, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))
    ]
    assert writes == []
    assert "sessionid" not in response.cookies
    assert not any(SECRET in q["sql"] for q in queries.captured_queries)


def test_the_text_is_never_logged(site_content, caplog):
    with caplog.at_level(logging.DEBUG):
        post(SECRET)
        post(SECRET + "あ" * 5000)  # the error path too
        Client().post(URL, {"text": SECRET})  # CSRF failure
    assert caplog.records, "the test must see the log (the CSRF failure is logged)"
    assert not any("ひみつ" in record.getMessage() for record in caplog.records)


def test_the_result_is_not_cached_by_the_page_cache(site_content, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = post(SECRET)
    second = post("注射")
    assert "ひみつ" in first.content.decode()
    assert "ひみつ" not in second.content.decode()
    assert Client().get(URL)["Cache-Control"] == "private, no-store"


# --- content: published phrases only, one text for the page and the reader ----------------


def test_a_draft_change_shows_nowhere_until_it_is_published(site_content):
    phrase = AdPhrase.objects.get(slug="drip-injection")
    phrase.variants += "\n輸液"
    phrase.explanation = "下書きの説明です。"
    phrase.save_revision()  # a draft: the published row is unchanged
    page = soup(post("輸液と点滴"))
    assert [m.get_text() for m in page.select("[data-ad-text] mark")] == ["点滴"]
    assert "下書きの説明です。" not in page.get_text()
    assert "下書きの説明です。" not in visible_text(soup(Client().get("/learn/ad-words/")))

    phrase.latest_revision.publish()
    page = soup(post("輸液と点滴"))
    assert [m.get_text() for m in page.select("[data-ad-text] mark")] == ["輸液", "点滴"]
    assert "下書きの説明です。" in page.get_text()
    assert "下書きの説明です。" in visible_text(soup(Client().get("/learn/ad-words/")))


def test_an_unpublished_phrase_is_neither_marked_nor_listed(site_content):
    phrase = AdPhrase.objects.get(slug="made-in-japan")
    phrase.unpublish()
    assert not soup(post("国内製造")).select("[data-ad-text] mark")
    page = soup(Client().get("/learn/ad-words/"))
    assert not page.select('[data-phrase-explanation="made-in-japan"]')


def test_the_ad_words_page_lists_every_published_phrase_with_citations(site_content):
    response = Client().get("/learn/ad-words/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "広告でよく見ることば"
    listed = [s["data-phrase-explanation"] for s in page.select("[data-phrase-explanation]")]
    assert sorted(listed) == sorted(
        AdPhrase.objects.filter(live=True).values_list("slug", flat=True)
    )
    assert len(listed) >= 16
    references = page.select(".references__item")
    for slug in listed:
        phrase = AdPhrase.objects.get(slug=slug)
        entry = page.select_one(f'[data-phrase-explanation="{slug}"]')
        assert phrase.explanation in visible_text(entry)
        marks = entry.select(".cite__mark")
        assert len(marks) == len(phrase.source_list)
        for mark in marks:
            number = int(mark["href"].removeprefix("#source-"))
            assert 1 <= number <= len(references)
    titles = page.select_one(".references").get_text()
    assert "iPS細胞由来エクソソームの臨床応用について" in titles


def test_the_page_is_a_learn_article_under_its_contract_url(site_content):
    page = AdWordsPage.objects.get()
    assert page.url == "/learn/ad-words/"
    assert page.get_parent().slug == "learn"


# --- loading and editing -------------------------------------------------------------------


def test_loading_twice_changes_nothing_and_links_new_glossary_terms(site_content):
    phrase = AdPhrase.objects.get(slug="drip-injection")
    if phrase.glossary_term is None:  # 「点滴」 is not a glossary term yet on this branch
        term = GlossaryTerm.objects.create(
            term="点滴", reading="てんてき", definition="テストです。"
        )
        term.save_revision().publish()
    count = AdPhrase.objects.count()
    call_command("load_initial_content", stdout=io.StringIO())
    assert AdPhrase.objects.count() == count
    assert AdWordsPage.objects.count() == 1
    phrase.refresh_from_db()
    assert phrase.glossary_term.term == "点滴"


def test_every_initial_phrase_is_published_with_sources(site_content):
    phrases = AdPhrase.objects.all()
    assert phrases.count() == 16
    for phrase in phrases:
        assert phrase.live
        assert phrase.source_list
        assert phrase.criterion_page is not None
    assert Source.objects.filter(key="jsrm-ips-caution-2024", live=True).exists()


def _person(django_user_model, name, group):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username=name, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def _form(**changes):
    source = Source.objects.get(key="caa-biyou-check")
    data = {
        "name": "管理画面のことば",
        "slug": "admin-phrase",
        "kind": "urgency",
        "variants": "本日だけ",
        "exclusions": "",
        "explanation": "テスト用の説明です。",
        "sources": streamfield([("source", source.pk)]),
        "criterion_page": "",
        "glossary_term": "",
        "sort_order": "200",
    }
    data.update(changes)
    return nested_form_data(data)


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_checker_adphrase:{name}", args=args)


def test_editor_drafts_and_submits_and_reviewer_publishes(site_content, django_user_model):
    editor = _person(django_user_model, "ad-editor", EDITOR_GROUP)
    reviewer = _person(django_user_model, "ad-reviewer", REVIEWER_GROUP)
    client = Client()
    client.force_login(editor)
    assert client.get(admin_url("list")).status_code == 200
    response = client.post(admin_url("add"), {**_form(), "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    phrase = AdPhrase.objects.get(slug="admin-phrase")
    assert not phrase.live
    assert "本日だけ" not in str(soup(post("本日だけ")).select("[data-ad-text] mark"))
    state = WorkflowState.objects.get(base_content_type__model="adphrase", object_id=str(phrase.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(reviewer)
    response = client.post(
        admin_url("workflow_action", phrase.pk, "approve", state.current_task_state.pk),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    phrase.refresh_from_db()
    assert phrase.live
    marks = soup(post("本日だけ")).select("[data-ad-text] mark")
    assert [m["data-phrase"] for m in marks] == ["admin-phrase"]


def test_editor_cannot_publish(site_content, django_user_model):
    editor = _person(django_user_model, "ad-editor2", EDITOR_GROUP)
    client = Client()
    client.force_login(editor)
    response = client.post(admin_url("add"), {**_form(), "action-publish": "1"})
    assert response.status_code == 302
    assert not AdPhrase.objects.get(slug="admin-phrase").live
    assert not editor.has_perm("checker.publish_adphrase")


def test_the_admin_refuses_unusable_variants_and_verdict_words(site_content, django_user_model):
    reviewer = _person(django_user_model, "ad-reviewer2", REVIEWER_GROUP)
    client = Client()
    client.force_login(reviewer)
    response = client.post(
        admin_url("add"),
        {**_form(variants="○\n〜", explanation="この治療は安全です。"), "action-publish": "1"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "見つける文字がありません" in html
    assert "このサイトでは使わない言葉" in html
    assert not AdPhrase.objects.filter(slug="admin-phrase").exists()


def test_preview_shows_the_phrase(site_content, django_user_model):
    reviewer = _person(django_user_model, "ad-reviewer3", REVIEWER_GROUP)
    client = Client()
    client.force_login(reviewer)
    phrase = AdPhrase.objects.get(slug="immunity")
    preview = admin_url("preview_on_edit", phrase.pk)
    data = _form(name="免疫力", slug="immunity", explanation="プレビューの説明です。")
    assert client.post(preview, data).json()["is_valid"] is True
    response = client.get(preview)
    assert response.status_code == 200
    assert "プレビューの説明です。" in response.content.decode()


def test_a_post_far_over_the_upload_limit_is_a_japanese_400(site_content, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = Client().post(URL, {"text": "点" * 20_000})
    assert response.status_code == 400
    assert "受けつけられませんでした" in response.content.decode()
