"""The decision trail of one programme: its list, detail pages, Excel export and import hold
only that programme's decisions (a marker in each programme), in a fixed number of queries."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from besluiten.models import Besluit
from besluiten.services import besluit_create
from tests.werkruimte.programmas import twee_programmas

pytestmark = pytest.mark.django_db


@pytest.fixture
def twee(programma, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return twee_programmas(programma)


def test_the_list_shows_only_the_programmes_decisions(twee):
    c = twee.client(twee.pm_beide)
    p1 = c.get(twee.url(twee.p1, "/werkruimte/besluiten/")).content.decode()
    p2 = c.get(twee.url(twee.p2, "/werkruimte/besluiten/")).content.decode()
    assert "MARKER-P1 besluit" in p1 and "MARKER-P2" not in p1
    assert "MARKER-P2 besluit" in p2 and "MARKER-P1" not in p2


def test_the_line_filter_offers_the_programmes_lines(twee):
    r = twee.client(twee.pm_beide).get(twee.url(twee.p2, "/werkruimte/besluiten/"))
    assert [lijn.code for lijn in r.context["lijnen"]] == ["A1"]


def test_the_export_holds_only_the_programmes_decisions(twee):
    c = twee.client(twee.pm_beide)
    for programma, eigen, ander in (
        (twee.p1, "MARKER-P1 besluit", "MARKER-P2"),
        (twee.p2, "MARKER-P2 besluit", "MARKER-P1"),
    ):
        r = c.get(twee.url(programma, "/werkruimte/besluiten/besluiten.xlsx"))
        wb = load_workbook(io.BytesIO(r.content))
        titels = [rij[3].value for rij in wb["Besluiten"].iter_rows(min_row=2)]
        assert titels == [eigen], titels
        assert not any(ander in str(t) for t in titels)


def test_a_decision_of_another_programme_is_not_found_here(twee):
    c = twee.client(twee.pm_beide)
    assert (
        c.get(twee.url(twee.p2, f"/werkruimte/besluiten/{twee.besluit2.slug}/")).status_code == 200
    )
    assert (
        c.get(twee.url(twee.p1, f"/werkruimte/besluiten/{twee.besluit2.slug}/")).status_code == 404
    )
    bewerken = f"/werkruimte/besluiten/{twee.besluit2.slug}/bewerken/"
    assert c.get(twee.url(twee.p1, bewerken)).status_code == 404


def test_the_form_links_only_to_the_programmes_items(twee):
    r = twee.client(twee.pm_beide).get(twee.url(twee.p2, "/werkruimte/besluiten/nieuw/"))
    velden = r.context["form"].fields
    assert list(velden["lijnen"].queryset) == [twee.lijn2]
    assert list(velden["activiteiten"].queryset) == [twee.act2]
    assert list(velden["deelsporen"].queryset) == [twee.spoor2]


def test_the_service_refuses_a_link_to_another_programme(twee):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as fout:
        besluit_create(
            programma=twee.p2,
            soort="collegebesluit",
            kenmerk="CB X-1",
            datum=datetime.date(2025, 2, 1),
            titel="Verkeerd gekoppeld",
            lijnen=[twee.lijn1],
        )
    assert "ander programma" in str(fout.value)
    assert not Besluit.objects.filter(kenmerk="CB X-1").exists()


def test_an_import_row_with_a_kenmerk_of_another_programme_is_refused(twee):
    csv = (
        "Kenmerk,Soort,Datum,Titel\n"
        "TZ P1-1,toezegging,01-02-2025,Overschreven?\n"
        "CB NIEUW-9,collegebesluit,01-02-2025,Nieuw in P2\n"
    )
    r = twee.client(twee.pm_beide).post(
        twee.url(twee.p2, "/werkruimte/besluiten/importeren/"),
        {"bestand": SimpleUploadedFile("besluiten.csv", csv.encode())},
    )
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "Rij 2" in tekst and "Programma Stedelijke Ontwikkeling" in tekst
    twee.besluit1.refresh_from_db()
    assert twee.besluit1.titel == "MARKER-P1 besluit"
    assert not Besluit.objects.filter(kenmerk="CB NIEUW-9").exists()


def _maak(twee, n, start):
    for i in range(start, start + n):
        for programma, lijn in ((twee.p1, twee.lijn1), (twee.p2, twee.lijn2)):
            besluit_create(
                programma=programma,
                soort="collegebesluit",
                kenmerk=f"CB {programma.pk}-{i}",
                datum=datetime.date(2025, 1, 1),
                titel=f"Extra {programma.slug} {i}",
                lijnen=[lijn],
            )


def test_the_list_costs_the_same_at_1x_and_10x_with_two_programmes(
    twee, django_assert_max_num_queries
):
    c = twee.client(twee.pm_beide)
    url = twee.url(twee.p2, "/werkruimte/besluiten/")
    c.get(url)
    _maak(twee, 3, 0)
    with django_assert_max_num_queries(12) as klein:
        r = c.get(url)
    assert r.status_code == 200
    _maak(twee, 30, 3)
    with django_assert_max_num_queries(len(klein.captured_queries)):
        r = c.get(url)
    tekst = r.content.decode()
    assert "Extra leefbare-wijken 32" in tekst and "Extra stedelijke-ontwikkeling" not in tekst
