"""Two production app servers (gunicorn) on two loopback ports, one PostgreSQL database, one
Redis: they share the page cache and the login throttle, and a publish is seen on both at once."""

import re

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from wagtail.models import Site

from learn.models import HomePage, SiteSettings

from .conftest import make_article, make_source

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.server]


# Behind a load balancer every app server sees the site's own host name.
SITE = {"Host": "localhost"}


def page(server, path):
    status, headers, body = server.get(path, headers=SITE)
    return status, headers.get("x-page-cache"), body.decode()


def test_a_publish_is_seen_on_both_servers_at_once(
    server_factory, shared_redis_cache, load_content
):
    load_content()
    home = HomePage.objects.get()
    article = make_article(home, "shared", "共有キャッシュの記事", source=make_source())
    a, b = server_factory(), server_factory()

    assert page(a, "/shared/")[:2] == (200, "miss")
    status, state, html = page(b, "/shared/")
    assert (status, state) == (200, "hit"), "server B must get the entry server A stored"
    assert "共有キャッシュの記事" in html

    article.title = "公開し直した記事"
    article.save_revision().publish()
    for server in (a, b):
        status, _state, html = page(server, "/shared/")
        assert status == 200
        assert "公開し直した記事" in html and "共有キャッシュの記事" not in html

    source = article.cited_sources()[0]
    source.title = "直した出典"
    source.save_revision().publish()
    assert all("直した出典" in page(server, "/shared/")[2] for server in (a, b))

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclaimer = "二台とも変わる注意書きです。"
    settings.save()
    assert all("二台とも変わる注意書きです。" in page(server, "/")[2] for server in (a, b))

    article.unpublish()
    assert [page(server, "/shared/")[0] for server in (a, b)] == [404, 404]


def login(server, username, password):
    status, headers, body = server.get("/admin/login/")
    assert status == 200
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    cookie = re.search(r"csrftoken=([^;]+)", headers["set-cookie"]).group(1)
    origin = f"https://127.0.0.1:{server.port}"
    form = f"csrfmiddlewaretoken={token}&username={username}&password={password}"
    return server.get(
        "/admin/login/",
        method="POST",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Origin": origin,
            "Referer": f"{origin}/admin/login/",
        },
    )


def test_the_login_throttle_is_shared_by_both_servers(
    server_factory, shared_redis_cache, django_user_model
):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org")
    # The servers run the production hashers, not the test settings' fast one.
    editor.password = PBKDF2PasswordHasher().encode("correct-pass", PBKDF2PasswordHasher().salt())
    editor.save()
    a, b = server_factory(), server_factory()
    assert login(b, "editor", "correct-pass")[0] == 302  # the right password works on B
    for _ in range(5):
        status, _headers, body = login(a, "editor", "wrong")
        assert status == 200
    status, _headers, body = login(b, "editor", "correct-pass")
    assert status == 200, "B must refuse: A saw five failures for this account"
    assert "ログインの失敗が続いたため" in body.decode()
