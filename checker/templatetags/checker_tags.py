"""Template filters of the checker: how a result code is named and styled on the pages."""

from django import template

from checker import rules

register = template.Library()


@register.filter
def result_label(code: str) -> str:
    """The plain-Japanese name of a result code (「まだ確かめられていません」 for `unknown`)."""
    return rules.RESULT_LABELS.get(code, "")


@register.filter
def result_style(code: str) -> str:
    """One of the three styles of result tags: shown, ask or na."""
    return rules.RESULT_STYLES.get(code, rules.STYLE_ASK)
