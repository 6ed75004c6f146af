"""`laad_programma` loads the plan's structure and texts verbatim, and is idempotent."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from activiteiten.models import Activiteit, Activiteitenlijn, Rapportageperiode
from almelo_programma.laden import DATA_FILE
from doelen.models import Doel, Effectindicator, Programma
from netwerk.models import Bijeenkomst, Lobbydossier, Partner
from woondeals.models import Deelspoor, Woondeal

pytestmark = pytest.mark.django_db

MISSIE = (
    "Almelo is een toekomstbestendige en onderscheidende centrumstad met een blijvende "
    "aantrekkingskracht vanuit de regio. Een stad waar huidige en toekomstige bewoners en "
    "ondernemers graag willen wonen, werken en in willen investeren. "
    "Een stad waar we trots op zijn!"
)


def test_counts_match_the_plan(programma):
    assert Programma.objects.count() == 1
    assert Doel.objects.count() == 3
    assert Effectindicator.objects.count() == 10
    assert Activiteitenlijn.objects.count() == 9
    assert Deelspoor.objects.count() == 5
    assert Woondeal.objects.count() == 1
    assert Activiteit.objects.filter(jaar=2023).count() == 8
    assert Lobbydossier.objects.count() == 1
    assert Rapportageperiode.objects.count() == 12  # three tertials per year, 2023–2026


def test_texts_are_verbatim(programma):
    assert programma.missie == MISSIE
    assert (programma.startjaar, programma.eindjaar) == (2023, 2026)
    assert list(Doel.objects.values_list("code", flat=True)) == ["A", "B", "C"]
    assert Doel.objects.get(code="C").omschrijving == (
        "Het door ontwikkelen van de gemeente Almelo tot een professionelere en klantgerichtere "
        "organisatie rondom stedelijke ontwikkeling."
    )
    drie = Effectindicator.objects.get(nummer=3)
    assert drie.tekst == "De bouw van 4100 extra nieuwbouwwoningen is versneld;"
    assert drie.is_kwantitatief and drie.streefwaarde == 4100 and drie.streefjaar == 2026
    assert Effectindicator.objects.filter(soort="kwalitatief").count() == 9
    per_doel = {
        code: sorted(
            Effectindicator.objects.filter(doel__code=code).values_list("nummer", flat=True)
        )
        for code in "ABC"
    }
    assert per_doel == {"A": [1, 2, 3, 4, 5], "B": [6, 7, 8], "C": [9, 10]}
    assert list(Activiteitenlijn.objects.values_list("code", "naam")) == [
        ("A1", "Ongedeelde regio"),
        ("A2", "Visievorming en realisatie"),
        ("A3", "Toekomstbestendig wonen/ bouwen"),
        ("A4", "Woondeals uitwerken per gemeenten"),
        ("B1", "Profilering Almelo als woon- en werkstad"),
        ("B2", "Lobby Stedelijke Ontwikkeling en Bereikbaarheid"),
        ("B3", "Versterking netwerk en samenwerking partners stedelijke ontwikkeling"),
        ("C1", "Ontwikkelen Almelose aanpak gebiedsontwikkeling"),
        ("C2", "Doorontwikkeling opdrachtgever- en opdrachtnemerschap Stedelijke Ontwikkeling"),
    ]
    a3 = Activiteitenlijn.objects.get(code="A3")
    assert "de stadsbrede vastgoedstrategie, het schuiven met grondposities" in a3.omschrijving
    # hyphenation from the PDF is repaired
    c1 = Activiteitenlijn.objects.get(code="C1")
    assert "professionaliseringsslag" in c1.omschrijving and "-\n" not in c1.omschrijving
    assert list(Deelspoor.objects.order_by("nummer").values_list("naam", flat=True)) == [
        "Aantallen en locaties",
        "Voorwaarden onderhandelen met de provincie",
        "Regio specifieke zaken afstemmen met buurgemeenten",
        "Doorvertaling naar projecten",
        "Aanvragen rijksregelingen",
    ]
    assert Woondeal.objects.get().lijn.code == "A4"


def test_network_parties_and_events_from_the_plan(programma):
    assert {"Gemeente Enschede", "Gemeente Hengelo", "Gemeente Deventer"} <= set(
        Partner.objects.values_list("naam", flat=True)
    )
    soorten = set(Bijeenkomst.objects.values_list("soort", flat=True))
    assert {"stadscafe", "architectuurprijs", "ontwerpwedstrijd", "beurs"} <= soorten
    dossier = Lobbydossier.objects.get()
    assert dossier.titel == "Stedelijke Ontwikkeling en Bereikbaarheid"
    assert list(dossier.lijnen.values_list("code", flat=True)) == ["B2"]


def test_nothing_invented_no_measurements_without_demo(programma):
    from activiteiten.models import Statusupdate
    from doelen.models import Meting
    from woondeals.models import Woningbouwproject

    assert not Meting.objects.exists()
    assert not Statusupdate.objects.exists()
    assert not Woningbouwproject.objects.exists()


def test_data_file_lists_every_text_once():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert len({i["slug"] for i in data["indicatoren"]}) == 10
    assert len({lijn["code"] for lijn in data["lijnen"]}) == 9


def test_loading_twice_changes_nothing():
    call_command("laad_programma", "--demo", stdout=StringIO())
    tellingen = _tellingen()
    history = Activiteit.history.count() + Doel.history.count()
    out = StringIO()
    call_command("laad_programma", "--demo", stdout=out)
    assert _tellingen() == tellingen
    assert Activiteit.history.count() + Doel.history.count() == history
    assert "al geladen, niets gewijzigd" in out.getvalue()


def _tellingen():
    from django.apps import apps

    return {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label in {"doelen", "activiteiten", "woondeals", "netwerk", "auth"}
    }


def test_demo_data_is_labelled(demo):
    from activiteiten.models import Statusupdate
    from doelen.models import Meting
    from woondeals.models import Woningbouwproject

    demo_acts = Activiteit.objects.filter(is_demo=True)
    assert demo_acts.exists()
    assert all(a.titel.startswith("Demo: ") for a in demo_acts)
    assert not Statusupdate.objects.filter(is_demo=False).exists()
    assert all(u.toelichting.startswith("[Demo]") for u in Statusupdate.objects.all())
    assert not Meting.objects.filter(is_demo=False).exists()
    assert all(p.naam.startswith("Demo: ") for p in Woningbouwproject.objects.all())
    # the programme's own activities are not marked as demo
    assert not Activiteit.objects.filter(jaar=2023, is_demo=True).exists()


def test_demo_accounts_have_their_roles(demo):
    from django.contrib.auth import get_user_model

    users = {u.username: u for u in get_user_model().objects.prefetch_related("groups")}
    rollen = {name: {g.name for g in u.groups.all()} for name, u in users.items()}
    assert rollen["programmamanager"] == {"programmamanager"}
    assert rollen["trekker.wonen"] == {"lijntrekker"}
    assert rollen["wethouder"] == {"bestuurder"}
    assert rollen["partner"] == {"partner"}
    assert users["beheerder"].is_superuser
    assert users["programmamanager"].check_password("demo-almelo-2026")
    assert Activiteitenlijn.objects.get(code="A4").trekker.username == "trekker.wonen"
