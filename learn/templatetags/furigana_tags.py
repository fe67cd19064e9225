"""The ふりがな switch in the header of every page (learn.furigana_web).

Without JavaScript it is a plain link to this page with (or without) `?furigana=1`; with it,
static/js/furigana.js turns the link into a toggle button that swaps the page in place and
remembers the choice in the browser (localStorage, never a cookie: the page cache stays shared).
No database access: layout.html (error pages) uses it too.
"""

from django import template
from django.utils.html import format_html

from learn import furigana_web

register = template.Library()


@register.simple_tag(takes_context=True)
def furigana_switch(context):
    request = context.get("request")
    if request is None:
        return ""
    on = furigana_web.requested(request)
    path = None
    page = context.get("page")
    if page is not None and hasattr(page, "get_url_parts"):
        # A Wagtail page: link to its own address, not to whatever path reached it.
        parts = page.get_url_parts(request)
        path = parts[2] if parts else None
    return format_html(
        '<a class="furigana-switch" href="{}" rel="nofollow" data-furigana-switch'
        ' data-furigana-state="{}" data-furigana-on="{}" data-furigana-off="{}"'
        ' aria-label="{}">ふりがな</a>',
        furigana_web.toggled_url(request, not on, path),
        "on" if on else "off",
        furigana_web.toggled_url(request, True, path),
        furigana_web.toggled_url(request, False, path),
        "ふりがなを消す" if on else "ふりがなをつける",
    )
