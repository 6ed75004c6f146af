"""Import/export of the project list (.xlsx and CSV): round trip, all-or-nothing, bad sheets."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from woondeals import uitwisseling
from woondeals.models import Woningbouwproject
from woondeals.selectors import project_list

pytestmark = pytest.mark.django_db

VELDEN = [
    "slug", "naam", "wijk", "gebiedsontwikkeling_id", "planstatus", "fase",
    "verwacht_startjaar", "verwacht_opleverjaar", "sociale_huur", "middenhuur",
    "betaalbare_koop", "vrije_sector", "ontwikkelaar_id", "gepubliceerd",
]  # fmt: skip


def _stand():
    return list(Woningbouwproject.objects.order_by("slug").values_list(*VELDEN))


def _xlsx(rijen) -> bytes:
    wb = Workbook()
    for rij in rijen:
        wb.active.append(rij)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def _export_rijen():
    return uitwisseling.export_rijen(project_list())


@pytest.mark.parametrize("formaat", ["xlsx", "csv"])
def test_round_trip_changes_nothing_then_applies_edits(client, pm, bekende_projecten, formaat):
    client.force_login(pm)
    response = client.get(reverse("woondeals:export", args=[formaat]))
    assert response.status_code == 200
    assert f'.{formaat}"' in response["Content-Disposition"]
    voor = _stand()
    resultaat = uitwisseling.projecten_importeren(naam=f"lijst.{formaat}", inhoud=response.content)
    assert resultaat.fouten == []
    assert (resultaat.aangemaakt, resultaat.bijgewerkt, resultaat.ongewijzigd) == (0, 0, 3)
    assert _stand() == voor

    # edit project B in the sheet and add a new row without a code
    if formaat == "xlsx":
        wb = load_workbook(io.BytesIO(response.content))
        rijen = [list(r) for r in wb.active.iter_rows(values_only=True)]
    else:
        rijen = [r.split(";") for r in response.content.decode("utf-8-sig").splitlines()]
    kop = rijen[0]
    b = next(r for r in rijen if r[0] == "b")
    b[kop.index("Vrije sector")] = 40
    b[kop.index("Middenhuur")] = 10
    nieuw = [""] * len(kop)
    for kolom, waarde in {
        "Plannaam": "Nieuw plan", "Planstatus": "zacht", "Fase": "Initiatief",
        "Sociale huur": 12, "Totaal": 12, "Gebiedsontwikkeling": "Stationsgebied",
    }.items():  # fmt: skip
        nieuw[kop.index(kolom)] = waarde
    rijen.append(nieuw)
    inhoud = _xlsx(rijen) if formaat == "xlsx" else uitwisseling.als_csv(rijen).encode()
    resultaat = uitwisseling.projecten_importeren(naam=f"lijst.{formaat}", inhoud=inhoud)
    assert resultaat.fouten == []
    assert (resultaat.aangemaakt, resultaat.bijgewerkt, resultaat.ongewijzigd) == (1, 1, 2)
    b = Woningbouwproject.objects.get(slug="b")
    assert (b.middenhuur, b.vrije_sector) == (10, 40)
    nieuw = Woningbouwproject.objects.get(naam="Nieuw plan")
    assert nieuw.gebiedsontwikkeling == bekende_projecten["gebied"]
    assert (nieuw.sociale_huur, nieuw.fase, nieuw.verwacht_startjaar) == (12, "initiatief", None)


def test_export_columns_and_values(bekende_projecten):
    rijen = _export_rijen()
    assert rijen[0] == uitwisseling.KOLOMMEN
    a = dict(zip(rijen[0], rijen[1], strict=True))
    assert a["Plannaam"] == "A" and a["Totaal"] == 100 and a["Gestart (alle jaren)"] == 100
    assert a["Gebiedsontwikkeling"] == "Stationsgebied"
    assert a["Corporatie / ontwikkelaar"] == "Corporatie Noord"


def test_bad_rows_are_reported_per_row_and_nothing_is_written(bekende_projecten):
    rijen = _export_rijen()
    kop = rijen[0]

    def rij(**waarden):
        r = [""] * len(kop)
        basis = {"Plannaam": "Goed", "Planstatus": "zacht", "Fase": "initiatief", "Vrije sector": 5}
        for kolom, waarde in {**basis, **waarden}.items():
            r[kop.index(kolom)] = waarde
        return r

    blad = [
        kop,
        rij(Plannaam="Goed plan"),  # row 2: fine
        rij(**{"Sociale huur": 10, "Totaal": 20}),  # 3: segments do not add up
        rij(Planstatus="hard"),  # 4: hard without years
        rij(**{"Middenhuur": "twaalf"}),  # 5: not a number
        rij(Planstatus="misschien"),  # 6: unknown plan status
        rij(Gebiedsontwikkeling="Onbekend gebied"),  # 7
        rij(**{"Corporatie / ontwikkelaar": "Niemand BV"}),  # 8
        rij(Projectcode="a", **{"Start bouw (jaar)": 2027, "Oplevering (jaar)": 2025}),  # 9
        rij(Projectcode="a"),  # 10: duplicate code
        rij(**{"Vrije sector": 0}),  # 11: no homes
        rij(Gepubliceerd="misschien"),  # 12
    ]
    voor = _stand()
    resultaat = uitwisseling.projecten_importeren(naam="lijst.xlsx", inhoud=_xlsx(blad))
    assert not resultaat.gelukt and resultaat.aangemaakt == 0
    fouten = "\n".join(resultaat.fouten)
    for verwacht in [
        "Rij 3: Totaal: De segmenten tellen op tot 15 woningen, maar het opgegeven totaal is 20.",
        "Rij 4: Start bouw (jaar): Een harde plancapaciteit heeft een verwacht jaar",
        "Rij 5: Middenhuur: 'twaalf' is geen geheel getal.",
        "Rij 6: Planstatus: 'misschien' is onbekend; kies uit hard, zacht.",
        "Rij 7: Gebiedsontwikkeling: 'Onbekend gebied' bestaat niet in het portaal.",
        "Rij 8: Corporatie / ontwikkelaar: 'Niemand BV' is geen bekende partner.",
        "Rij 9: De oplevering kan niet voor de start van de bouw liggen.",
        "Rij 10: Projectcode 'a' staat ook al op rij 9.",
        "Rij 11: Sociale huur: Een project heeft minstens één woning",
        "Rij 12: Gepubliceerd: vul 'ja' of 'nee' in",
    ]:
        assert verwacht in fouten
    assert "Rij 2" not in fouten
    assert _stand() == voor  # row 2 was valid, but the import is all-or-nothing


@pytest.mark.parametrize(
    ("naam", "inhoud", "fout"),
    [
        ("lijst.xlsx", b"geen spreadsheet", "geen leesbaar .xlsx-bestand"),
        ("lijst.pdf", b"%PDF", "Kies een .xlsx- of .csv-bestand."),
        ("lijst.csv", b"", "Het bestand is leeg."),
        ("lijst.csv", b"Plannaam;Wijk\nX;Centrum\n", "mist de kolom(men): 'Planstatus'"),
        ("lijst.csv", ";".join(uitwisseling.KOLOMMEN).encode(), "geen projecten onder de kopregel"),
    ],
)
def test_bad_sheets(programma, naam, inhoud, fout):
    resultaat = uitwisseling.projecten_importeren(naam=naam, inhoud=inhoud)
    assert fout in resultaat.fouten[0]
    assert not Woningbouwproject.objects.exists()


def test_import_page(client, pm, bekende_projecten):
    client.force_login(pm)
    url = reverse("woondeals:import")
    slecht = uitwisseling.als_csv([uitwisseling.KOLOMMEN, ["", "X", "", "", "", "vaag"]])
    response = client.post(url, {"bestand": SimpleUploadedFile("lijst.csv", slecht.encode())})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is niets geïmporteerd." in html and "Rij 2: Planstatus" in html
    goed = uitwisseling.als_csv(_export_rijen())
    response = client.post(url, {"bestand": SimpleUploadedFile("lijst.csv", goed.encode())})
    assert response.status_code == 302


def test_unknown_export_format_is_not_found(client, pm):
    client.force_login(pm)
    assert client.get(reverse("woondeals:export", args=["pdf"])).status_code == 404
