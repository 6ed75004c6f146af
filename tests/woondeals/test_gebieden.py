"""Area developments: phases, milestones (late when the planned date passed without an actual
date), roles per person or organisation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.factories import PartnerFactory
from woondeals import services
from woondeals.constants import GebiedFase, GebiedRol
from woondeals.models import Gebiedsontwikkeling, Gebiedsrol
from woondeals.selectors import gebied_list, te_late_mijlpalen

from .factories import GebiedsontwikkelingFactory, MijlpaalFactory

pytestmark = pytest.mark.django_db


def test_late_milestones(programma):
    vandaag = timezone.localdate()
    gisteren, morgen = vandaag - datetime.timedelta(days=1), vandaag + datetime.timedelta(days=1)
    gebied = GebiedsontwikkelingFactory()
    te_laat = MijlpaalFactory(gebiedsontwikkeling=gebied, naam="Te laat", geplande_datum=gisteren)
    bereikt = MijlpaalFactory(
        gebiedsontwikkeling=gebied,
        naam="Bereikt",
        geplande_datum=gisteren - datetime.timedelta(days=30),
        werkelijke_datum=gisteren,
    )
    komend = MijlpaalFactory(gebiedsontwikkeling=gebied, naam="Komend", geplande_datum=morgen)
    vandaag_gepland = MijlpaalFactory(gebiedsontwikkeling=gebied, geplande_datum=vandaag)
    assert te_laat.te_laat_op(vandaag)
    assert not bereikt.te_laat_op(vandaag)
    assert not komend.te_laat_op(vandaag)
    assert not vandaag_gepland.te_laat_op(vandaag)
    assert komend.te_laat_op(morgen + datetime.timedelta(days=1))
    assert list(te_late_mijlpalen()) == [te_laat]
    assert gebied_list().get(pk=gebied.pk).te_late_mijlpalen == 1


def test_late_milestone_shows_as_late_on_the_pages(client, pm):
    gebied = GebiedsontwikkelingFactory(naam="Kanaalzone")
    MijlpaalFactory(
        gebiedsontwikkeling=gebied,
        naam="Plan vastgesteld",
        geplande_datum=datetime.date(2024, 1, 1),
    )
    client.force_login(pm)
    html = client.get(gebied.get_absolute_url()).content.decode()
    assert "Plan vastgesteld" in html and "Te laat" in html
    html = client.get(reverse("woondeals:gebieden")).content.decode()
    assert "1 te laat" in html
    # recording the actual date clears it
    mijlpaal = gebied.mijlpalen.get()
    url = reverse("woondeals:mijlpaal_bereikt", args=[gebied.slug, mijlpaal.pk])
    assert client.post(url, {"werkelijke_datum": "2024-02-01"}).status_code == 302
    html = client.get(gebied.get_absolute_url()).content.decode()
    assert "Te laat" not in html and "Bereikt" in html


def test_actual_date_in_the_future_is_refused(client, pm):
    mijlpaal = MijlpaalFactory()
    client.force_login(pm)
    url = reverse(
        "woondeals:mijlpaal_bereikt", args=[mijlpaal.gebiedsontwikkeling.slug, mijlpaal.pk]
    )
    morgen = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(url, {"werkelijke_datum": morgen.isoformat()})
    assert "niet in de toekomst" in response.content.decode()
    mijlpaal.refresh_from_db()
    assert mijlpaal.werkelijke_datum is None


def test_create_area_development_with_phase_milestone_and_roles(client, pm):
    client.force_login(pm)
    response = client.post(
        reverse("woondeals:gebied_nieuw"),
        {"naam": "Stationsgebied", "wijk": "Centrum", "fase": GebiedFase.HAALBAARHEID},
    )
    gebied = Gebiedsontwikkeling.objects.get()
    assert response.url == gebied.get_absolute_url()
    response = client.post(
        reverse("woondeals:mijlpaal_nieuw", args=[gebied.slug]),
        {
            "naam": "Haalbaarheid vastgesteld",
            "fase": GebiedFase.HAALBAARHEID,
            "geplande_datum": "2026-03-01",
        },
    )
    assert response.status_code == 302 and gebied.mijlpalen.count() == 1
    partner = PartnerFactory(naam="Corporatie Zuid")
    rol_url = reverse("woondeals:rol_nieuw", args=[gebied.slug])
    assert (
        client.post(rol_url, {"rol": GebiedRol.OPDRACHTNEMER, "partner": partner.pk}).status_code
        == 302
    )
    assert (
        client.post(rol_url, {"rol": GebiedRol.ADVISEUR, "persoon": "J. Jansen"}).status_code == 302
    )
    # neither or both: refused with a Dutch error, nothing written
    for data in (
        {"rol": GebiedRol.BESTUURDER},
        {"rol": GebiedRol.BESTUURDER, "partner": partner.pk, "persoon": "X"},
    ):
        response = client.post(rol_url, data)
        assert response.status_code == 400 and "organisatie" in response.content.decode()
    assert [str(r) for r in Gebiedsrol.objects.order_by("rol")] == [
        "Adviseur: J. Jansen",
        "Opdrachtnemer: Corporatie Zuid",
    ]
    html = client.get(gebied.get_absolute_url()).content.decode()
    assert "J. Jansen" in html and "Corporatie Zuid" in html and "Haalbaarheid" in html


def test_role_constraint_holds_in_the_database(programma):
    gebied = GebiedsontwikkelingFactory()
    with pytest.raises(ValidationError):
        services.gebiedsrol_create(gebied=gebied, rol=GebiedRol.ADVISEUR, persoon="  ")
    assert not Gebiedsrol.objects.exists()
