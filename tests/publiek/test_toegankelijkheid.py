import pytest

pytestmark = pytest.mark.django_db


def test_accessibility_statement_is_published_and_linked_from_every_page(programma, client):
    html = client.get("/toegankelijkheid/").content.decode()
    for tekst in (
        "Toegankelijkheidsverklaring",
        "WCAG 2.1",
        "Nalevingsstatus",
        "Een probleem melden",
    ):
        assert tekst in html
    for url in ("/", "/activiteiten/", "/woningbouw/", "/inloggen/"):
        assert 'href="/toegankelijkheid/"' in client.get(url).content.decode(), url


# the parts of the Dutch model statement, as the page names them
MODEL_ONDERDELEN = [
    "Datum van deze verklaring",
    "Laatste controle",
    "Waar deze verklaring over gaat",
    "Waarop deze status berust",
    "Onafhankelijk onderzoek gepland",
    "Bekende problemen",
    "Een probleem melden",
    "Niet tevreden?",
]


def test_statement_has_every_part_of_the_dutch_model_statement(programma, client, settings):
    from django.utils.html import escape

    from almelo_programma.publiek import toegankelijkheid as v

    settings.SITE_URL = "https://programma.almelo.nl"
    html = client.get("/toegankelijkheid/").content.decode()
    assert [kop for kop in MODEL_ONDERDELEN if kop not in html] == []
    assert "30 november 2026" in html and "30 juni 2027" in html  # statement, last check, audit
    assert "<strong>C: eerste maatregelen genomen</strong>" in html
    for pad, _ in v.IN_SCOPE:
        assert f"https://programma.almelo.nl{pad}" in html, pad
    for regel in v.HOE_GECONTROLEERD:
        assert escape(regel) in html
    for probleem, toelichting in v.BEKENDE_PROBLEMEN:
        assert escape(probleem) in html and escape(toelichting) in html
    assert f'href="{v.REGISTER_URL}"' in html
    assert "Nationale ombudsman" in html and "14 0546" in html


def test_statement_dates_are_in_order():
    from django.utils import timezone

    from almelo_programma.publiek import toegankelijkheid as v

    assert timezone.localdate() >= v.LAATST_GECONTROLEERD
    assert v.OPGESTELD_OP <= v.LAATST_GECONTROLEERD < v.ONDERZOEK_GEPLAND
    # without an independent audit the status cannot be better than C
    assert v.NALEVINGSSTATUS in "CDE"
