"""The admin of an archived programme: its rows are shown read-only (a change or delete is
refused), a new row under it is refused by the form, and only a superuser undoes the archiving
by emptying "gearchiveerd op"."""

import pytest
from django.contrib import admin
from django.urls import reverse

from activiteiten.models import Activiteit
from almelo_programma.kern.admin import ArchiefAdminMixin
from almelo_programma.kern.programmas import GEARCHIVEERD
from doelen.models import Meting, Programma
from evaluatie import archief
from tests.archief.conftest import vingerafdruk
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _hoort_bij_programma(model) -> bool:
    return model in archief.bewaakte_modellen()


def test_every_admin_of_programme_rows_is_guarded():
    """A model with PROGRAMMA_PAD registered (or shown inline) without the mixin fails here."""
    onbewaakt = []
    for model, model_admin in admin.site._registry.items():
        if _hoort_bij_programma(model) and not isinstance(model_admin, ArchiefAdminMixin):
            onbewaakt.append(type(model_admin).__name__)
        for inline in model_admin.inlines:
            if _hoort_bij_programma(inline.model) and not issubclass(inline, ArchiefAdminMixin):
                onbewaakt.append(inline.__name__)
    assert onbewaakt == []
    assert any(_hoort_bij_programma(m) for m in admin.site._registry)


@pytest.fixture
def beheerder(gearchiveerd):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


def _url(obj, actie="change"):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{actie}", args=[obj.pk])


def test_an_activity_of_an_archived_programme_is_read_only(gearchiveerd, beheerder):
    c = gearchiveerd.client(beheerder)
    act = gearchiveerd.activiteit
    pagina = c.get(_url(act))
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert 'name="_save"' not in html and 'name="titel"' not in html  # shown, not editable
    voor = vingerafdruk()
    r = c.post(_url(act), {"titel": "Gewijzigd in het beheer", "jaar": 2026})
    assert r.status_code == 403
    assert c.post(_url(act, "delete"), {"post": "yes"}).status_code == 403
    r = c.post(
        reverse("admin:activiteiten_activiteit_changelist"),
        {"action": "delete_selected", "_selected_action": [act.pk], "post": "yes"},
    )
    # Django's own refusal: the confirmation page lists what the user may not delete
    assert r.status_code == 200 and "geen rechten" in r.content.decode()
    assert vingerafdruk() == voor
    assert Activiteit.objects.get(pk=act.pk).titel == "MARKER-ARCHIEF"


def test_a_measurement_under_an_archived_programme_is_refused_by_the_form(gearchiveerd, beheerder):
    c = gearchiveerd.client(beheerder)
    voor = vingerafdruk()
    r = c.post(
        reverse("admin:doelen_meting_add"),
        {"indicator": gearchiveerd.indicator.pk, "datum": "2026-11-01", "waarde": "3000"},
    )
    assert r.status_code == 200  # the form again, with the reason
    assert GEARCHIVEERD in r.content.decode()
    assert vingerafdruk() == voor
    meting = Meting.objects.filter(indicator=gearchiveerd.indicator).first()
    assert c.post(_url(meting), {"datum": "2026-06-01", "waarde": "1"}).status_code == 403
    # the indicator's page: its measurements inline, no row to add
    html = c.get(_url(gearchiveerd.indicator)).content.decode()
    assert "metingen-TOTAL_FORMS" not in html or 'name="_save"' not in html
    assert vingerafdruk() == voor


def test_rows_of_the_current_programme_stay_editable(gearchiveerd, beheerder):
    c = gearchiveerd.client(beheerder)
    from doelen.models import Doel

    doel = Doel.objects.create(
        programma=gearchiveerd.opvolger, code="B", slug="opv-b", titel="MARKER-P2", omschrijving="."
    )
    html = c.get(_url(doel)).content.decode()
    assert 'name="_save"' in html and 'name="titel"' in html


def test_only_a_superuser_undoes_archiving_in_the_admin(gearchiveerd, beheerder):
    p = gearchiveerd.programma
    pm = gearchiveerd.pm
    pm.is_staff = True
    pm.save()
    assert gearchiveerd.client(pm).post(_url(p), {"naam": "X"}).status_code == 403
    c = gearchiveerd.client(beheerder)
    html = c.get(_url(p)).content.decode()
    assert 'name="gearchiveerd_op_0"' in html and 'name="naam"' not in html
    r = c.post(_url(p), {"gearchiveerd_op_0": "", "gearchiveerd_op_1": "", "naam": "Hernoemd"})
    assert r.status_code == 302, r.content.decode()[-2000:]
    p = Programma.objects.get(pk=p.pk)
    assert not p.is_gearchiveerd
    assert p.naam == gearchiveerd.programma.naam  # only "gearchiveerd op" could change
    # and now the programme's rows are editable again
    assert 'name="_save"' in c.get(_url(gearchiveerd.activiteit)).content.decode()
