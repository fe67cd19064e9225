"""Error views of the serving layer. server_error is the project's handler500: a database outage
that surfaces outside a view (session, redirects) still gets the Japanese 503 page."""

import sys

from django.db import InterfaceError, OperationalError
from django.views import defaults

from .outage import database_unavailable_response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    exception = sys.exc_info()[1]
    if isinstance(exception, (OperationalError, InterfaceError)):
        return database_unavailable_response()
    return defaults.server_error(request, template_name=template_name)
