"""Previews in the admin: a page's unsaved changes, and every body block in the block picker."""

import pytest
from django.urls import reverse

from learn.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_page_preview_shows_unsaved_changes(client, editor, site_content, article_form):
    page = ArticlePage.objects.get(slug="known-and-unknown")
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    response = client.post(preview_url, article_form(page, title="プレビューだけの題"))
    assert response.status_code == 200
    assert response.json()["is_valid"] is True
    response = client.get(preview_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "プレビューだけの題" in html
    # The preview renders the whole article: figure, ledger and references.
    assert 'role="img"' in html and "わかっていること" in html and 'id="source-1"' in html
    page.refresh_from_db()
    assert page.title != "プレビューだけの題"


@pytest.mark.parametrize("block_name", list(ArticlePage.body.field.stream_block.child_blocks))
def test_every_body_block_has_a_preview_for_editors(client, editor, block_name):
    block = ArticlePage.body.field.stream_block.child_blocks[block_name]
    assert block.meta.icon and block.meta.description and block.is_previewable
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/site.css" in html
    if block_name == "glossary_term":  # shows a real published term
        assert "<dfn>" in html
    elif block_name == "unwell_box":  # a fixed box: the preview is the box itself
        assert "data-unwell-box" in html
    elif block_name == "operator_box":  # from the site settings
        assert "data-operator" in html
    else:
        assert "(例)" in html
