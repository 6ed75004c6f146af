"""An indicator carried over to the successor links to its predecessor's series, and back."""

import datetime
from decimal import Decimal

import pytest

from doelen.models import Effectindicator, Meting, Programma
from evaluatie.opvolging import Keuzes, Meetkader, programma_voortzetten


@pytest.mark.django_db
def test_the_series_of_the_old_programme_is_one_link_away(client, programma):
    oud = Effectindicator.objects.get(nummer=3)
    Meting.objects.create(
        indicator=oud, datum=datetime.date(2026, 6, 30), waarde=Decimal("2900"), gepubliceerd=True
    )
    nieuw_programma = programma_voortzetten(
        vorig=programma,
        naam="Vervolg 2027–2030",
        slug="vervolg",
        startjaar=2027,
        eindjaar=2030,
        missie="Verder.",
        keuzes=Keuzes(
            doelen=True,
            indicatoren={
                oud.pk: Meetkader(
                    basiswaarde=Decimal("2900"),
                    basisjaar=2026,
                    streefwaarde=Decimal("4100"),
                    streefjaar=2030,
                )
            },
        ),
    )
    nieuw = Effectindicator.objects.get(doel__programma=nieuw_programma, voorganger=oud)
    html = client.get(f"/vervolg/indicatoren/{nieuw.slug}/").content.decode()
    assert f'href="/stedelijke-ontwikkeling/indicatoren/{oud.slug}/"' in html
    assert "Voortzetting van" in html
    html = client.get(f"/stedelijke-ontwikkeling/indicatoren/{oud.slug}/").content.decode()
    assert f'href="/vervolg/indicatoren/{nieuw.slug}/"' in html
    assert Programma.objects.count() == 2
