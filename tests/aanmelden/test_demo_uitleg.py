"""`laad_programma --demo` says whether the demo accounts need two-factor authentication."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("verplicht", "tekst"),
    [
        (False, "alle demo-accounts loggen in met alleen het wachtwoord"),
        (True, "programmamanager en beheerder stellen bij de eerste keer inloggen"),
    ],
)
def test_printed_logins_say_how_to_sign_in(settings, verplicht, tekst):
    settings.TWEE_FACTOR_VERPLICHT = verplicht
    uit = StringIO()
    call_command("laad_programma", "--demo", stdout=uit)
    assert "Demo-accounts (wachtwoord voor allemaal: demo-almelo-2026)" in uit.getvalue()
    assert tekst in uit.getvalue()
