"""The fast page lookup finds exactly the page Wagtail's tree walk finds, in fewer queries, and
leaves everything else (drafts, unknown paths) to Wagtail."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from learn.models import SectionPage
from ops.routing import fast_route, find_site

from .conftest import make_article

pytestmark = pytest.mark.django_db


def wagtail_route(path):
    request = RequestFactory().get(path)
    return Page.route_for_request(request, path)


@pytest.fixture
def tree(home, cited_article):
    section = SectionPage(title="下書きの目次", slug="draft-section", live=False)
    home.add_child(instance=section)
    make_article(section, "under-draft", "下書きの目次の下の記事")
    draft = make_article(home, "draft-article", "下書きの記事")
    draft.unpublish()
    return home


def test_every_url_routes_to_the_page_wagtail_finds(tree):
    paths = ["/", "/ops-article/", "/draft-section/under-draft/", "/draft-article/", "/nope/"]
    paths += ["/draft-section/", "/ops-article/extra/", "/ops-article/under-draft/"]
    for path in paths:
        expected = wagtail_route(path)
        found = fast_route(RequestFactory().get(path))
        if found is None:
            assert expected is None or not expected.page.live, path  # left to Wagtail
        else:
            assert expected is not None, path
            assert found.page.pk == expected.page.pk, path
            assert type(found.page) is type(expected.page), path


def test_pages_are_served_the_same_with_fewer_queries(tree, settings):
    def measure():
        client = Client()
        client.get("/draft-section/under-draft/")  # warm Wagtail's site root paths cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/draft-section/under-draft/")
        assert response.status_code == 200
        return response.content, len(queries)

    fast_html, fast = measure()
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if m != "ops.routing.FastPageRouteMiddleware"
    ]
    walk_html, walk = measure()
    assert fast_html == walk_html
    assert fast <= walk - 2, (fast, walk)


def test_drafts_and_unknown_paths_still_404(client, tree):
    for path in ("/draft-article/", "/draft-section/", "/nope/", "/ops-article/extra/"):
        assert client.get(path).status_code == 404, path


def test_a_moved_page_is_found_at_its_new_url(client, tree, cited_article, home):
    section = SectionPage(title="移動先", slug="moved")
    home.add_child(instance=section)
    cited_article.move(section, pos="last-child")
    assert client.get("/moved/ops-article/").status_code == 200


def wagtail_site(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def fields(instance):
    return {f.attname: getattr(instance, f.attname) for f in type(instance)._meta.concrete_fields}


def test_the_compiled_site_lookup_finds_the_site_wagtail_finds(home):
    """Host names and ports against one site, then against several (same host on another port,
    another host, a second host without a default), and with no default site at all."""
    asked = [(host, port) for host in ("localhost", "other.example", "nope") for port in (80, 443)]

    def compare():
        for hostname, port in asked:
            expected, found = wagtail_site(hostname, port), find_site(hostname, port)
            if expected is None:
                assert found is None, (hostname, port)
                continue
            assert fields(found) == fields(expected), (hostname, port)
            assert fields(found.root_page) == fields(expected.root_page), (hostname, port)
            assert type(found.root_page) is type(expected.root_page)

    compare()
    Site.objects.create(hostname="localhost", port=8443, root_page=home)
    Site.objects.create(hostname="other.example", port=443, root_page=home)
    compare()
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    compare()
    Site.objects.update(is_default_site=False)
    compare()
    assert find_site("nope", 80) is None
