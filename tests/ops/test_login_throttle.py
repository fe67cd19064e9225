"""Admin login throttling through Wagtail's real login view: after 5 failures from one address or
for one account, logins are refused for a while with a Japanese message, even with the right
password."""

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


def test_five_failures_from_one_address_lock_it(client, editor):
    for n in range(4):
        response = login(client, f"nobody{n}", "wrong")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    fifth = login(client, "nobody4", "wrong")
    assert LOCKED in fifth.content.decode()
    # Locked: even the right password from that address is refused, with the Japanese message.
    refused = login(client, "editor", "correct-pass")
    assert refused.status_code == 200
    assert LOCKED in refused.content.decode()
    assert "15分" in refused.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not affected.
    assert logged_in(login(client, "editor", "correct-pass", address="10.0.0.2"))


def test_five_failures_for_one_account_lock_it_from_everywhere(client, editor):
    for n in range(5):
        login(client, "editor", "wrong", address=f"10.0.1.{n}")
    refused = login(client, "editor", "correct-pass", address="10.0.2.1")
    assert LOCKED in refused.content.decode()
    assert not logged_in(refused)
    # Account names are compared without case or surrounding spaces.
    assert LOCKED in login(client, " EDITOR ", "correct-pass", address="10.0.2.2").content.decode()


def test_the_lock_ends_after_the_period(client, editor, settings):
    settings.LOGIN_THROTTLE_SECONDS = 1
    for _ in range(5):
        login(client, "editor", "wrong")
    assert LOCKED in login(client, "editor", "correct-pass").content.decode()
    import time

    time.sleep(1.5)
    assert logged_in(login(client, "editor", "correct-pass"))


def test_a_success_clears_the_account_count_not_the_address_count(client, editor):
    for n in range(4):
        login(client, "editor", "wrong", address=f"10.0.3.{n}")
    assert logged_in(login(client, "editor", "correct-pass", address="10.0.4.1"))
    client.logout()
    login(client, "editor", "wrong", address="10.0.4.2")
    assert logged_in(login(client, "editor", "correct-pass", address="10.0.4.3"))


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.NUM_PROXIES = 1
    for n in range(5):
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
