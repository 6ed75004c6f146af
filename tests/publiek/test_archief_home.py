"""An archived programme's home is its record: no municipal housing figures or coming events
of today beside it (they belong to the running programmes)."""

import pytest
from django.utils import timezone

from doelen.models import Programma
from tests.factories import ProgrammaFactory


@pytest.mark.django_db
def test_the_home_of_an_archived_programme_leaves_out_todays_municipal_figures(client, programma):
    ProgrammaFactory(naam="Binnenstad", slug="binnenstad", startjaar=2019, eindjaar=2022)
    Programma.objects.filter(slug="binnenstad").update(gearchiveerd_op=timezone.now())
    lopend = client.get("/").content.decode()
    assert 'id="woningbouw-kop"' in lopend and 'id="agenda-kop"' in lopend
    archief = client.get("/binnenstad/").content.decode()
    assert "alleen nog te lezen" in archief
    assert 'id="woningbouw-kop"' not in archief and 'href="#woningbouw-kop"' not in archief
    assert 'id="agenda-kop"' not in archief and 'href="#agenda-kop"' not in archief
    assert 'id="updates-kop"' in archief
