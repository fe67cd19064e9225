"""Views of クリニックの製品チェック: start page, one question per page, check your answers, result,
and the list of questions for the clinic on its own printable page.

Every step is a plain GET form: the answers live in the query string (nothing is stored, no
session, no cookie), and each request rebuilds the position from them with checker.rules. A
question form submits to its own URL with the marker `submitted=1`; a complete, valid answer
redirects to the first unanswered question, or to the answers page when all are answered. The
parameter names and codes are those of docs/checker.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, wraps
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.fields import StreamField

from learn.models import Source
from learn.prefetch import shared

from . import rules
from .known_facts import KNOWN_FACTS, source_keys
from .models import CriterionPage

# Marker parameter: "this GET is the submission of the question form" (ignored by the spec).
SUBMITTED = "submitted"
PRODUCT_NAME = "製品の名前"
# The explainer page on deciding (a page of the learn app, by its fixed URL).
BEFORE_YOU_DECIDE_URL = "/learn/before-you-decide/"


# --- Wording of the error messages ---------------------------------------------------------------


def _exclusive_labels(question: rules.Question) -> str:
    labels = [question.label(key) for key in question.option_keys if key in rules.EXCLUSIVE_OPTIONS]
    return "や".join(f"「{label}」" for label in labels)


def error_message(question: rules.Question | None, code: str) -> str:
    """The message shown for an invalid answer (`question` is None for the product name)."""
    if question is None:
        if code == rules.TOO_LONG:
            return f"製品の名前は、{rules.PRODUCT_MAX_LENGTH}文字までで書いてください。"
        return "製品の名前は、1つだけ書いてください。"
    if code == rules.EXCLUSIVE_MIXED:
        return f"{_exclusive_labels(question)}は、ほかの答えといっしょにはえらべません。"
    if code == rules.MULTIPLE_VALUES:
        return "答えは、1つだけえらんでください。"
    if question.kind == rules.MULTI:
        return "えらべない答えが入っています。あてはまるものを、もう一度えらんでください。"
    return "えらべない答えが入っています。答えを、もう一度1つえらんでください。"


def required_message(question: rules.Question) -> str:
    dont_know = question.label(rules.DONT_KNOW)
    if question.kind == rules.MULTI:
        return f"あてはまるものをえらんでください。わからないときは「{dont_know}」をえらびます。"
    return f"答えを1つえらんでください。わからないときは「{dont_know}」をえらびます。"


# --- URLs ---------------------------------------------------------------------------------------


def _with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


def question_url(key: str, answers: rules.Answers, product: str | None = None) -> str:
    return _with_query(
        reverse("checker:question", args=[key]), rules.to_query_string(answers, product)
    )


def answers_url(answers: rules.Answers, product: str | None = None) -> str:
    return _with_query(reverse("checker:answers"), rules.to_query_string(answers, product))


def result_url(answers: rules.Answers, product: str | None = None) -> str:
    return _with_query(reverse("checker:result"), rules.to_query_string(answers, product))


def next_step_url(answers: rules.Answers, product: str | None) -> str:
    """The first unanswered question, or the answers page when every question is answered."""
    key = rules.first_unanswered(answers)
    if key is None:
        return answers_url(answers, product)
    return question_url(key, answers, product)


def raw_product_values(request: HttpRequest) -> list[str]:
    return [value for value in request.GET.getlist(rules.PRODUCT) if value.strip()]


# --- Response helpers ---------------------------------------------------------------------------


def private_noindex(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Pages that show answers: never indexed, never cached (redirects and errors included)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "private, no-store"
        return response

    return wrapped


def see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def question_number(key: str) -> int:
    return rules.CRITERION_KEYS.index(key) + 1


# What the result and the question list never show of a criterion page: its article text, the
# StreamFields. Loading them would decode every one of every page for each result.
ARTICLE_TEXT_FIELDS = tuple(
    field.name for field in CriterionPage._meta.concrete_fields if isinstance(field, StreamField)
)


def live_criterion_pages() -> dict[str, CriterionPage]:
    """The published CriterionPages by criterion key (the live revision's texts), without
    their article text (ARTICLE_TEXT_FIELDS)."""

    def load():
        pages = CriterionPage.objects.live().defer(*ARTICLE_TEXT_FIELDS)
        return {page.criterion_key: page for page in pages}

    return shared(("checker", "criterion-pages"), load)


@dataclass(frozen=True)
class ErrorItem:
    """One line of an error summary: what is wrong, and where to fix it."""

    name: str
    message: str
    href: str


def _question_for(error: rules.AnswerError) -> rules.Question | None:
    if error.question_key == rules.PRODUCT:
        return None
    criterion = rules.get_criterion(error.question_key)
    return next(q for q in criterion.questions if q.param == error.param)


def invalid_answers(request: HttpRequest, parsed: rules.ParsedAnswers) -> HttpResponse:
    """HTTP 400: a page naming every question with an invalid answer, linking back to it."""
    items = []
    for error in parsed.errors:
        question = _question_for(error)
        if question is None:
            if parsed.is_complete:
                query = rules.to_query_pairs(parsed.answers)
                query += [(rules.PRODUCT, value) for value in raw_product_values(request)]
                href = f"{reverse('checker:answers')}?{urlencode(query)}#{rules.PRODUCT}"
            else:
                href = next_step_url(parsed.answers, None)
            name = PRODUCT_NAME
        else:
            number = question_number(error.question_key)
            page_params = rules.get_criterion(error.question_key).params
            answers = {k: v for k, v in parsed.answers.items() if k not in page_params}
            href = question_url(error.question_key, answers, parsed.product)
            name = f"質問 {number}「{question.text}」"
        items.append(ErrorItem(name=name, message=error_message(question, error.code), href=href))
    return render(request, "checker/invalid.html", {"errors": items}, status=400)


# --- Views --------------------------------------------------------------------------------------


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    pages = live_criterion_pages()
    sections = [
        (
            section,
            [(c, pages.get(c.key)) for c in rules.criteria_in_section(section.number)],
        )
        for section in rules.SECTIONS
    ]
    context = {
        "sections": sections,
        "first_url": reverse("checker:question", args=[rules.CRITERION_KEYS[0]]),
        "question_count": len(rules.CRITERIA),
    }
    return render(request, "checker/start.html", context)


@dataclass(frozen=True)
class OptionView:
    key: str
    label: str
    input_id: str
    checked: bool
    exclusive: bool
    divider_before: bool


@dataclass(frozen=True)
class FieldView:
    """One question of a question page, ready for the template."""

    question: rules.Question
    options: list[OptionView]
    error: str
    is_main: bool

    @property
    def param(self) -> str:
        return self.question.param

    @property
    def is_multi(self) -> bool:
        return self.question.kind == rules.MULTI


def _field(
    question: rules.Question, kept: Iterable[str], error: str, *, is_main: bool
) -> FieldView:
    kept = set(kept)
    options = []
    for index, option in enumerate(question.options):
        exclusive = question.kind == rules.MULTI and option.key in rules.EXCLUSIVE_OPTIONS
        options.append(
            OptionView(
                key=option.key,
                label=option.label,
                input_id=question.param if index == 0 else f"{question.param}-{index + 1}",
                checked=option.key in kept,
                exclusive=exclusive,
                divider_before=exclusive and not any(o.exclusive for o in options),
            )
        )
    return FieldView(question=question, options=options, error=error, is_main=is_main)


def _kept_values(request: HttpRequest, question: rules.Question) -> list[str]:
    """The patient's input to show again: their valid option keys, even if the mix is invalid
    (none of them when a single question got several values)."""
    values = [v for v in request.GET.getlist(question.param) if v in question.option_keys]
    if question.kind == rules.SINGLE and len(values) > 1:
        return []
    return values


@require_safe
@private_noindex
def question(request: HttpRequest, key: str) -> HttpResponse:
    try:
        criterion = rules.get_criterion(key)
    except KeyError:
        return render(request, "checker/not_found.html", status=404)
    parsed = rules.parse_answers(request.GET)
    own_errors = {error.param: error for error in parsed.errors_for(key)}
    if any(error.question_key != key for error in parsed.errors):
        return invalid_answers(request, parsed)

    messages = {
        param: error_message(_question_for(error), error.code)
        for param, error in own_errors.items()
    }
    if SUBMITTED in request.GET and not own_errors:
        missing = [q for q in criterion.questions if q.param not in parsed.answers]
        if not missing:
            return see_other(next_step_url(parsed.answers, parsed.product))
        messages = {q.param: required_message(q) for q in missing}

    fields = [
        _field(q, _kept_values(request, q), messages.get(q.param, ""), is_main=index == 0)
        for index, q in enumerate(criterion.questions)
    ]
    if parsed.is_complete:
        back_url = answers_url(parsed.answers, parsed.product)
    elif rules.previous_key(key) is not None:
        back_url = question_url(rules.previous_key(key), parsed.answers, parsed.product)
    else:
        back_url = reverse("checker:start")
    number = question_number(key)
    page = CriterionPage.objects.live().filter(criterion_key=key).first()
    errors = [
        ErrorItem(
            name=field.question.text,
            message=field.error,
            href=f"{request.get_full_path()}#{field.options[0].input_id}",
        )
        for field in fields
        if field.error
    ]
    context = {
        "criterion": criterion,
        "section": rules.SECTIONS_BY_NUMBER[criterion.section],
        "number": number,
        "question_count": len(rules.CRITERIA),
        "fields": fields,
        "errors": errors,
        "hidden": rules.to_query_pairs(parsed.answers, parsed.product, exclude=[key]),
        "action": reverse("checker:question", args=[key]),
        "back_url": back_url,
        "submitted_param": SUBMITTED,
        "criterion_page_url": page.get_url(request) if page else None,
    }
    return render(request, "checker/question.html", context, status=400 if own_errors else 200)


@dataclass(frozen=True)
class AnswerRow:
    question: rules.Question
    labels: list[str]
    change_url: str
    number: int


@require_safe
@private_noindex
def answers(request: HttpRequest) -> HttpResponse:
    parsed = rules.parse_answers(request.GET)
    if any(error.question_key != rules.PRODUCT for error in parsed.errors):
        return invalid_answers(request, parsed)
    if not parsed.is_complete:
        return see_other(next_step_url(parsed.answers, parsed.product))
    product_errors = parsed.errors_for(rules.PRODUCT)
    sections = []
    for section in rules.SECTIONS:
        rows = []
        for criterion in rules.criteria_in_section(section.number):
            change_url = question_url(criterion.key, parsed.answers, parsed.product)
            for q in criterion.questions:
                labels = [q.label(value) for value in parsed.answers[q.param]]
                rows.append(AnswerRow(q, labels, change_url, question_number(criterion.key)))
        sections.append((section, rows))
    raw_product = raw_product_values(request)
    errors = [
        ErrorItem(
            name=PRODUCT_NAME,
            message=error_message(None, error.code),
            href=f"{request.get_full_path()}#{rules.PRODUCT}",
        )
        for error in product_errors
    ]
    context = {
        "sections": sections,
        "hidden": rules.to_query_pairs(parsed.answers),
        "product": parsed.product or (raw_product[0].strip() if raw_product else ""),
        "product_error": errors[0].message if errors else "",
        "errors": errors,
        "product_max_length": rules.PRODUCT_MAX_LENGTH,
        "result_action": reverse("checker:result"),
        "back_url": question_url(rules.CRITERION_KEYS[-1], parsed.answers, parsed.product),
    }
    return render(request, "checker/answers.html", context, status=400 if errors else 200)


@dataclass(frozen=True)
class FactView:
    """A fact the site already knows about a criterion, with its sources."""

    text: str
    date: str
    sources: list[Source]


@dataclass(frozen=True)
class FindingView:
    key: str
    code: str
    label: str
    style: str
    title: str
    text: str
    ask: str
    answer_labels: list[str]
    learn_more_url: str | None
    number: int
    items: tuple[rules.ItemState, ...] = ()
    item_sentences: tuple[str, ...] = ()
    facts: tuple[FactView, ...] = ()


def _facts(key: str, sources: dict[str, Source]) -> tuple[FactView, ...]:
    facts = []
    for fact in KNOWN_FACTS.get(key, []):
        cited = [sources[k] for k in fact["sources"] if k in sources]
        if cited:  # never a fact without a source
            facts.append(FactView(text=fact["text"], date=fact["date"], sources=cited))
    return tuple(facts)


def _finding_view(
    request: HttpRequest,
    finding: rules.Finding,
    page: CriterionPage | None,
    answers: rules.Answers,
    sources: dict[str, Source],
) -> FindingView:
    criterion = finding.criterion
    answer_labels = [criterion.label(value) for value in answers[criterion.key]]
    answer_labels += [
        f"{q.text}{q.label(value)}" for q in criterion.also_asks for value in answers[q.param]
    ]
    common = {
        "key": criterion.key,
        "code": finding.code,
        "label": rules.RESULT_LABELS[finding.code],
        "style": rules.RESULT_STYLES[finding.code],
        "answer_labels": answer_labels,
        "number": question_number(criterion.key),
        "items": rules.item_states(criterion.key, answers),
        "item_sentences": rules.item_sentences(criterion.key, answers),
        "facts": _facts(criterion.key, sources),
    }
    if page is None:
        # No published page (an editor unpublished it): the finding still shows, plainly.
        return FindingView(
            **common,
            title=criterion.question,
            text="",
            ask=criterion.question,
            learn_more_url=None,
        )
    return FindingView(
        **common,
        title=page.title,
        text=page.result_text(finding.code),
        ask=page.ask_text,
        learn_more_url=page.get_url(request),
    )


def _cited_sources() -> dict[str, Source]:
    def load():
        sources = Source.objects.filter(key__in=source_keys(), live=True)
        return {source.key: source for source in sources}

    return shared(("checker", "cited-sources"), load)


@dataclass(frozen=True)
class Report:
    """Everything the result and the printable question list show for complete, valid answers."""

    findings: list[rules.Finding]
    views: dict[str, FindingView]
    pages: dict[str, CriterionPage]
    product: str | None
    answers: rules.Answers

    @property
    def ask(self) -> list[FindingView]:
        return [self.views[f.criterion_key] for f in rules.questions_to_ask(self.findings)]

    @property
    def reviewed(self):
        return max((page.last_reviewed for page in self.pages.values()), default=None)


def _report_or_response(request: HttpRequest) -> Report | HttpResponse:
    """The report for the answers in the query; or the 400 page for an invalid answer, or a
    redirect to the first unanswered question (the contract's rules for the result)."""
    parsed = rules.parse_answers(request.GET)
    if parsed.errors:
        return invalid_answers(request, parsed)
    if not parsed.is_complete:
        return see_other(next_step_url(parsed.answers, parsed.product))
    findings = rules.evaluate(parsed.answers)
    pages = live_criterion_pages()
    sources = _cited_sources()
    views = {
        f.criterion_key: _finding_view(
            request, f, pages.get(f.criterion_key), parsed.answers, sources
        )
        for f in findings
    }
    return Report(findings, views, pages, parsed.product, parsed.answers)


IF_UNWELL_TEMPLATE = "components/if_unwell.html"


@cache
def if_unwell_template() -> str | None:
    """The site's 「体調が悪くなったら」 box, if the templates have it (None otherwise)."""
    try:
        get_template(IF_UNWELL_TEMPLATE)
    except TemplateDoesNotExist:
        return None
    return IF_UNWELL_TEMPLATE


def questions_url(answers: rules.Answers, product: str | None = None) -> str:
    return _with_query(reverse("checker:questions"), rules.to_query_string(answers, product))


def summary_sentence(counts: dict[str, int], ask_count: int) -> str:
    """The result's first sentence: how many criteria the answers show, and how many questions
    are left for the clinic. Counts only, never a score."""
    total = sum(counts.values())
    shown = counts[rules.SHOWN]
    if shown:
        first = f"{total}の項目のうち、示されていたのは{shown}項目です。"
    else:
        first = f"{total}の項目のうち、示されていた項目は、ありませんでした。"
    if ask_count:
        return first + f"クリニックに聞くとよいことが、{ask_count}項目あります。"
    return first + "クリニックに聞くことは、残っていません。"


@require_safe
@private_noindex
def result(request: HttpRequest) -> HttpResponse:
    report = _report_or_response(request)
    if isinstance(report, HttpResponse):
        return report
    sections = [
        (section, [report.views[c.key] for c in rules.criteria_in_section(section.number)])
        for section in rules.SECTIONS
    ]
    counts = rules.count_by_code(report.findings)
    ask = report.ask
    share_path = result_url(report.answers, report.product)
    context = {
        "sections": sections,
        "counts": [
            (code, rules.RESULT_LABELS[code], rules.RESULT_STYLES[code], counts[code])
            for code in rules.RESULT_CODES
            if counts[code]
        ],
        "summary": summary_sentence(counts, len(ask)),
        "needs_questions": bool(counts[rules.NOT_SHOWN] or counts[rules.UNKNOWN]),
        "ask": ask,
        "product": report.product,
        "reviewed": report.reviewed,
        "share_url": request.build_absolute_uri(share_path),
        "answers_url": answers_url(report.answers, report.product),
        "questions_url": questions_url(report.answers, report.product),
        "question_count": len(rules.CRITERIA),
        "before_you_decide_url": BEFORE_YOU_DECIDE_URL,
        "if_unwell_template": if_unwell_template(),
    }
    return render(request, "checker/result.html", context)


@require_safe
@private_noindex
def questions(request: HttpRequest) -> HttpResponse:
    """The questions to ask the clinic, alone, to print on one A4 sheet and take along."""
    report = _report_or_response(request)
    if isinstance(report, HttpResponse):
        return report
    context = {
        "ask": report.ask,
        "product": report.product,
        "today": timezone.localdate(),
        "site_address": request.build_absolute_uri("/"),
        "site_host": request.get_host(),
        "result_url": result_url(report.answers, report.product),
        "reviewed": report.reviewed,
    }
    return render(request, "checker/questions.html", context)
