"""Admin login throttling through Wagtail's real login view: after 5 failures for one account from
one address, or 20 from one address for any accounts, logins from there are refused for a while
with a Japanese message, even with the right password. Nobody elsewhere can lock an account out.
While the cache that keeps the counts is unreachable, logins are refused (fail closed), never
counted as nothing and never a server error."""

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db

LOCKED = "ログインの失敗が続いたため、しばらくログインできません。"


@pytest.fixture(autouse=True)
def empty_cache():
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "e@example.org", "correct-pass", is_superuser=True
    )


def login(client, username, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def logged_in(response):
    return response.status_code == 302 and "/admin/" in response["Location"]


def test_the_right_password_logs_in(client, editor):
    assert logged_in(login(client, "editor", "correct-pass"))


def test_twenty_failures_from_one_address_lock_it(client, editor):
    for n in range(19):
        response = login(client, f"nobody{n}", "wrong")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    twentieth = login(client, "nobody19", "wrong")
    assert LOCKED in twentieth.content.decode()
    # Locked: even the right password from that address is refused, with the Japanese message.
    refused = login(client, "editor", "correct-pass")
    assert refused.status_code == 200
    assert LOCKED in refused.content.decode()
    assert "15分" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not affected.
    assert logged_in(login(client, "editor", "correct-pass", address="10.0.0.2"))


def test_five_failures_for_one_account_lock_it_from_that_address(client, editor):
    for _ in range(4):
        assert LOCKED not in login(client, "editor", "wrong").content.decode()
    assert LOCKED in login(client, "editor", "wrong").content.decode()
    refused = login(client, "editor", "correct-pass")
    assert LOCKED in refused.content.decode()
    assert not logged_in(refused)
    # Account names are compared without case or surrounding spaces.
    assert LOCKED in login(client, " EDITOR ", "correct-pass").content.decode()


def test_an_outsider_cannot_lock_anyone_out(client, editor):
    """Finding 2: wrong passwords for an account from other addresses, as many as anyone likes,
    never refuse its owner's right password from the owner's address."""
    for attacker in range(4):
        for _ in range(8):
            login(client, "editor", "wrong", address=f"203.0.113.{attacker}")
    assert logged_in(login(client, "editor", "correct-pass", address="10.0.2.1"))


def test_the_lock_ends_after_the_period(client, editor, settings):
    settings.LOGIN_THROTTLE_SECONDS = 2
    for _ in range(5):
        login(client, "editor", "wrong")
    assert LOCKED in login(client, "editor", "correct-pass").content.decode()
    import time

    time.sleep(2.5)
    assert logged_in(login(client, "editor", "correct-pass"))


def test_a_success_clears_the_account_count_not_the_address_count(client, editor):
    for _ in range(4):
        login(client, "editor", "wrong")
    assert logged_in(login(client, "editor", "correct-pass"))
    client.logout()
    login(client, "editor", "wrong")
    assert logged_in(login(client, "editor", "correct-pass"))
    client.logout()
    for n in range(14):  # 4 + 1 + 14 = 19 failures from this address
        login(client, f"nobody{n}", "wrong")
    assert LOCKED in login(client, "nobody", "wrong").content.decode()


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.NUM_PROXIES = 1
    for n in range(20):
        client.post(
            "/admin/login/",
            {"username": f"x{n}", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        )
    other_client = client.post(
        "/admin/login/",
        {"username": "editor", "password": "correct-pass"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.8",
    )
    assert logged_in(other_client)


# --- the cache is down (finding 3) -----------------------------------------------------------

UNAVAILABLE = "ただいま、ログインを受け付けられません。"


@pytest.fixture(params=[True, False], ids=["ignoring-exceptions", "raising"])
def redis_down(request, settings):
    """The cache is Redis on a loopback port where nothing listens, configured as production
    configures it (django-redis swallowing errors) and as a plain client (raising them)."""
    from .conftest import free_port

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/13",
            "KEY_PREFIX": "exo-sec-throttle-down",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": request.param,
            },
        }
    }
    return request.param


def test_with_the_cache_down_a_wrong_password_is_refused_not_a_500(client, editor, redis_down):
    for _ in range(7):
        response = login(client, "editor", "wrong")
        assert response.status_code == 200
        assert UNAVAILABLE in response.content.decode()


def test_with_the_cache_down_the_throttle_fails_closed(client, editor, redis_down):
    """Unable to count, the throttle refuses every login (logged-in editors keep their
    sessions, which live in the database) rather than allow unlimited guessing."""
    refused = login(client, "editor", "correct-pass")
    assert refused.status_code == 200
    assert UNAVAILABLE in refused.content.decode()
    assert not logged_in(refused)
    assert "_auth_user_id" not in client.session
