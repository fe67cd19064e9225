"""The ad-text reader at /check/ad/: the reader pastes the text of an advert (up to 5,000
characters) and gets it back with the phrases that matter marked and explained, and the
disclosures the 2024 ad guideline asks for that the text does not mention.

Privacy: the text comes only in a POST body (CSRF-protected), is analysed in memory and
rendered back; nothing is written to the database, no session is used, nothing about the text
is logged, and every response is `private, no-store` and noindex. The text never goes into a
URL. Without JavaScript it is a plain form post; with it, htmx swaps the result in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from learn.models import GlossaryPage, Source
from learn.prefetch import snippets_in_one_query

from . import ad_text, rules
from .ad_models import AdPhrase, live_phrases, matcher_for
from .models import CriterionPage
from .views import private_noindex

FIELD = "text"
DISCLOSURE_CRITERION = "ad_required_disclosures"
GUIDELINE_SOURCE_KEYS = ("iryo-koukoku-guideline-2024", "hifuko-2024-03-28")

MESSAGES = {
    ad_text.EMPTY: "広告の文を、下の欄に貼りつけてください。",
    ad_text.TOO_LONG: (
        "広告の文は、{max:,}文字までにしてください。いまは{length:,}文字です。"
        "長いときは、いくつかに分けて読み取ってください。"
    ),
}


@dataclass(frozen=True)
class FoundPhrase:
    phrase: AdPhrase
    words: tuple[str, ...]  # how the text wrote it, as pasted
    count: int


@dataclass(frozen=True)
class DisclosureView:
    code: str
    label: str
    found: bool
    words: tuple[str, ...]


def error_message(cleaned: ad_text.CleanInput) -> str:
    return MESSAGES[cleaned.error].format(max=ad_text.MAX_CHARS, length=cleaned.length)


def disclosure_views(reading: ad_text.Reading) -> list[DisclosureView]:
    criterion = rules.get_criterion(DISCLOSURE_CRITERION)
    return [
        DisclosureView(d.code, criterion.label(d.code), d.found, d.words)
        for d in reading.disclosures
    ]


def found_phrases(reading: ad_text.Reading, phrases: list[AdPhrase]) -> list[FoundPhrase]:
    by_slug = {phrase.slug: phrase for phrase in phrases}
    return [
        FoundPhrase(
            by_slug[key],
            reading.words_for(key),
            sum(1 for match in reading.matches if match.key == key),
        )
        for key in reading.found_keys
        if key in by_slug
    ]


def page_links() -> dict:
    """Pages the reader links to: the disclosure criterion's page, the glossary, ad-words."""
    from .ad_models import AdWordsPage

    return {
        "disclosure_page": CriterionPage.objects.live()
        .filter(criterion_key=DISCLOSURE_CRITERION)
        .first(),
        "glossary_page": GlossaryPage.objects.live().public().first(),
        "ad_words_page": AdWordsPage.objects.live().public().first(),
    }


@require_http_methods(["GET", "HEAD", "POST"])
@private_noindex
def ad_reader(request: HttpRequest) -> HttpResponse:
    context: dict = {
        "field": FIELD,
        "max_chars": ad_text.MAX_CHARS,
        "max_chars_label": f"{ad_text.MAX_CHARS:,}",
        "text": "",
        "error": "",
        "reading": None,
        **page_links(),
    }
    status = 200
    if request.method == "POST":
        cleaned = ad_text.clean_input(request.POST.get(FIELD, ""))
        context["text"] = cleaned.text
        context["removed_controls"] = cleaned.removed_controls
        if cleaned.error:
            context["error"] = error_message(cleaned)
            status = 400
        else:
            phrases = live_phrases()
            reading = matcher_for(phrases).read(cleaned.text)
            context["reading"] = reading
            context["found"] = found_phrases(reading, phrases)
            context["disclosures"] = disclosure_views(reading)
            context["missing"] = [d for d in context["disclosures"] if not d.found]
            context["guideline_sources"] = list(
                Source.objects.filter(key__in=GUIDELINE_SOURCE_KEYS, live=True)
            )
    template = "checker/ad/reader_body.html" if request.htmx else "checker/ad/reader.html"
    with snippets_in_one_query():
        response = render(request, template, context, status=status)
    return response
