"""Template helpers for explainer pages: numbered citation marks."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag(takes_context=True)
def cite(context, sources):
    """Render [n] marks linking to the page's reference list, for a Source or a list of them."""
    numbers = context.get("citation_numbers") or {}
    if sources is None:
        sources = []
    elif hasattr(sources, "pk"):
        sources = [sources]  # a single Source (timeline events, figures)
    marks = []
    for source in sources or []:
        number = numbers.get(getattr(source, "pk", None))
        if number is not None:
            marks.append((number, number, source.title))
    if not marks:
        return ""
    return format_html(
        '<span class="cite">{}</span>',
        format_html_join(
            "",
            '<a href="#source-{}" class="cite__mark">'
            '<span class="visually-hidden">出典</span>[{}]</a>',
            ((n, n) for n, _, _ in marks),
        ),
    )
