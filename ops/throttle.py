"""Admin login throttling, kept in the cache so that every app server shares it (Redis).

After LOGIN_THROTTLE_FAILURES failed logins from one client address, or for one account name,
further logins from that address or for that account are refused for LOGIN_THROTTLE_SECONDS,
even with the right password. A successful login clears the account's count, never the
address's (or one attacker's own account would reset the address limit).
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

LOCKED_MESSAGE = (
    "ログインの失敗が続いたため、しばらくログインできません。"
    "{minutes}分ほど待ってから、もう一度ためしてください。"
)


def _cache():
    return caches[getattr(settings, "LOGIN_THROTTLE_CACHE", "default")]


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


def _keys(request, username):
    name = hashlib.sha256((username or "").strip().lower().encode()).hexdigest()
    address = hashlib.sha256(client_address(request).encode()).hexdigest()
    return (f"login-throttle:address:{address}", f"login-throttle:account:{name}")


def is_locked(request, username):
    counts = _cache().get_many(_keys(request, username))
    return any(n >= settings.LOGIN_THROTTLE_FAILURES for n in counts.values())


def record_failure(request, username):
    cache = _cache()
    for key in _keys(request, username):
        cache.add(key, 0, timeout=settings.LOGIN_THROTTLE_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=settings.LOGIN_THROTTLE_SECONDS)
            count = 1
        if count >= settings.LOGIN_THROTTLE_FAILURES:
            # The lock lasts the full period from the failure that set it.
            cache.touch(key, timeout=settings.LOGIN_THROTTLE_SECONDS)


def record_success(request, username):
    _cache().delete(_keys(request, username)[1])


def locked_message():
    return LOCKED_MESSAGE.format(minutes=max(1, settings.LOGIN_THROTTLE_SECONDS // 60))
