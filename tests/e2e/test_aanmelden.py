"""Browser: signing in through SSO against the local OpenID Connect provider, setting up
two-factor authentication, the code step with a recovery code, and the session-expiry message.
Each page is photographed, checked with axe-core and must not scroll sideways at 320 px."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from almelo_programma.aanmelden import sessies
from tests.aanmelden.conftest import AANBIEDER_WACHTWOORD, oidc_aanbieder, sso  # noqa: F401
from tests.aanmelden.helpers import WACHTWOORD, huidige_code
from tests.e2e.helpers import login, vastleggen
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def past_op_320(page):
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, page.url
    page.set_viewport_size({"width": 1280, "height": 900})


def test_sso_in_the_browser_signs_in_with_the_role_from_the_claim(
    programma,
    live_server,
    sso,  # noqa: F811 -- the fixture imported above
    page,
):
    page.goto(f"{live_server.url}/inloggen/")
    vastleggen(page, "inloggen-met-sso")
    past_op_320(page)
    page.get_by_role("link", name="Inloggen met de gemeentelijke inlog (SSO)").click()

    assert page.url.startswith(sso.url)  # the provider's own login form
    page.get_by_label("Gebruikersnaam").fill("j.jansen")
    page.get_by_label("Wachtwoord").fill(AANBIEDER_WACHTWOORD)
    page.get_by_role("button", name="Aanmelden bij de gemeente").click()
    page.get_by_role("button", name="Authorize").click()  # consent at the provider

    page.wait_for_url(f"{live_server.url}/")
    assert page.get_by_role("link", name="Werkruimte").is_visible()
    assert page.get_by_role("link", name="Beheer").is_visible()
    page.get_by_role("link", name="Werkruimte").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Werkruimte"


def test_a_programme_manager_sets_up_two_factor_and_later_uses_a_recovery_code(
    programma, live_server, page, settings
):
    settings.TWEE_FACTOR_VERPLICHT = True
    manager = UserFactory(username="pm", rol="programmamanager", is_staff=True)
    login(page, live_server, "pm", WACHTWOORD)
    assert "/account/tweestapsverificatie/" in page.url
    assert page.get_by_text("Voor uw rol is tweestapsverificatie verplicht").is_visible()
    vastleggen(page, "tweestapsverificatie-instellen")
    past_op_320(page)

    apparaat = TOTPDevice.objects.get(user=manager)
    page.get_by_label("Code", exact=True).fill(huidige_code(apparaat))
    page.get_by_role("button", name="Tweestapsverificatie aanzetten").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Uw herstelcodes"
    vastleggen(page, "tweestapsverificatie-herstelcodes")
    past_op_320(page)
    codes = re.findall(r"[a-z0-9]{8}", page.locator(".aanmelden-herstelcodes").inner_text())
    assert len(codes) == 10
    page.get_by_role("link", name="Verder naar het portaal").click()
    page.get_by_role("link", name="Werkruimte").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Werkruimte"

    page.get_by_role("button", name="Uitloggen").click()
    login(page, live_server, "pm", WACHTWOORD)
    assert "/inloggen/code/" in page.url
    vastleggen(page, "tweestapsverificatie-code")
    past_op_320(page)
    page.get_by_label("Code", exact=True).fill("123")
    page.get_by_role("button", name="Controleren").click()
    assert page.get_by_role("alert").inner_text().startswith("Deze code klopt niet")
    vastleggen(page, "tweestapsverificatie-code-fout")
    # after a wrong code django-otp makes the user wait (1 s, doubling with each wrong one)
    page.wait_for_timeout(1100)
    page.get_by_label("Code", exact=True).fill(codes[0])
    page.get_by_role("button", name="Controleren").click()
    assert page.get_by_text("U heeft een herstelcode gebruikt; u heeft er nog 9.").is_visible()

    page.goto(f"{live_server.url}/account/tweestapsverificatie/")
    vastleggen(page, "tweestapsverificatie-status")
    past_op_320(page)


def test_the_login_page_says_why_a_session_ended(programma, live_server, page):
    UserFactory(username="trekker", rol="lijntrekker")
    login(page, live_server, "trekker", WACHTWOORD)
    page.goto(f"{live_server.url}/werkruimte/")
    from django.contrib.sessions.models import Session

    sessie = Session.objects.get()
    gegevens = sessie.get_decoded()
    gegevens[sessies.LAATST_ACTIEF] -= 31 * 60
    Session.objects.save(sessie.session_key, gegevens, sessie.expire_date)
    page.goto(f"{live_server.url}/werkruimte/")
    assert "/inloggen/" in page.url
    assert page.get_by_text("U bent uitgelogd omdat u 30 minuten niets heeft gedaan").is_visible()
    vastleggen(page, "inloggen-sessie-verlopen")
