"""What a security probe of the production server found, each pinned by a test: page-cache
poisoning through SCRIPT_NAME, control characters in a page path, copying a criterion page, and
the smaller findings (password reset without e-mail, the cache status header, groups that can
publish). The login throttle's findings are in test_login_throttle.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

EVIL = "//evil.example"


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
