"""The project import refuses an oversized file, a zip bomb and a sheet of 100,000 rows (.xlsx
and CSV) in Dutch without writing anything, and lists only the first 50 of many errors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.kern.helpers import veel_rijen_xlsx, zipbom_xlsx
from woondeals import uitwisseling
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db


def _post(client, pm, naam, inhoud):
    client.force_login(pm)
    return client.post(reverse("woondeals:import"), {"bestand": SimpleUploadedFile(naam, inhoud)})


def test_oversized_file_is_refused(client, pm, bekende_projecten, settings):
    settings.IMPORT_MAX_BYTES = 50_000
    r = _post(client, pm, "lijst.csv", b"Plannaam;Planstatus\n" + b"x;hard\n" * 10_000)
    assert r.status_code == 400
    assert "Het bestand is 70 kB; de grens is 50 kB." in r.content.decode()
    assert Woningbouwproject.objects.count() == 3


def test_zip_bomb_is_refused(client, pm, bekende_projecten):
    client.force_login(pm)
    echt = client.get(reverse("woondeals:export", args=["xlsx"])).content
    r = _post(client, pm, "lijst.xlsx", zipbom_xlsx(echt, uitgepakt_mb=300))
    assert r.status_code == 400
    assert "de grens is 20,0 MB. Lees het in delen in." in r.content.decode()
    assert Woningbouwproject.objects.count() == 3


@pytest.mark.parametrize("soort", ["xlsx", "csv"])
def test_100000_rows_are_refused_at_the_row_limit(pm, bekende_projecten, soort):
    kop = uitwisseling.KOLOMMEN
    if soort == "xlsx":
        inhoud = veel_rijen_xlsx("Plancapaciteit", kop, ["", "x"], 100_000)
    else:
        inhoud = (";".join(kop) + "\n" + ";x\n" * 100_000).encode()
    resultaat = uitwisseling.projecten_importeren(naam=f"lijst.{soort}", inhoud=inhoud)
    assert resultaat.fouten == [
        "Het bestand heeft meer dan 10.000 rijen; dat is de grens. Lees het in delen in."
    ]
    assert Woningbouwproject.objects.count() == 3


def test_many_errors_list_the_first_50(client, pm, bekende_projecten):
    kop = ";".join(uitwisseling.KOLOMMEN)
    inhoud = (kop + "\n" + ";Plan;Almelo;;;paars;;;;1;1;1;1\n" * 400).encode()
    r = _post(client, pm, "lijst.csv", inhoud)
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "Hieronder staan de eerste 50 van 400 fouten" in tekst
    assert tekst.count("&#x27;paars&#x27; is onbekend") == 50
    assert len(r.content) < 60_000
    assert Woningbouwproject.objects.count() == 3
