"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# This process serves requests: it may warm the page cache after a publish (ops.warming).
from ops import warming  # noqa: E402  (needs the settings loaded above)

warming.serve_requests()
