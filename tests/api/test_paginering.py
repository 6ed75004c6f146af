import pytest

pytestmark = pytest.mark.django_db


def test_api_lists_page_with_a_size_parameter_capped_at_200(demo, client):
    standaard = client.get("/api/v1/activiteiten/").json()
    assert len(standaard["results"]) == min(50, standaard["count"])
    klein = client.get("/api/v1/activiteiten/", {"per_pagina": 5}).json()
    assert len(klein["results"]) == 5 and "per_pagina=5" in klein["next"]
    groot = client.get("/api/v1/activiteiten/", {"per_pagina": 10000}).json()
    assert len(groot["results"]) == min(200, groot["count"])
