"""{% site_menu "header" as entries %}: the menu entries of the request's site (learn.menus)."""

from django import template
from wagtail.models import Site

from learn.menus import menu

register = template.Library()


@register.simple_tag(takes_context=True)
def site_menu(context, place):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return menu(site, place)
