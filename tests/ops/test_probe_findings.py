"""What a security probe of the production server found, each pinned by a test: page-cache
poisoning through SCRIPT_NAME, control characters in a page path, copying a criterion page, and
the smaller findings (password reset without e-mail, the cache status header, groups that can
publish). The login throttle's findings are in test_login_throttle.py."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import GroupPagePermission

from learn.models import HomePage

from .conftest import make_article, make_source

pytestmark = pytest.mark.django_db

EVIL = "//evil.example"


# --- 1. page-cache poisoning through SCRIPT_NAME ------------------------------------------------


def wsgi_get(path, **environ):
    """A GET through Django's real WSGI handler, which (unlike the test client) sets the script
    prefix from SCRIPT_NAME the way gunicorn's requests do -> (status, headers, text)."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_started
    from django.db import close_old_connections
    from django.test import RequestFactory
    from django.urls import set_script_prefix

    started = {}

    def start_response(status, headers, exc_info=None):
        started.update(status=int(status.split()[0]), headers=dict(headers))

    request_started.disconnect(close_old_connections)  # keep the test's transaction
    try:
        response = WSGIHandler()(RequestFactory().get(path, **environ).environ, start_response)
        body = b"".join(response)
    finally:
        request_started.connect(close_old_connections)
        set_script_prefix("/")
    return started["status"], started["headers"], body.decode()


@pytest.mark.parametrize("path", ["/ops-article/", "/search/?q=%E6%B3%A8%E5%B0%84"])
def test_a_response_rendered_under_a_script_name_is_never_stored(page_cache, cited_article, path):
    status, _headers, poisoned = wsgi_get(path, SCRIPT_NAME=EVIL)
    assert "evil.example/" in poisoned  # the links follow SCRIPT_NAME
    for _ in range(2):  # the first clean request would store, the second would hit
        status, _headers, clean = wsgi_get(path)
        assert status == 200
        assert "evil.example" not in clean, path


def test_a_request_under_a_script_name_is_not_served_from_the_cache(page_cache, cited_article):
    wsgi_get("/ops-article/")
    wsgi_get("/ops-article/")
    with CaptureQueriesContext(connection) as queries:
        status, _headers, html = wsgi_get("/ops-article/", SCRIPT_NAME="/prefix")
    assert status == 200
    assert len(queries) > 0  # rendered for its own prefix, not the entry of the plain URL
    assert 'href="/prefix/' in html


@pytest.mark.django_db(transaction=True)
def test_gunicorn_drops_a_forwarded_script_name(server_factory, shared_redis_cache, load_content):
    load_content()
    make_article(HomePage.objects.get(), "poison", "毒入りキャッシュの試験", source=make_source())
    server = server_factory(workers=1)
    _status, _headers, body = server.get(f"{EVIL}/poison/", headers={"SCRIPT_NAME": EVIL})
    assert b"evil.example/" not in body  # the header never reached the app
    for _ in range(2):  # the first clean request would store, the second would hit
        status, _headers, body = server.get("/poison/")
        assert status == 200
        assert b"evil.example" not in body


# --- 4. control characters in a page path ------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/learn/%00/", "/%00", "/learn/a%01b/", "/checkpoints/%7F/", "/learn/%0A/"]
)
def test_control_characters_in_a_path_are_a_404_before_any_query(client, site_content, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 404
    assert len(queries) == 0, [q["sql"] for q in queries.captured_queries]
    assert "ページが見つかりません" in response.content.decode()


def test_a_path_with_control_characters_is_a_404_on_the_page_cache_too(client, page_cache, home):
    assert client.get("/learn/%00/").status_code == 404


# --- 5. copying a criterion page ----------------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model, site_content):
    user = django_user_model.objects.create_superuser("probe-admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def copy_form(page, parent, **extra):
    return {
        "new_title": f"{page.title}のコピー",
        "new_slug": f"{page.slug}-copy",
        "new_parent_page": str(parent.pk),
        **extra,
    }


REFUSED = "複製できません"


def test_copying_a_criterion_page_is_refused_in_japanese(admin_client):
    from checker.models import CriterionPage

    page = CriterionPage.objects.live().first()
    before = CriterionPage.objects.count()
    response = admin_client.post(
        f"/admin/pages/{page.pk}/copy/", copy_form(page, page.get_parent()), follow=True
    )
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert CriterionPage.objects.count() == before
    # The form itself is not offered either.
    response = admin_client.get(f"/admin/pages/{page.pk}/copy/", follow=True)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()


def test_copying_a_section_with_its_criterion_pages_is_refused(admin_client):
    from checker.models import CriterionPage

    section = CriterionPage.objects.live().first().get_parent()
    before = CriterionPage.objects.count()
    response = admin_client.post(
        f"/admin/pages/{section.pk}/copy/",
        copy_form(section, section.get_parent(), copy_subpages="on"),
        follow=True,
    )
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert CriterionPage.objects.count() == before


def test_other_pages_can_still_be_copied(admin_client, cited_article):
    from learn.models import ArticlePage

    response = admin_client.post(
        f"/admin/pages/{cited_article.pk}/copy/",
        copy_form(cited_article, cited_article.get_parent()),
    )
    assert response.status_code == 302
    assert ArticlePage.objects.filter(slug="ops-article-copy").exists()


# --- 6. password reset, the cache status header, who can publish -------------------------------


def test_the_page_cache_status_header_is_only_sent_when_asked(client, page_cache, cited_article):
    from django.conf import settings

    settings.PAGE_CACHE_STATUS_HEADER = False
    client.get("/ops-article/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ops-article/")
    assert len(queries) == 0  # still served from the cache
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/search/?q=a")
    settings.PAGE_CACHE_STATUS_HEADER = True
    assert client.get("/ops-article/")["X-Page-Cache"] == "hit"


def production_setting(env, expression):
    from .test_production import manage

    result = manage(env, "shell", "-c", f"print(repr({expression}))")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture
def sqlite_production_env(tmp_path):
    from .conftest import base_production_env

    env = base_production_env(
        static_root=tmp_path / "static", database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )
    for name in ("EMAIL_HOST", "PAGE_CACHE_STATUS_HEADER"):
        env.pop(name, None)
    return env


RESET_ENABLED = (
    "__import__('wagtail.admin.views.account').admin.views.account.password_reset_enabled()"
)


def test_password_reset_is_off_in_production_without_e_mail(sqlite_production_env):
    assert production_setting(sqlite_production_env, RESET_ENABLED) == "False"
    with_mail = {**sqlite_production_env, "EMAIL_HOST": "smtp.example.org"}
    assert production_setting(with_mail, RESET_ENABLED) == "True"
    assert (
        production_setting(with_mail, "__import__('django.conf').conf.settings.EMAIL_BACKEND")
        == "'django.core.mail.backends.smtp.EmailBackend'"
    )


def test_production_sends_no_page_cache_status_header_unless_asked(sqlite_production_env):
    expression = "__import__('django.conf').conf.settings.PAGE_CACHE_STATUS_HEADER"
    assert production_setting(sqlite_production_env, expression) == "False"
    asked = {**sqlite_production_env, "PAGE_CACHE_STATUS_HEADER": "true"}
    assert production_setting(asked, expression) == "True"


def test_without_password_reset_the_login_page_offers_none(client, settings):
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = False
    assert client.get("/admin/password_reset/").status_code == 404
    assert "/admin/password_reset/" not in client.get("/admin/login/").content.decode()


def test_only_reviewers_can_publish_after_the_initial_content(site_content):
    """Wagtail's own `Moderators` group (made by its migrations) can publish pages: after
    load_initial_content no group but 監修者 may publish anything (superusers aside)."""
    page_publishers = set(
        GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
            "group__name", flat=True
        )
    )
    assert page_publishers == {"監修者"}
    publish = Permission.objects.filter(codename__startswith="publish_")
    other_publishers = set(
        Group.objects.filter(permissions__in=publish)
        .exclude(name="監修者")
        .values_list("name", flat=True)
    )
    assert other_publishers == set()
