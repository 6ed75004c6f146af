"""Brute force: after AXES_FAILURE_LIMIT wrong passwords a login is refused — per user name and
per address — with the Dutch lockout page, also with the right password; the admin unlocks."""

import pytest
from axes.models import AccessAttempt
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WACHTWOORD = "geheim-wachtwoord-123"
LOGIN_PADEN = ["/inloggen/", "/admin/login/"]


def _inloggen(client, pad, username, password, adres="10.0.0.1"):
    return client.post(pad, {"username": username, "password": password}, REMOTE_ADDR=adres)


def _is_ingelogd(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("pad", LOGIN_PADEN)
def test_thirty_wrong_passwords_then_the_right_one_is_still_refused(pad):
    UserFactory(username="doelwit", is_staff=True, is_superuser=True)
    client = Client()
    for _ in range(30):
        _inloggen(client, pad, "doelwit", "fout-wachtwoord")
    response = _inloggen(client, pad, "doelwit", WACHTWOORD)
    assert response.status_code == 429
    tekst = response.content.decode()
    assert "Inloggen tijdelijk geblokkeerd" in tekst
    assert "30 minuten" in tekst
    assert int(response["Retry-After"]) == 30 * 60
    assert not _is_ingelogd(client)


def test_below_the_limit_the_right_password_still_logs_in():
    UserFactory(username="vergeetachtig")
    client = Client()
    for _ in range(4):
        response = _inloggen(client, "/inloggen/", "vergeetachtig", "fout")
        assert response.status_code == 200  # the login form with its error
    assert _inloggen(client, "/inloggen/", "vergeetachtig", WACHTWOORD).status_code == 302
    assert _is_ingelogd(client)
    # a successful login clears the failures: four more wrong ones do not lock out yet
    Client().post("/uitloggen/")
    for _ in range(4):
        _inloggen(Client(), "/inloggen/", "vergeetachtig", "fout")
    assert _inloggen(Client(), "/inloggen/", "vergeetachtig", WACHTWOORD).status_code == 302


def test_logging_in_to_an_own_account_does_not_reset_the_address_count():
    UserFactory(username="aanvaller")
    UserFactory(username="slachtoffer")
    adres = "10.0.0.99"
    for n in range(4):
        _inloggen(Client(), "/inloggen/", f"gok-{n}", "fout", adres=adres)
    assert (
        _inloggen(Client(), "/inloggen/", "aanvaller", WACHTWOORD, adres=adres).status_code == 302
    )
    _inloggen(Client(), "/inloggen/", "gok-4", "fout", adres=adres)  # the fifth from this address
    response = _inloggen(Client(), "/inloggen/", "slachtoffer", WACHTWOORD, adres=adres)
    assert response.status_code == 429


def test_the_user_is_locked_out_from_another_address_too():
    UserFactory(username="doelwit")
    for _ in range(5):
        _inloggen(Client(), "/inloggen/", "doelwit", "fout", adres="10.0.0.1")
    response = _inloggen(Client(), "/inloggen/", "doelwit", WACHTWOORD, adres="10.9.9.9")
    assert response.status_code == 429


def test_another_user_from_the_same_address_is_locked_out():
    UserFactory(username="slachtoffer")
    for n in range(5):  # an attacker trying five different names from one address
        _inloggen(Client(), "/inloggen/", f"bestaat-niet-{n}", "fout", adres="10.0.0.66")
    client = Client()
    response = _inloggen(client, "/inloggen/", "slachtoffer", WACHTWOORD, adres="10.0.0.66")
    assert response.status_code == 429
    assert not _is_ingelogd(client)
    # from another address the same user logs in
    assert _inloggen(Client(), "/inloggen/", "slachtoffer", WACHTWOORD).status_code == 302


def test_programme_manager_unlocks_in_the_admin(client):
    UserFactory(username="doelwit")
    for _ in range(5):
        _inloggen(Client(), "/inloggen/", "doelwit", "fout", adres="10.0.0.7")
    assert _inloggen(Client(), "/inloggen/", "doelwit", WACHTWOORD).status_code == 429

    manager = UserFactory(username="manager", rol="programmamanager", is_staff=True)
    client.force_login(manager)
    lijst = client.get("/admin/axes/accessattempt/")
    assert lijst.status_code == 200
    assert "doelwit" in lijst.content.decode()
    pogingen = list(AccessAttempt.objects.values_list("pk", flat=True))
    response = client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": pogingen, "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert (
        _inloggen(Client(), "/inloggen/", "doelwit", WACHTWOORD, adres="10.0.0.7").status_code
        == 302
    )


def test_reset_command_unlocks(capsys):
    from django.core.management import call_command

    UserFactory(username="doelwit")
    for _ in range(5):
        _inloggen(Client(), "/inloggen/", "doelwit", "fout")
    call_command("axes_reset_username", "doelwit")
    assert _inloggen(Client(), "/inloggen/", "doelwit", WACHTWOORD).status_code == 302


def test_a_lower_limit_and_a_shorter_cool_off_apply(settings):
    from datetime import timedelta

    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = timedelta(minutes=5)
    UserFactory(username="doelwit")
    for _ in range(2):
        _inloggen(Client(), "/inloggen/", "doelwit", "fout")
    response = _inloggen(Client(), "/inloggen/", "doelwit", WACHTWOORD)
    assert response.status_code == 429
    assert "5 minuten" in response.content.decode()


def test_behind_proxies_the_address_is_the_one_the_outer_proxy_saw(rf, settings):
    from almelo_programma.kern.afscherming import client_ip

    verzoek = rf.get("/", REMOTE_ADDR="10.1.1.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    settings.PROXY_AANTAL = 0
    assert client_ip(verzoek) == "10.1.1.1"  # no proxy trusted: the header is ignored
    settings.PROXY_AANTAL = 1
    assert client_ip(verzoek) == "1.2.3.4"  # not the spoofed 6.6.6.6 the client sent
    settings.PROXY_AANTAL = 2
    assert client_ip(verzoek) == "6.6.6.6"
