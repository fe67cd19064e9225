"""The skeleton a newcomer gets: home page, Japanese admin, error pages, idempotent loader."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.views import defaults
from wagtail.models import Page, Site

from learn.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def test_home_page_is_served_in_japanese(client, site_content):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ("<header", "<main", "<footer"):
        assert landmark in html
    assert "医療のアドバイスではありません" in html  # site-wide disclaimer from site settings
    assert "消費者ホットライン" in html  # help contacts from site settings


def test_footer_comes_from_the_site_settings(client, site_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclaimer = "編集者が変えた注意書きです。"
    settings.save()
    assert "編集者が変えた注意書きです。" in client.get("/").content.decode()


def test_loader_is_idempotent(site_content):
    pages_before = Page.objects.count()
    call_command("load_initial_content", stdout=io.StringIO())
    call_command("load_initial_content", stdout=io.StringIO())
    assert Page.objects.count() == pages_before
    assert HomePage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_if_empty_skips_a_loaded_site(site_content):
    out = io.StringIO()
    call_command("load_initial_content", "--if-empty", stdout=out)
    assert "already present" in out.getvalue()


def test_admin_login_is_japanese(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ja"' in html
    assert "管理画面にログイン" in html
    assert "サインイン" not in html


def test_unknown_url_gets_the_japanese_404(client, site_content):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "ページが見つかりません" in response.content.decode()


def test_error_pages_do_not_touch_the_database():
    request = RequestFactory().get("/broken/")
    with CaptureQueriesContext(connection) as queries:
        not_found = defaults.page_not_found(request, Exception("x"))
        server_error = defaults.server_error(request)
    assert len(queries) == 0
    assert not_found.status_code == 404
    assert "ページが見つかりません" in not_found.content.decode()
    assert server_error.status_code == 500
    assert "エラーが起きました" in server_error.content.decode()
