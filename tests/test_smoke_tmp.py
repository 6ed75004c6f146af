import pytest
from django.http import HttpRequest

from doelen.models import Programma


@pytest.mark.django_db
def test_prefix(client, demo):
    Programma.objects.create(
        naam="Tweede", slug="tweede", missie="m", startjaar=2027, eindjaar=2030, is_demo=True
    )
    for url in [
        "/",
        "/stedelijke-ontwikkeling/",
        "/tweede/",
        "/programmas/",
        "/stedelijke-ontwikkeling/doelen/a-wonen/",
        "/bestaatniet/",
    ]:
        r = client.get(url)
        print(url, r.status_code)
    assert client.login(
        request=HttpRequest(), username="programmamanager", password="demo-almelo-2026"
    )
    for url in [
        "/dashboard/",
        "/stedelijke-ontwikkeling/dashboard/",
        "/tweede/dashboard/",
        "/werkruimte/",
        "/tweede/werkruimte/",
    ]:
        r = client.get(url)
        print(url, r.status_code, r.content.decode()[:0])
    r = client.get("/tweede/")
    html = r.content.decode()
    import re

    print(sorted(set(re.findall(r'href="(/[^"]*)"', html)))[:30])
