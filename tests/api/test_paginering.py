import pytest

pytestmark = pytest.mark.django_db


def test_api_lists_page_with_a_size_parameter_capped_at_200(demo, client):
    standaard = client.get("/api/v1/activiteiten/").json()
    assert len(standaard["results"]) == min(50, standaard["count"])
    klein = client.get("/api/v1/activiteiten/", {"per_pagina": 5}).json()
    assert len(klein["results"]) == 5 and "per_pagina=5" in klein["next"]
    groot = client.get("/api/v1/activiteiten/", {"per_pagina": 10000}).json()
    assert len(groot["results"]) == min(200, groot["count"])


@pytest.mark.parametrize("pagina", ["", "last", "abc", "0", "-1", "1.5"])
@pytest.mark.parametrize(
    "lijst", ["/api/v1/besluiten/", "/api/v1/doelen/", "/api/v1/activiteiten/"]
)
def test_a_page_that_is_not_a_whole_number_from_1_is_not_found(programma, client, lijst, pagina):
    """The schema says ``page`` is a whole number from 1; an empty or other value is no page
    (DRF would read an empty one as page 1 and "last" as the last page)."""
    antwoord = client.get(lijst, {"page": pagina})
    assert antwoord.status_code == 404, antwoord.content
    assert antwoord.json() == {"detail": "Ongeldige pagina."}
    assert client.get(lijst, {"page": "1"}).status_code == 200
