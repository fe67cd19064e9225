"""The Japanese 503 page shown while the database is unreachable. Rendered without a request
context, so it never touches the database (no site settings, no session, no user).

`response_for(exception)` is the one place that decides that an error means "database
unreachable" and answers it; the outage middleware (errors in views), the project's handler500
(errors elsewhere) and the fast page lookup (before any view) all ask it."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)
logger = logging.getLogger(__name__)


def database_unavailable_response():
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def response_for(exception):
    """The 503 page when `exception` means the database is unreachable, else None."""
    if not isinstance(exception, DATABASE_ERRORS):
        return None
    logger.error("Database unavailable: %s", exception)  # one line, never a traceback
    return database_unavailable_response()
