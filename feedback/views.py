"""「このページは役に立ちましたか」 in two steps, so the article itself stays the same for everyone
(and the page cache keeps serving it):

1. The article's form is a plain GET form with はい / いいえ. It leads to
   `/feedback/?page=&answer=`, which is private (it carries a CSRF token) and asks for an
   optional comment.
2. That form POSTs (with CSRF) the answer and the comment, which are stored.

Without JavaScript both steps are ordinary pages; with it, static/js/feedback.js swaps each step
into the article in place. Addresses are used only to count submissions in the cache (a rate
limit), never stored.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from ops.throttle import client_address

from .forms import ANSWERS, FeedbackForm
from .models import PageFeedback

logger = logging.getLogger(__name__)
FRAGMENT_HEADER = "HTTP_X_FEEDBACK_FRAGMENT"


def _rate_key(request):
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{address}".encode()).hexdigest()[:32]
    return f"feedback:rate:{digest}"


def over_rate_limit(request):
    """Count this submission; True when the address has sent too many in the window.

    If the cache cannot be reached the submission is refused (fail closed): a reader loses one
    comment, while an open door would let anyone fill the editors' report."""
    limit = getattr(settings, "FEEDBACK_RATE_LIMIT", 10)
    window = getattr(settings, "FEEDBACK_RATE_WINDOW", 3600)
    cache = caches[getattr(settings, "FEEDBACK_CACHE_ALIAS", "default")]
    key = _rate_key(request)
    try:
        cache.add(key, 0, timeout=window)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 — any cache failure means we cannot count
        logger.warning("Feedback refused: the cache that counts submissions is unreachable.")
        return True
    return count is None or count > limit


def _feedback_page(page_id):
    """The live, public page a reader can leave feedback on, or None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    return Page.objects.live().public().filter(pk=page_id, depth__gt=1).first()


def _render(request, template, context, status=200):
    fragment = request.META.get(FRAGMENT_HEADER) == "1"
    context = {**context, "fragment": fragment}
    response = render(
        request,
        f"feedback/{'fragment' if fragment else 'page'}.html",
        {**context, "step_template": f"feedback/{template}.html"},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request):
    data = request.POST if request.method == "POST" else request.GET
    page = _feedback_page(data.get("page"))
    answer = data.get("answer")
    if page is None or answer not in ANSWERS:
        return _render(request, "invalid", {}, status=400)
    if request.method == "GET":
        form = FeedbackForm(initial={"page": page.pk, "answer": answer})
        return _render(request, "comment", {"form": form, "target": page, "answer": answer})

    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _render(
            request, "comment", {"form": form, "target": page, "answer": answer}, status=400
        )
    if over_rate_limit(request):
        return _render(request, "too_many", {"target": page}, status=429)
    PageFeedback.objects.create(
        page=page, helpful=ANSWERS[answer], comment=form.cleaned_data["comment"]
    )
    return _render(request, "thanks", {"target": page})
