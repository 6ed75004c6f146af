"""No unpublished decision on any public URL: list, page, feed and API, checked by publishing
and unpublishing the same decision (the public page cache is invalidated by the write)."""

import io

import pytest
from openpyxl import load_workbook

from besluiten.services import besluit_update

pytestmark = pytest.mark.django_db

TITEL = "Vertrouwelijk grondaankoopbesluit"


def _publieke_teksten(client, besluit) -> dict[str, str]:
    teksten = {}
    for url in ("/besluiten/", "/feeds/besluiten.atom", "/api/v1/besluiten/"):
        teksten[url] = client.get(url).content.decode()
    blad = load_workbook(io.BytesIO(client.get("/besluiten.xlsx").content)).active
    teksten["excel"] = " ".join(str(r) for r in blad.iter_rows(values_only=True))
    detail = client.get(f"/besluiten/{besluit.slug}/")
    teksten["detail"] = detail.content.decode() if detail.status_code == 200 else ""
    api = client.get(f"/api/v1/besluiten/{besluit.slug}/")
    teksten["api-detail"] = api.content.decode() if api.status_code == 200 else ""
    return teksten


def test_publish_and_unpublish_over_every_public_url(client, besluiten):
    besluit = besluiten["geheim"]
    assert all(TITEL not in tekst for tekst in _publieke_teksten(client, besluit).values())
    assert client.get(f"/besluiten/{besluit.slug}/").status_code == 404
    assert client.get(f"/api/v1/besluiten/{besluit.slug}/").status_code == 404

    besluit_update(besluit=besluit, data={"openbaar": True})
    zichtbaar = _publieke_teksten(client, besluit)
    assert all(TITEL in tekst for tekst in zichtbaar.values()), [
        url for url, tekst in zichtbaar.items() if TITEL not in tekst
    ]

    besluit_update(besluit=besluit, data={"openbaar": False})
    assert all(TITEL not in tekst for tekst in _publieke_teksten(client, besluit).values())


def test_public_api_never_has_the_owner(api_client, gebruikers, besluiten):
    data = api_client.get("/api/v1/besluiten/").json()
    rij = next(r for r in data["results"] if r["kenmerk"] == "TZ 2025-3")
    assert "eigenaar" not in rij
    tekst = str(data)
    assert "trekker.wonen" not in tekst
    assert gebruikers["trekker.wonen"].get_full_name() not in tekst
    assert rij["status"] == "open" and rij["termijn"] == "2025-06-01"


def test_public_excel_has_no_owner(client, besluiten):
    blad = load_workbook(io.BytesIO(client.get("/besluiten.xlsx?soort=toezegging").content)).active
    rijen = list(blad.iter_rows(values_only=True))
    kop = list(rijen[0])
    assert [r[0] for r in rijen[1:]] == ["TZ 2025-3"]
    assert rijen[1][kop.index("Eigenaar")] is None
    assert rijen[1][kop.index("Status")] == "open"


def test_public_api_lists_only_public_activities(api_client, besluiten):
    from activiteiten.models import Activiteit

    act = besluiten["activiteit"]
    rij = api_client.get(f"/api/v1/besluiten/{besluiten['openbaar'].slug}/").json()
    assert rij["activiteiten"] == [act.slug]
    Activiteit.objects.filter(pk=act.pk).update(openbaar=False)
    rij = api_client.get(f"/api/v1/besluiten/{besluiten['openbaar'].slug}/").json()
    assert rij["activiteiten"] == []


def test_api_filters(api_client, besluiten):
    def kenmerken(query):
        data = api_client.get(f"/api/v1/besluiten/{query}").json()
        return sorted(r["kenmerk"] for r in data["results"])

    assert kenmerken("") == ["RB 2025-114", "TZ 2025-3"]
    assert kenmerken("?soort=toezegging") == ["TZ 2025-3"]
    assert kenmerken("?status=open") == ["TZ 2025-3"]
    assert kenmerken("?jaar=2025") == ["RB 2025-114", "TZ 2025-3"]
    assert kenmerken("?jaar=2024") == []
    assert kenmerken(f"?lijn={besluiten['lijn'].slug}") == ["RB 2025-114", "TZ 2025-3"]
    assert kenmerken("?lijn=bestaat-niet") == []
    assert api_client.get("/api/v1/besluiten/?soort=onzin").status_code == 400


def test_public_list_filters(client, besluiten):
    html = client.get("/besluiten/?soort=toezegging").content.decode()
    assert "TZ 2025-3" in html and "RB 2025-114" not in html
    html = client.get(f"/besluiten/?lijn={besluiten['lijn'].slug}&jaar=2025").content.decode()
    assert "TZ 2025-3" in html and "RB 2025-114" in html
    html = client.get("/besluiten/?jaar=2024").content.decode()
    assert "TZ 2025-3" not in html and "RB 2025-114" not in html
