"""SSO end to end against a real OpenID Connect provider (tests/oidc_aanbieder/, started by the
``oidc_aanbieder`` fixture): /inloggen/ → the provider's login form → consent → back in the
portal, signed in with the role from the claim; roles follow the claim on every login."""

import lxml.html
import pytest
import requests
from django.contrib.auth import get_user_model

from .conftest import AANBIEDER_WACHTWOORD

pytestmark = pytest.mark.django_db(transaction=True)

SSO_KNOP = "Inloggen met de gemeentelijke inlog (SSO)"


def formulier(antwoord, index=0):
    """The action URL and the fields of a form on the page (hidden fields included)."""
    pagina = lxml.html.fromstring(antwoord.text, base_url=antwoord.url)
    pagina.make_links_absolute(antwoord.url)
    form = pagina.forms[index]
    return form.action or antwoord.url, dict(form.fields)


def sso_knop_volgen(sessie, portaal):
    pagina = sessie.get(f"{portaal}/inloggen/?next=/werkruimte/")
    assert pagina.status_code == 200
    knop = lxml.html.fromstring(pagina.text).xpath(f'//a[normalize-space()="{SSO_KNOP}"]')
    assert knop, "de SSO-knop ontbreekt op /inloggen/"
    return sessie.get(portaal + knop[0].get("href"))


def sso_inloggen(sessie, portaal, aanbieder, username, *, toestaan=True):
    """Walk the whole SSO flow as a browser would; returns the last response."""
    antwoord = sso_knop_volgen(sessie, portaal)
    if "/accounts/login/" in antwoord.url:  # no session at the provider yet: its login form
        assert antwoord.url.startswith(aanbieder.url)
        actie, velden = formulier(antwoord)
        velden.update(username=username, password=AANBIEDER_WACHTWOORD)
        antwoord = sessie.post(actie, data=velden)
    assert antwoord.status_code == 200
    assert "/o/authorize/" in antwoord.url, antwoord.url
    assert "Programmaportaal Almelo" in antwoord.text  # the consent page
    actie, velden = formulier(antwoord)
    velden = {k: v for k, v in velden.items() if v is not None and k != "allow"}
    if toestaan:  # the "Authorize" button; without it the form is the "Cancel" button
        velden["allow"] = "Authorize"
    return sessie.post(actie, data=velden)


def uitloggen(sessie, portaal):
    sessie.get(f"{portaal}/")
    token = sessie.cookies.get("csrftoken")  # the provider names its own aanbieder_csrf
    sessie.post(f"{portaal}/uitloggen/", data={"csrfmiddlewaretoken": token})


def test_sso_signs_in_with_the_role_from_the_claim_and_follows_it_on_every_login(
    programma, live_server, sso
):
    portaal = live_server.url
    sessie = requests.Session()

    antwoord = sso_inloggen(sessie, portaal, sso, "j.jansen")
    assert antwoord.status_code == 200
    assert antwoord.url == f"{portaal}/werkruimte/"
    assert "Werkruimte" in antwoord.text

    user = get_user_model().objects.get(username="j.jansen")
    assert set(user.groups.values_list("name", flat=True)) == {"programmamanager"}
    assert user.is_staff and not user.is_superuser
    assert (user.first_name, user.last_name, user.email) == (
        "Jan",
        "Jansen",
        "j.jansen@almelo.invalid",
    )
    assert not user.has_usable_password()
    # a programme manager, 2FA switched on: SSO relies on the provider's MFA, no second step
    assert sessie.get(f"{portaal}/dashboard/").status_code == 200
    assert sessie.get(f"{portaal}/admin/").status_code == 200

    # the municipality takes the role away: the next SSO login takes it away in the portal too
    sso.rollen_zetten("j.jansen", ["medewerkers"])
    uitloggen(sessie, portaal)
    assert sessie.get(f"{portaal}/werkruimte/", allow_redirects=False).status_code == 302
    antwoord = sso_inloggen(sessie, portaal, sso, "j.jansen")
    assert antwoord.url == f"{portaal}/werkruimte/"
    assert antwoord.status_code == 403
    user.refresh_from_db()
    assert not user.groups.exists()
    assert not user.is_staff


def test_sso_gives_a_line_lead_their_role(programma, live_server, sso):
    sessie = requests.Session()
    antwoord = sso_inloggen(sessie, live_server.url, sso, "p.pieters")
    assert antwoord.status_code == 200
    user = get_user_model().objects.get(username="p.pieters")
    assert list(user.groups.values_list("name", flat=True)) == ["lijntrekker"]
    assert not user.is_staff


def test_refusing_consent_returns_to_the_login_page_with_a_dutch_message(
    programma, live_server, sso
):
    sessie = requests.Session()
    antwoord = sso_inloggen(sessie, live_server.url, sso, "p.pieters", toestaan=False)
    assert antwoord.url == f"{live_server.url}/inloggen/?sso=mislukt"
    assert "Inloggen via de gemeentelijke inlog is niet gelukt" in antwoord.text
    assert not get_user_model().objects.filter(username="p.pieters").exists()
