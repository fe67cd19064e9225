"""Error views of the serving layer. server_error is the project's handler500: a database outage
that surfaces outside a view (session, redirects) still gets the Japanese 503 page."""

import sys

from django.views import defaults

from . import outage


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    response = outage.response_for(sys.exc_info()[1])
    if response is not None:
        return response
    return defaults.server_error(request, template_name=template_name)
