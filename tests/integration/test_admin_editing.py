"""The article editor's guardrails, through the admin over HTTP: previews that the admin (only)
may frame, approval and publishing refused while a page cites an unpublished source or uses a
banned phrase, the reviewer's list of citations, choosers that search Japanese, and forms that
guide (empty optional source lists, review-date defaults, ASCII slugs, draft warnings)."""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from learn.blocks import ClaimBlock, FaqItemBlock, ParagraphBlock
from learn.editor_checks import blocking_problems, page_content
from learn.models import ArticlePage, Source, in_twelve_months, today
from learn.slugs import ascii_slug

pytestmark = pytest.mark.django_db


def csp(response):
    return {
        part.split()[0]: part.split()[1:]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    }


def draft_source(title="審査中の新しい出典", key="draft-source"):
    source = Source(
        key=key,
        title=title,
        publisher="テスト発行元",
        kind="regulator",
        last_checked=datetime.date(2026, 11, 28),
        live=False,
    )
    source.save()
    source.save_revision()
    return source


def claims_citing(*sources, text="テスト用の項目です。"):
    return [{"type": "claim", "value": {"text": text, "sources": [s.pk for s in sources]}}]


def submit(client, editor, page, article_form, **changes):
    """The editor saves the page with changes and submits it for review; returns the task."""
    client.force_login(editor)
    for name, value in changes.items():
        setattr(page, name, value)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        article_form(page, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    return state.current_task_state


def approve(client, reviewer, page, task_state):
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""}, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# --- preview -------------------------------------------------------------------------------


def test_only_previews_may_be_framed_and_only_by_the_admin(client, editor, make_article):
    page = make_article(title="枠の中に見える題")
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = client.get(edit_url)
    assert csp(form)["frame-ancestors"] == ["'none'"]

    from tests.integration.conftest import article_form_data

    assert client.post(preview_url, article_form_data(page)).json()["is_valid"]
    preview = client.get(preview_url + "?in_preview_panel=true")
    assert preview.status_code == 200
    assert "枠の中に見える題" in preview.content.decode()
    policy = csp(preview)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # the public page's own strict policy
    assert preview["X-Frame-Options"] == "SAMEORIGIN"

    client.logout()
    public = client.get(page.url)
    assert csp(public)["frame-ancestors"] == ["'none'"]


# --- citation integrity --------------------------------------------------------------------


def test_approval_is_refused_while_a_cited_source_is_unpublished(
    client, editor, reviewer, make_article, article_form
):
    page = make_article(title="出典を確かめるページ")
    new_source = draft_source()
    task_state = submit(client, editor, page, article_form, known_claims=claims_citing(new_source))

    # The reviewer's dialog lists the citations with their state.
    client.force_login(reviewer)
    modal = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    )
    html = modal.json()["html"]
    assert "審査中の新しい出典" in html and "未公開" in html
    assert "このままでは承認・公開できません" in html

    response = approve(client, reviewer, page, task_state)
    shown = " ".join(messages_of(response))
    assert "承認できませんでした" in shown
    assert "「審査中の新しい出典(テスト発行元)」" in shown
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS
    client.logout()
    assert "審査中の新しい出典" not in client.get(page.url).content.decode()

    # Once the source itself is published, the same page is approved and goes live.
    new_source.refresh_from_db()
    new_source.latest_revision.publish()
    response = approve(client, reviewer, page, task_state)
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_APPROVED
    client.logout()
    assert "審査中の新しい出典" in client.get(page.url).content.decode()


def test_a_banned_phrase_stops_approval(client, editor, reviewer, make_article, article_form):
    page = make_article(title="言い切りのあるページ")
    body = [
        {
            "type": "callout",
            "value": {"kind": "note", "text": "<p>本物のエクソソームなので安全です。</p>"},
        }
    ]
    task_state = submit(client, editor, page, article_form, body=body)
    response = approve(client, reviewer, page, task_state)
    shown = " ".join(messages_of(response))
    assert "「本物」" in shown and "「安全です」" in shown
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_a_reviewer_cannot_publish_directly_an_unpublished_citation(
    client, reviewer, make_article, article_form
):
    page = make_article(title="直接公開するページ")
    new_source = draft_source()
    page.known_claims = claims_citing(new_source)
    client.force_login(reviewer)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        article_form(page, **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "まだ公開されていない出典・用語を引用しています" in response.content.decode()
    page.refresh_from_db()
    assert new_source.pk not in [s.pk for s in page.cited_sources()]


def test_saving_a_draft_warns_about_what_publishing_needs(
    client, editor, make_article, article_form
):
    page = make_article(title="下書きのページ")
    page.body = [{"type": "paragraph", "value": {"text": "<p>この点滴は効きます。</p>"}}]
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), article_form(page), follow=True
    )
    shown = " ".join(messages_of(response))
    assert "下書きは保存しました" in shown and "「効きます」" in shown
    assert page.get_latest_revision_as_object().body[0].value["text"].source.find("効きます") > 0


def test_a_source_shows_the_pages_that_use_it(client, reviewer, make_article):
    source = Source.objects.order_by("pk").first()  # make_article cites it
    page = make_article(title="出典を使うページ")
    client.force_login(reviewer)
    listing = client.get(reverse("wagtailsnippets_learn_source:list")).content.decode()
    assert "使われているページ数" in listing
    inspect = client.get(reverse("wagtailsnippets_learn_source:inspect", args=(source.pk,)))
    assert "出典を使うページ" in inspect.content.decode()
    assert page in source.used_on_pages()
    terms = client.get(reverse("wagtailsnippets_learn_glossaryterm:list")).content.decode()
    assert "使われているページ数" in terms


def test_approving_a_source_change_shows_the_pages_it_changes(
    client, editor, reviewer, make_article
):
    source = Source.objects.order_by("pk").first()
    make_article(title="出典の変更が届くページ")
    client.force_login(editor)
    url = reverse("wagtailsnippets_learn_source:edit", args=(source.pk,))
    form = {
        "title": source.title + "(改訂)",
        "key": source.key,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
        "kind": source.kind,
        "note": source.note,
        "last_checked": "2026-11-29",
        "action-submit": "1",
    }
    assert client.post(url, form).status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="source", object_id=str(source.pk))
    client.force_login(reviewer)
    modal = client.get(
        reverse(
            "wagtailsnippets_learn_source:workflow_action",
            args=(source.pk, "approve", state.current_task_state.pk),
        )
    )
    html = modal.json()["html"]
    assert "承認すると、表示が変わるページ" in html and "出典の変更が届くページ" in html


# --- choosers ------------------------------------------------------------------------------


def test_source_chooser_searches_japanese_and_filters_by_kind(client, editor, site_content):
    client.force_login(editor)
    url = reverse("wagtailsnippetchoosers_learn_source:choose_results")
    target = Source.objects.filter(title__contains="審議会").first()
    assert target is not None
    html = client.get(url, {"q": "審議会"}).content.decode()
    assert target.title in html
    other = Source.objects.exclude(title__contains="審議会").exclude(publisher__contains="審議会")
    assert not any(s.title in html for s in other.filter(kind="paper")[:5])

    papers = client.get(url, {"kind": "paper"}).content.decode()
    news = Source.objects.filter(kind="news").first()
    assert Source.objects.filter(kind="paper").first().title in papers
    assert news.title not in papers


def test_glossary_chooser_finds_a_term_by_its_reading(client, editor, site_content):
    client.force_login(editor)
    url = reverse("wagtailsnippetchoosers_learn_glossaryterm:choose_results")
    html = client.get(url, {"q": "培養"}).content.decode()
    assert "培養上清液" in html


def test_a_source_created_in_the_chooser_is_a_draft(client, editor, site_content):
    client.force_login(editor)
    choose = client.get(reverse("wagtailsnippetchoosers_learn_source:choose")).json()
    assert "新しい出典を作る" in choose["html"]
    response = client.post(
        reverse("wagtailsnippetchoosers_learn_source:create"),
        {
            "title": "選ぶ画面で作った出典",
            "key": "made-in-chooser",
            "publisher": "テスト発行元",
            "published": "2025",
            "url": "",
            "kind": "news",
            "note": "",
            "last_checked": "2026-11-28",
        },
    )
    assert response.json()["step"] == "chosen"
    source = Source.objects.get(key="made-in-chooser")
    assert not source.live and source.latest_revision is not None


# --- forms that guide ----------------------------------------------------------------------


def test_optional_source_lists_start_empty_and_claims_require_one():
    assert list(ParagraphBlock().child_blocks["sources"].get_default()) == []
    assert list(FaqItemBlock().child_blocks["sources"].get_default()) == []
    claim = ClaimBlock()
    assert list(claim.child_blocks["sources"].get_default()) == []
    with pytest.raises(Exception) as error:
        claim.clean(claim.to_python({"text": "出典のない文です。", "sources": [None]}))
    assert "出典を1つ以上選んでください。" in str(
        error.value.block_errors["sources"].as_json_data()
    )


def test_the_claim_error_names_its_part(client, reviewer, make_article, article_form):
    page = make_article(title="出典のない項目")
    page.known_claims = claims_citing()
    client.force_login(reviewer)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        article_form(page, **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    error = response.context["form"].errors.as_data()["known_claims"][0]
    assert "わかっていることには、出典を1つ以上選んでください。" in str(error.as_json_data())


def test_new_articles_default_review_dates_and_an_ascii_slug(client, reviewer, learn_section):
    assert ArticlePage().last_reviewed == today()
    assert ArticlePage().next_review_due == in_twelve_months()
    assert (in_twelve_months() - today()).days in (365, 366)
    client.force_login(reviewer)
    add_url = reverse("wagtailadmin_pages:add", args=("learn", "articlepage", learn_section.pk))
    form = client.get(add_url).content.decode()
    assert f'value="{today().isoformat()}"' in form
    assert "半角の英小文字・数字・ハイフン" in form

    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "点滴の副作用について",
            "slug": "",
            "lead": "テスト用のリード文です。",
            "author": "編集部",
            "medical_reviewer": "",
            "last_reviewed": today().isoformat(),
            "next_review_due": in_twelve_months().isoformat(),
            "menu_place": "header",
            "key_points": streamfield([]),
            "body": streamfield([]),
            "known_claims": streamfield([]),
            "unknown_claims": streamfield([]),
            "open_problems": streamfield([]),
            "changelog": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ArticlePage.objects.get(title="点滴の副作用について")
    assert re.fullmatch(r"[a-z0-9-]+", page.slug)
    assert page.slug.startswith("tenteki")


def test_ascii_slug_romanises_and_never_returns_empty():
    assert ascii_slug("受けるか決める前に") == "ukeru-ka-kimeru-mae-ni"
    assert ascii_slug("エクソソームとは").startswith("ekusosomu")
    assert ascii_slug("！？") == "page"
    assert ascii_slug("Exosome FAQ") == "exosome-faq"


def test_loaded_articles_have_no_blocking_problem(site_content):
    """The same checks run over all loaded content: no page the site ships would be refused."""
    refused = {}
    for page in ArticlePage.objects.live().specific():
        problems = blocking_problems(page)
        if problems:
            refused[page.url_path] = problems
    assert refused == {}
    article = ArticlePage.objects.live().first().specific
    assert page_content(article).citations
