"""The update sheet never carries a live formula: titles, names and the woondeal a line lead or
manager typed are text cells, however they start; a filled-in text comes back as typed."""

import io

import pytest
from django.contrib.auth import get_user_model

from activiteiten.models import Activiteit, Statusupdate
from almelo_programma.werkruimte.uitwisseling import KOLOM
from tests.kern.helpers import formule, xlsx_tekstcellen
from tests.werkruimte.helpers import EXPORT, activiteitrijen, upload, vul
from woondeals.models import Woondeal

pytestmark = pytest.mark.django_db


def _export(client) -> bytes:
    r = client.get(EXPORT)
    assert r.status_code == 200
    return b"".join(r.streaming_content)


def test_every_exported_text_field_is_inert(werk):
    Activiteit.objects.filter(pk=werk.act_a.pk).update(titel=formule("titel", 0))
    Activiteit.objects.filter(pk=werk.act_b.pk).update(titel=formule("titel", 3))
    get_user_model().objects.filter(pk=werk.trekker_a.pk).update(
        first_name=formule("voornaam", 1), last_name="Jansen"
    )
    Woondeal.objects.update(regio=formule("regio", 4))
    teksten = xlsx_tekstcellen(_export(werk.client(werk.pm)))
    assert {formule("titel", 0), formule("titel", 3), f"{formule('voornaam', 1)} Jansen"} <= (
        teksten["Bijwerken"]
    )
    assert any(t.startswith(formule("regio", 4)) for t in teksten["Deelsporen woondeal"])


def test_a_formula_like_explanation_is_saved_as_typed(werk):
    from openpyxl import load_workbook

    c = werk.client(werk.pm)
    wb = load_workbook(io.BytesIO(_export(c)))
    toelichting = formule("toelichting", 0)
    vul(
        activiteitrijen(wb)["Stadscafé"],
        status="Vertraagd",
        voortgang=20,
        toelichting=toelichting,
    )
    rij = activiteitrijen(wb)["Stadscafé"]
    rij[KOLOM["toelichting"]].data_type = "s"  # as Excel stores text typed after a quote
    r = upload(c, wb)
    assert r.status_code == 302
    assert Statusupdate.objects.get(activiteit=werk.act_b).toelichting == toelichting
