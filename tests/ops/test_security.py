"""Security headers on public pages and the admin, HSTS over HTTPS, referrer policy and outbound
links (the checker's answers travel in URLs and must never reach another site), compression only
of public responses (BREACH)."""

import gzip
import json
import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def directives(policy):
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_public_pages_get_a_strict_content_security_policy(client, cited_article):
    for path in ("/", "/ops-article/", "/no-such-page/"):
        response = client.get(path)
        csp = directives(response["Content-Security-Policy"])
        for name in ("script-src", "style-src", "default-src"):
            assert csp[name] == ["'self'"], (path, name, csp)
        assert csp["object-src"] == ["'none'"]
        assert csp["frame-ancestors"] == ["'none'"]
        assert csp["base-uri"] == ["'none'"]
        joined = response["Content-Security-Policy"]
        assert "unsafe-inline" not in joined and "unsafe-eval" not in joined


def test_public_pages_have_no_inline_script_or_style(client, cited_article):
    from wagtail.models import Page

    paths = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    assert "/ops-article/" in paths and len(paths) > 10
    for path in paths:
        html = client.get(path).content.decode()
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S)
        for attributes, body in scripts:
            if attributes.strip() == 'type="application/ld+json"':
                json.loads(body)  # structured data: never executed, and it must stay data
                continue
            assert "src=" in attributes and not body.strip(), (path, attributes, body[:80])
        assert not re.search(r"<style\b", html), path
        assert not re.search(r"\sstyle=", html), path
        assert not re.search(r"\son[a-z]+=", html), path  # no inline event handlers


def test_the_other_security_headers_are_sent(client, cited_article):
    response = client.get("/ops-article/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


@override_settings(
    SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_HSTS_PRELOAD=True
)
def test_hsts_is_sent_over_https(client, cited_article):
    response = client.get("/ops-article/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_the_admin_has_its_own_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert "'self'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]  # only previews may be framed (by the admin)
    assert csp["object-src"] == ["'none'"]


def test_outbound_links_never_send_a_referrer(client, cited_article):
    html = client.get("/ops-article/").content.decode()
    outbound = re.findall(r'<a\b[^>]*href="https?://[^"]*"[^>]*>', html)
    assert outbound, "the test article cites a source with a URL"
    for tag in outbound:
        rel = re.search(r'rel="([^"]*)"', tag)
        assert rel and "noreferrer" in rel.group(1).split(), tag


def test_public_html_is_compressed_and_holds_no_csrf_token(client, cited_article):
    response = client.get("/ops-article/", headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content).decode()
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in response.cookies


def test_admin_and_private_responses_are_never_compressed(client, django_user_model):
    login = client.get("/admin/login/", headers={"Accept-Encoding": "gzip"})
    assert "csrfmiddlewaretoken" in login.content.decode()
    assert not login.has_header("Content-Encoding")
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    dashboard = client.get("/admin/", headers={"Accept-Encoding": "gzip"})
    assert dashboard.status_code == 200
    assert not dashboard.has_header("Content-Encoding")


def checker_pages(client):
    from .conftest import complete_answers_query

    query = complete_answers_query()
    return {
        "result": f"/check/result/?{query}",
        "answers": f"/check/answers/?{query}",
        "question": f"/check/q/approval_status/?{query}",
    }


def test_checker_pages_with_answers_are_private_and_uncompressed(client, site_content):
    for name, path in checker_pages(client).items():
        response = client.get(path, headers={"Accept-Encoding": "gzip, br"})
        assert response.status_code == 200, (name, response.status_code)
        cache_control = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control, name
        assert not response.has_header("Content-Encoding"), name  # BREACH: answers are private
        assert response["Referrer-Policy"] == "same-origin"
        assert response.get("X-Page-Cache") is None  # never the page cache's business
        html = response.content.decode()
        assert "テスト製品" in html or name == "question"


def test_checker_pages_follow_the_strict_policy(client, site_content):
    paths = ["/check/", *checker_pages(client).values()]
    for path in paths:
        response = client.get(path)
        csp = directives(response["Content-Security-Policy"])
        assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"], path
        html = response.content.decode()
        for attributes, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S):
            assert "src=" in attributes and not body.strip(), (path, attributes)
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html), path
        outbound = re.findall(r'<a\b[^>]*href="https?://(?!testserver/)[^"]*"[^>]*>', html)
        for tag in outbound:
            assert "noreferrer" in (re.search(r'rel="([^"]*)"', tag) or ["", ""])[1], tag


def test_the_checker_start_page_is_public_and_compressed(client, site_content):
    response = client.get("/check/", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
