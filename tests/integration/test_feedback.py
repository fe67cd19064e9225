"""「このページは役に立ちましたか」 over HTTP: the article's form is the same for everyone, the
comment step is private and CSRF-protected, only page/answer/comment/day are stored, abuse is
rate limited, and editors read it in the admin report."""

import csv
import io

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from feedback.models import PageFeedback
from learn.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(site_content):
    return ArticlePage.objects.live().get(slug="what-are-exosomes")


def csrf_client():
    return Client(enforce_csrf_checks=True)


def comment_step(client, article, answer="yes"):
    response = client.get("/feedback/", {"page": article.pk, "answer": answer})
    assert response.status_code == 200
    return response


def post(client, article, answer="yes", comment=""):
    step = comment_step(client, article, answer)
    token = step.context["csrf_token"]
    return client.post(
        "/feedback/",
        {"page": article.pk, "answer": answer, "comment": comment, "csrfmiddlewaretoken": token},
    )


def test_article_form_is_the_same_for_everyone(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert "このページは役に立ちましたか" in html
    assert 'action="/feedback/" data-feedback-form' in html
    assert f'name="page" value="{article.pk}"' in html
    assert 'name="answer" value="yes">はい' in html and 'name="answer" value="no">いいえ' in html
    assert "csrfmiddlewaretoken" not in html  # nothing per reader: the page cache may share it
    assert "Set-Cookie" not in response.headers
    assert client.get(article.url).content == response.content


def test_checkpoint_pages_ask_too(client, site_content):
    from checker.models import CriterionPage

    criterion = CriterionPage.objects.live().first()
    assert "このページは役に立ちましたか" in client.get(criterion.url).content.decode()


def test_choosing_an_answer_asks_for_an_optional_comment_privately(client, article):
    response = comment_step(client, article, "no")
    html = response.content.decode()
    assert "「いいえ」を選びました" in html
    assert "csrfmiddlewaretoken" in html
    assert (
        response["Cache-Control"] == "private, no-store" or "no-store" in response["Cache-Control"]
    )
    assert "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html
    assert PageFeedback.objects.count() == 0  # a GET stores nothing


def test_sending_stores_only_page_answer_comment_and_day(article):
    client = csrf_client()
    response = post(client, article, "yes", "とても わかりやすかったです。")
    assert response.status_code == 200
    assert "ありがとうございました" in response.content.decode()
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.helpful, feedback.comment) == (
        article.pk,
        True,
        "とても わかりやすかったです。",
    )
    stored = {field.name for field in PageFeedback._meta.get_fields()}
    assert stored == {"id", "page", "helpful", "comment", "received_on"}


def test_answer_without_comment_is_stored(article):
    assert post(csrf_client(), article, "no").status_code == 200
    assert PageFeedback.objects.get().comment == ""


def test_post_without_csrf_token_is_refused(article):
    response = csrf_client().post("/feedback/", {"page": article.pk, "answer": "yes"})
    assert response.status_code == 403
    assert PageFeedback.objects.count() == 0


def test_long_comment_is_refused_in_japanese_and_kept_for_the_reader(article):
    client = csrf_client()
    response = post(client, article, "yes", "あ" * 501)
    assert response.status_code == 400
    html = response.content.decode()
    assert "500文字まで" in html
    assert "あ" * 501 in html  # the reader's text is not lost
    assert PageFeedback.objects.count() == 0


@pytest.mark.parametrize(
    "params",
    [{"page": "999999", "answer": "yes"}, {"page": "abc", "answer": "yes"}, {"answer": "yes"}],
)
def test_unknown_page_is_a_japanese_400(client, site_content, params):
    response = client.get("/feedback/", params)
    assert response.status_code == 400
    assert "どのページについての声か、わかりませんでした" in response.content.decode()


def test_bad_answer_or_unpublished_page_is_a_400(client, article):
    assert client.get("/feedback/", {"page": article.pk, "answer": "maybe"}).status_code == 400
    article.unpublish()
    assert client.get("/feedback/", {"page": article.pk, "answer": "yes"}).status_code == 400


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_one_address_cannot_flood_the_report(article):
    client = csrf_client()
    assert post(client, article).status_code == 200
    assert post(client, article).status_code == 200
    response = post(client, article)
    assert response.status_code == 429
    assert "しばらくたってから" in response.content.decode()
    assert PageFeedback.objects.count() == 2
    other = Client(enforce_csrf_checks=True, REMOTE_ADDR="192.0.2.7")
    assert post(other, article).status_code == 200


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "down": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    },
    FEEDBACK_CACHE_ALIAS="down",
)
def test_when_the_counting_cache_is_down_feedback_is_refused_not_a_500(article):
    response = post(csrf_client(), article)
    assert response.status_code == 429
    assert PageFeedback.objects.count() == 0


def test_editors_see_counts_comments_escaped_and_csv(client, article, editor):
    other = ArticlePage.objects.live().exclude(pk=article.pk).first()
    PageFeedback.objects.create(page=article, helpful=True, comment="")
    PageFeedback.objects.create(page=article, helpful=False, comment="<script>alert(1)</script>")
    PageFeedback.objects.create(page=other, helpful=True, comment="よかったです")
    client.force_login(editor)

    summary = client.get("/admin/reports/feedback/")
    assert summary.status_code == 200
    html = summary.content.decode()
    assert article.title in html and other.title in html

    comments = client.get("/admin/reports/feedback/comments/", {"page": article.pk})
    html = comments.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "よかったです" not in html  # filtered to the one page

    export = client.get("/admin/reports/feedback/", {"export": "csv"})
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["ページ", "はい", "いいえ", "ひとことの数", "最後に受け取った日"]
    by_title = {row[0]: row[1:4] for row in rows[1:]}
    assert by_title[article.title] == ["1", "1", "1"]


def test_people_outside_the_editorial_groups_cannot_read_feedback(client, site_content):
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("outsider", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/feedback/")
    assert response.status_code in (302, 403)


def test_feedback_never_reaches_public_pages(client, article):
    PageFeedback.objects.create(page=article, helpful=False, comment="公開されないひとこと")
    assert "公開されないひとこと" not in client.get(article.url).content.decode()
