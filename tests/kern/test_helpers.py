"""The kernel's shared helpers: each one behaves as its docstring promises."""

import datetime

import pytest
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.test import RequestFactory

from almelo_programma.kern.formulieren import formulier_status, formulier_verwerken
from almelo_programma.kern.getallen import nl_getal, nl_kort, nl_procent
from almelo_programma.kern.rechten import GEEN_TOEGANG, intern_vereist, toegang_vereist
from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug
from netwerk.models import Partner
from tests.factories import PartnerFactory, UserFactory


def test_dutch_numbers():
    assert nl_getal(4100) == "4.100"
    assert nl_getal(33.333, 1) == "33,3"
    assert nl_getal(1234567.891, 2) == "1.234.567,89"
    assert nl_getal(None) == "onbekend"
    assert nl_kort(7.5) == "7,5" and nl_kort(8) == "8"
    assert nl_procent(30) == "30%" and nl_procent(33.33, 1) == "33,3%" and nl_procent(None) == "–"


@pytest.mark.django_db
def test_unieke_slug_counts_up_and_leaves_the_object_itself_out():
    eerste = PartnerFactory(naam="Woonstede", slug="woonstede")
    assert unieke_slug(Partner, "Woonstede") == "woonstede-2"
    PartnerFactory(naam="Woonstede 2", slug="woonstede-2")
    assert unieke_slug(Partner, "Woonstede") == "woonstede-3"
    assert unieke_slug(Partner, "Woonstede", exclude_pk=eerste.pk) == "woonstede"
    assert unieke_slug(Partner, "!!!") == "item"


@pytest.mark.django_db
def test_model_bijwerken_writes_only_whitelisted_changes():
    partner = PartnerFactory(naam="Oud", website="")
    aantal = partner.history.count()

    _, gewijzigd = model_bijwerken(instance=partner, velden=["naam"], data={"naam": "Oud"})
    assert not gewijzigd and partner.history.count() == aantal  # no change, no history

    _, gewijzigd = model_bijwerken(instance=partner, velden=["naam"], data={"naam": "Nieuw"})
    partner.refresh_from_db()
    assert gewijzigd and partner.naam == "Nieuw" and partner.history.count() == aantal + 1

    with pytest.raises(ValueError, match="website"):
        model_bijwerken(instance=partner, velden=["naam"], data={"website": "https://x.nl"})

    with pytest.raises(ValidationError):  # the model's own rule: lid_sinds only for members
        model_bijwerken(
            instance=partner, velden=["lid_sinds"], data={"lid_sinds": datetime.date(2024, 1, 1)}
        )
    partner.refresh_from_db()
    assert partner.lid_sinds is None


class _NaamForm(forms.Form):
    naam = forms.CharField()


def _request(method="post", data=None):
    rf = RequestFactory()
    request = getattr(rf, method)("/", data or {})
    request._messages = _Berichten()
    return request


class _Berichten(list):
    def add(self, level, message, extra_tags=""):
        self.append(str(message))


def test_formulier_verwerken_redirects_after_the_service_saved():
    request = _request(data={"naam": "x"})
    antwoord = formulier_verwerken(
        request, _NaamForm(request.POST), lambda d: d["naam"], melding="Opgeslagen.", doorsturen="/"
    )
    assert antwoord.status_code == 302 and request._messages == ["Opgeslagen."]


def test_formulier_verwerken_puts_the_services_errors_on_the_form():
    def weigert(data):
        raise ValidationError({"naam": "Deze naam bestaat al."})

    request = _request(data={"naam": "x"})
    form = _NaamForm(request.POST)
    assert formulier_verwerken(request, form, weigert, melding="-", doorsturen="/") is None
    assert form.errors["naam"] == ["Deze naam bestaat al."]
    assert formulier_status(form) == 400 and request._messages == []


def test_formulier_verwerken_leaves_an_unbound_form_alone():
    form = _NaamForm()
    aangeroepen = []
    assert (
        formulier_verwerken(_request("get"), form, aangeroepen.append, melding="-", doorsturen="/")
        is None
    )
    assert aangeroepen == [] and formulier_status(form) == 200


@pytest.mark.django_db
def test_toegang_vereist_login_403_and_never_cache():
    @intern_vereist
    def pagina(request):
        return HttpResponse("ok")

    request = RequestFactory().get("/werkruimte/x/")
    request.user = _anoniem()
    antwoord = pagina(request)
    assert antwoord.status_code == 302 and "/inloggen/?next=/werkruimte/x/" in antwoord["Location"]

    request.user = UserFactory(rol="partner")
    with pytest.raises(PermissionDenied, match=GEEN_TOEGANG):
        pagina(request)

    request.user = UserFactory(rol="bestuurder")
    antwoord = pagina(request)
    assert antwoord.status_code == 200 and "no-cache" in antwoord["Cache-Control"]

    alleen_managers = toegang_vereist(lambda u: u.username == "pm")(pagina)
    with pytest.raises(PermissionDenied):
        alleen_managers(request)


def _anoniem():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
