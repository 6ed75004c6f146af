"""The demo successor of ``laad_programma --demo``: a clearly marked second programme made
through the successor service, with the demo roles; loading twice gives the same result."""

import pytest
from django.core.management import call_command

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from almelo_programma.laden import OPVOLGER_SLUG, laad_demo, laad_demo_opvolger
from doelen.models import Doel, Effectindicator, Meting, Programma, Programmarol
from woondeals.models import Deelspoor, Woondeal

pytestmark = pytest.mark.django_db


def _stand():
    modellen = (
        Programma, Doel, Effectindicator, Meting, Activiteitenlijn, Activiteit, Statusupdate,
        Woondeal, Deelspoor, Programmarol,
    )  # fmt: skip
    return {m.__name__: sorted(m.objects.values_list("pk", flat=True)) for m in modellen}


def _rollen(programma):
    return set(
        Programmarol.objects.filter(programma=programma).values_list("gebruiker__username", "rol")
    )


def test_the_demo_successor_is_marked_linked_and_idempotent(demo):
    laad_demo_opvolger()
    opvolger = Programma.objects.get(slug=OPVOLGER_SLUG)
    assert opvolger.is_demo and opvolger.naam.startswith("Demo: ")
    assert (opvolger.voorganger, opvolger.periode) == (demo, "2027–2030")
    assert Doel.objects.filter(programma=opvolger).count() == 3
    assert Effectindicator.objects.filter(doel__programma=opvolger).count() == 10
    assert not Meting.objects.filter(indicator__doel__programma=opvolger).exists()
    assert Activiteit.objects.filter(lijn__doel__programma=opvolger, jaar=2027).exists()
    assert Woondeal.objects.filter(lijn__doel__programma=opvolger).count() == 1
    assert _rollen(opvolger) == {
        ("programmamanager", "programmamanager"),
        ("wethouder", "bestuurder"),
        ("trekker.wonen", "lijntrekker"),
    }
    assert {"trekker.netwerk", "trekker.kennis"} <= {u for u, _rol in _rollen(demo)}

    # loading again (the whole demo, then the successor) changes nothing
    stand = _stand()
    laad_demo()
    laad_demo_opvolger()
    assert _stand() == stand


def test_the_command_loads_it(programma):
    call_command("laad_programma", "--demo", verbosity=0)
    assert Programma.objects.filter(slug=OPVOLGER_SLUG, is_demo=True).exists()
    stand = _stand()
    call_command("laad_programma", "--demo", verbosity=0)
    assert _stand() == stand
