"""A database loaded from an older reading of the plan gets the plan's texts on the next
`laad_programma`, and nothing a person changed in the portal is overwritten."""

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from almelo_programma.kern.herkomst import Herkomst
from almelo_programma.laden import laad_programma, lees_data
from doelen.models import Doel, Effectindicator
from netwerk.models import Bijeenkomst, Lobbydossier

pytestmark = pytest.mark.django_db

OUDE_B = (
    "Het realiseren van een steviger netwerk en positie binnen het ruimtelijk domein. "
    "Het bouwen aan een stad met een duidelijker en meer onderscheidend profiel."
)


def _als_oude_lezing():
    """What an older loader stored (written like the loader writes: without a user)."""
    b = Doel.objects.get(code="B")
    b.omschrijving = OUDE_B
    b.save()
    drie = Effectindicator.objects.get(nummer=3)
    drie.tekst = drie.tekst.rstrip(";")
    drie.basiswaarde, drie.basisjaar = Decimal("0"), 2022
    drie.meetkader_herkomst = Herkomst.PROGRAMMAPLAN  # shown as if the plan said so
    drie.save()
    stadscafe = Bijeenkomst.objects.get(slug="stadscafe")
    stadscafe.plantekst, stadscafe.titel_herkomst = "", Herkomst.PROGRAMMAPLAN
    stadscafe.save()


def test_an_old_reading_gets_the_plans_texts(programma):
    data = lees_data()
    _als_oude_lezing()

    verslag = laad_programma()

    assert Doel.objects.get(code="B").omschrijving == next(
        d["omschrijving"] for d in data["doelen"] if d["code"] == "B"
    )
    drie = Effectindicator.objects.get(nummer=3)
    assert drie.tekst.endswith("versneld;")
    # the plan gives no baseline: the file's is the programme team's, and marked so
    assert (drie.basiswaarde, drie.basisjaar) == (Decimal("0"), 2023)
    assert drie.meetkader_herkomst == Herkomst.PROGRAMMATEAM
    stadscafe = Bijeenkomst.objects.get(slug="stadscafe")
    assert "(stadscafé, architectuurprijs, ontwerpwedstrijd)" in stadscafe.plantekst
    assert stadscafe.titel_herkomst == Herkomst.PROGRAMMATEAM
    assert verslag.bijgewerkt == {"doelen": 1, "indicatoren": 1, "bijeenkomsten": 1}
    assert verslag.aangemaakt == {} and verslag.behouden == []
    # the change is in the history, with the reason and without a person
    laatste = Doel.objects.get(code="B").history.first()
    assert laatste.history_user is None
    assert "programmaplan" in laatste.history_change_reason
    # and a second run changes nothing
    assert laad_programma().totaal == 0


def test_what_a_person_changed_in_the_portal_is_kept(programma):
    mens = get_user_model().objects.create_user("redacteur")
    b = Doel.objects.get(code="B")
    b.omschrijving = "Door het programmateam herschreven."
    b._history_user = mens
    b.save()
    dossier = Lobbydossier.objects.get()
    dossier.doelwitten = "Rijk en provincie"
    dossier._history_user = mens
    dossier.save()
    _als_oude_lezing_c = Doel.objects.get(code="C")  # an untouched sibling, old text
    _als_oude_lezing_c.omschrijving = "Oude lezing."
    _als_oude_lezing_c.save()

    verslag = laad_programma()

    assert Doel.objects.get(code="B").omschrijving == "Door het programmateam herschreven."
    assert Lobbydossier.objects.get().doelwitten == "Rijk en provincie"
    assert Doel.objects.get(code="C").omschrijving.startswith("Het door ontwikkelen")
    assert len(verslag.behouden) == 2
    assert any("omschrijving" in regel and "“B" in regel for regel in verslag.behouden)


def test_the_command_reports_updates_and_kept_edits(programma):
    _als_oude_lezing()
    uit = StringIO()
    call_command("laad_programma", stdout=uit)
    assert "bijgewerkt naar het programmaplan" in uit.getvalue()
    uit = StringIO()
    call_command("laad_programma", stdout=uit)
    assert "al geladen, niets gewijzigd" in uit.getvalue()
