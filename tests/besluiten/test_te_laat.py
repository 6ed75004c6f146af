"""Overdue motions and commitments: in the dashboard's attention list (and on the dashboard),
in the Bestuursrapportage, and in the reminder e-mail of their owner."""

import datetime

import pytest
from django.core import mail

from besluiten.models import Besluit
from besluiten.services import besluit_update
from doelen.models import Programma

pytestmark = pytest.mark.django_db

TITEL = "Raad informeren over de woningbouwimpuls"


def test_overdue_query_and_its_row_twin_agree(besluiten):
    toezegging = besluiten["toezegging"]  # due 1 June 2025, open
    for peildatum, te_laat in (
        (datetime.date(2025, 6, 1), False),  # on the due date: not yet overdue
        (datetime.date(2025, 6, 2), True),
    ):
        assert toezegging.is_te_laat(peildatum) is te_laat
        assert Besluit.objects.te_laat(peildatum).filter(pk=toezegging.pk).exists() is te_laat
    besluit_update(
        besluit=toezegging,
        data={
            "status": "afgedaan",
            "wijze_van_afdoening": "Raadsinformatiebrief van 1 juli.",
            "afdoeningsdatum": datetime.date(2025, 7, 1),
        },
    )
    # overdue in June, settled from July on: the dashboard's time travel sees both
    assert Besluit.objects.te_laat(datetime.date(2025, 6, 15)).filter(pk=toezegging.pk).exists()
    assert toezegging.is_te_laat(datetime.date(2025, 6, 15))
    assert not Besluit.objects.te_laat(datetime.date(2025, 7, 2)).exists()
    assert not toezegging.is_te_laat(datetime.date(2025, 7, 2))
    # a council decision is never overdue
    assert not besluiten["openbaar"].is_te_laat(datetime.date(2030, 1, 1))


def test_attention_page_and_dashboard_list_overdue_commitments(client, gebruikers, besluiten):
    client.force_login(gebruikers["wethouder"])
    for url in ("/dashboard/aandacht/", "/dashboard/"):
        html = client.get(url).content.decode()
        assert "Moties en toezeggingen over de termijn" in html, url
        assert TITEL in html, url
        assert "1 juni 2025" in html, url
    besluit_update(
        besluit=besluiten["toezegging"],
        data={
            "status": "afgedaan",
            "wijze_van_afdoening": "Raadsinformatiebrief.",
            "afdoeningsdatum": datetime.date(2025, 5, 30),
        },
    )
    html = client.get("/dashboard/aandacht/").content.decode()
    assert TITEL not in html
    assert "Geen moties of toezeggingen over de termijn." in html


def test_bestuursrapportage_lists_overdue_commitments(besluiten):
    from almelo_programma.dashboard.models import Bestuursrapportage
    from almelo_programma.dashboard.pdf import rapport_html

    rapport = Bestuursrapportage(
        programma=Programma.objects.get(),
        stand="",
        stand_label="Vandaag",
        peildatum=datetime.date(2025, 9, 1),
    )
    html = rapport_html(rapport)
    assert "Moties en toezeggingen over de termijn (1)" in html
    assert TITEL in html
    rapport.peildatum = datetime.date(2025, 5, 1)  # before the due date
    html = rapport_html(rapport)
    assert "Moties en toezeggingen over de termijn (0)" in html
    assert TITEL not in html


def test_reminder_lists_the_owners_overdue_commitments(settings, gebruikers, besluiten):
    from activiteiten.models import Rapportageperiode
    from almelo_programma.werkruimte.herinneringen import herinneringen_versturen

    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    periode = Rapportageperiode.objects.filter(jaar=2025).order_by("deadline").last()
    assert periode is not None
    vandaag = periode.deadline - datetime.timedelta(days=1)
    herinneringen_versturen(vandaag=vandaag)
    eigenaar = gebruikers["trekker.wonen"]
    aan_eigenaar = [m for m in mail.outbox if m.to == [eigenaar.email]]
    assert len(aan_eigenaar) == 1
    tekst = aan_eigenaar[0].body
    assert "Toezegging TZ 2025-3: " + TITEL in tekst
    assert "/werkruimte/besluiten/" in tekst
    # nobody else is told about this commitment
    anderen = [m for m in mail.outbox if m.to != [eigenaar.email]]
    assert all(TITEL not in m.body for m in anderen)


def test_owner_with_only_an_overdue_commitment_gets_a_reminder(settings, gebruikers, besluiten):
    from activiteiten.models import Rapportageperiode
    from almelo_programma.werkruimte.herinneringen import herinneringen_versturen

    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    wethouder = gebruikers["wethouder"]  # leads nothing
    besluit_update(besluit=besluiten["toezegging"], data={"eigenaar": wethouder})
    periode = Rapportageperiode.objects.filter(jaar=2025).order_by("deadline").last()
    herinneringen_versturen(vandaag=periode.deadline - datetime.timedelta(days=1))
    aan_wethouder = [m for m in mail.outbox if m.to == [wethouder.email]]
    assert len(aan_wethouder) == 1
    assert TITEL in aan_wethouder[0].body
    assert "ontbreekt nog een update" not in aan_wethouder[0].body
