"""The <head> tags that let search engines and shared links describe a page: canonical URL,
description, Open Graph / Twitter card, and schema.org JSON-LD for article pages.

JSON-LD is data, not script: `<script type="application/ld+json">` is never executed, so the
strict Content-Security-Policy (script-src 'self', no inline script) stays as it is.
"""

import json
from urllib.parse import urlsplit

from django import template
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from learn.ruby import strip_ruby

register = template.Library()

DESCRIPTION_LENGTH = 120
SITE_NAME = "エクソソーム・ファクト"
# Characters that could close the <script> element or open a comment inside JSON-LD.
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def plain_text(value):
    """Text a search result or a link preview can show: no tags, no reading markup, one line."""
    text = strip_ruby(strip_tags(value or ""))
    return " ".join(text.split())


def shorten(text, limit=DESCRIPTION_LENGTH):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def page_description(page):
    """The promote tab's description when an editor wrote one, else the page's lead."""
    if page is None:
        return ""
    return shorten(plain_text(page.search_description or getattr(page, "lead", "")))


def page_path(request, page):
    """The page's path on this site (Wagtail gives a full URL when the Site record differs)."""
    return urlsplit(page.get_url(request) or "/").path


def canonical_url(request, page):
    return request.build_absolute_uri(
        page_path(request, page) if page is not None else request.path
    )


def article_json_ld(request, page, operator, cited_sources):
    """schema.org MedicalWebPage for an explainer page; reviewedBy only when a reviewer is set;
    the operator (site settings) as the publishing Organization."""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": page.title,
        "headline": page.title,
        "description": page_description(page),
        "url": canonical_url(request, page),
        "inLanguage": "ja",
        "lastReviewed": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "publisher": {
            "@type": "Organization",
            "name": operator,
            "url": request.build_absolute_uri("/"),
        },
    }
    if page.medical_reviewer:
        data["reviewedBy"] = {"@type": "Person", "name": page.medical_reviewer}
    citations = []
    for source in cited_sources or []:
        work = {"@type": "CreativeWork", "name": source.title}
        if source.url:
            work["url"] = source.url
        if source.publisher:
            work["publisher"] = source.publisher
        if source.published:
            work["datePublished"] = source.published
        citations.append(work)
    if citations:
        data["citation"] = citations
    return {key: value for key, value in data.items() if value is not None}


def json_ld(data):
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES))  # noqa: S308


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context, title=""):
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None  # e.g. a paginator's page on a list view
    if request is None:
        return {}
    from learn.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    site_name = site_settings.site_name or SITE_NAME
    operator = site_settings.operator_name or site_name
    from learn.models import ArticlePage

    description = page_description(page) or context.get("meta_description", "")
    structured = None
    if isinstance(page, ArticlePage):
        structured = json_ld(article_json_ld(request, page, operator, context.get("cited_sources")))
    return {
        "canonical": canonical_url(request, page),
        "description": description,
        "title": title or (page.seo_title or page.title if page is not None else site_name),
        "site_name": site_name,
        "og_type": "article" if structured else "website",
        "image": request.build_absolute_uri(static("images/share.png")),
        "feed": request.build_absolute_uri("/updates.xml"),
        "json_ld": structured,
    }
