"""gunicorn settings for `make serve` (production). Environment: PORT, HOST, WEB_CONCURRENCY,
GUNICORN_THREADS, FORWARDED_ALLOW_IPS (read by gunicorn itself). See README "Production"."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS") or 1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = 30
graceful_timeout = 20
# Recycle workers now and then (bounded memory), not all at once. Load the app once in the
# master so that a recycled worker starts in milliseconds, not seconds (it forks; no database
# connection is opened before the fork).
max_requests = 20000
max_requests_jitter = 2000
preload_app = True
wsgi_app = "config.wsgi:application"
# Access log without query strings: checker answers travel in the URL and are never stored.
# Never take SCRIPT_NAME or PATH_INFO from request headers, not even from the trusted proxy
# (gunicorn's default forwarder_headers): a client could make the app render every link under
# another prefix. Other headers with underscores are dropped too (gunicorn's default).
forwarder_headers = ""
header_map = "drop"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
