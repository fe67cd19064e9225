"""Admin login throttling, kept in the cache so that every app server shares it (Redis).

Two counts, both for LOGIN_THROTTLE_SECONDS from the failure that locks:

- per account *and* address: after LOGIN_THROTTLE_FAILURES failed logins for one account name
  from one client address, that address cannot log in to that account;
- per address: after LOGIN_THROTTLE_ADDRESS_FAILURES failed logins from one address (any account
  names), that address cannot log in at all.

There is no lock of an account by itself: wrong passwords sent from elsewhere never keep the
owner out. A successful login clears its (account, address) count, never the address's (or one
attacker's own account would reset the address limit).

When the cache cannot be read or written, logins are refused (fail closed) with a Japanese
message until it is back: guessing is never unlimited and never a server error. Editors who are
logged in keep working (sessions live in the database). The cache's client is called directly,
so that django-redis' IGNORE_EXCEPTIONS cannot turn an outage into "no failures yet".
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

LOCKED_MESSAGE = (
    "ログインの失敗が続いたため、しばらくログインできません。"
    "{minutes}分ほど待ってから、もう一度ためしてください。"
)
UNAVAILABLE_MESSAGE = (
    "ただいま、ログインを受け付けられません。しばらく待ってから、もう一度ためしてください。"
)


class Unavailable(Exception):
    """The cache that holds the counts cannot be reached."""


def _cache():
    cache = caches[getattr(settings, "LOGIN_THROTTLE_CACHE", "default")]
    return getattr(cache, "client", cache)  # django-redis' client does not swallow errors


def client_address(request):
    """The client's address. Behind NUM_PROXIES trusted proxies, the one they saw."""
    proxies = getattr(settings, "NUM_PROXIES", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def _limits(request, username):
    """{cache key: failures that lock it} for this attempt."""
    address = _digest(client_address(request))
    account = _digest((username or "").strip().lower())
    return {
        f"login-throttle:pair:{account}:{address}": settings.LOGIN_THROTTLE_FAILURES,
        f"login-throttle:address:{address}": settings.LOGIN_THROTTLE_ADDRESS_FAILURES,
    }


def _counts(cache, keys):
    try:
        return cache.get_many(keys)
    except Exception as error:
        raise Unavailable from error


def refusal(request, username):
    """None when this login may be tried, else the Japanese message that refuses it."""
    limits = _limits(request, username)
    try:
        counts = _counts(_cache(), list(limits))
    except Unavailable:
        logger.error("Login throttle: cache unreachable, logins refused", exc_info=True)
        return UNAVAILABLE_MESSAGE
    if any(counts.get(key, 0) >= limit for key, limit in limits.items()):
        return locked_message()
    return None


def record_failure(request, username):
    cache = _cache()
    seconds = settings.LOGIN_THROTTLE_SECONDS
    try:
        for key, limit in _limits(request, username).items():
            cache.add(key, 0, timeout=seconds)
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, timeout=seconds)
                count = 1
            if count >= limit:
                # The lock lasts the full period from the failure that set it.
                cache.touch(key, timeout=seconds)
                if count == limit:
                    logger.warning("Login throttle: %s locked after %d failures", key, count)
    except Exception:
        # Nothing to count with: refusal() refuses every login until the cache is back.
        logger.error("Login throttle: cache unreachable, failure not counted", exc_info=True)


def record_success(request, username):
    pair = next(iter(_limits(request, username)))
    try:
        _cache().delete(pair)
    except Exception:
        logger.error("Login throttle: cache unreachable, count not cleared", exc_info=True)


def locked_message():
    return LOCKED_MESSAGE.format(minutes=max(1, settings.LOGIN_THROTTLE_SECONDS // 60))
