"""The successor programme (evaluatie.opvolging.programma_voortzetten): it copies exactly what
was chosen, links every copy to its original, validates fully with Dutch messages and writes
nothing on bad input, and leaves the old programme and its history untouched."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Max

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import met_laatste_status
from activiteiten.services import statusupdate_create
from doelen.models import Doel, Effectindicator, Meting, Programma, Programmarol
from doelen.services import meting_create
from evaluatie.opvolging import Keuzes, Meetkader, indicatorveld, programma_voortzetten
from tests.factories import UserFactory
from woondeals.models import Deelspoor, DeelspoorUpdate, Woondeal
from woondeals.services import deelspoorupdate_create

pytestmark = pytest.mark.django_db

GEGEVENS = {
    "naam": "Programma Stedelijke Ontwikkeling 2027–2030",
    "slug": "stedelijke-ontwikkeling-2027-2030",
    "startjaar": 2027,
    "eindjaar": 2030,
    "missie": "Almelo bouwt door.",
}


def _indicator(nummer, programma=None):
    programma = programma or Programma.objects.get(slug="stedelijke-ontwikkeling")
    return Effectindicator.objects.get(nummer=nummer, doel__programma=programma)


@pytest.fixture
def gegevens(programma):
    """The plan plus: finished, stopped, running and carried-forward activities, a line lead,
    a measurement and a sub-track update."""
    acts = list(Activiteit.objects.filter(lijn__doel__programma=programma).order_by("slug")[:5])
    pm = UserFactory(rol="programmamanager", rol__programmas=[programma])
    statusupdate_create(activiteit=acts[0], status=Status.AFGEROND, voortgang=100, door=pm)
    statusupdate_create(
        activiteit=acts[1], status=Status.GESTOPT, voortgang=40, toelichting="Gestopt.", door=pm
    )
    statusupdate_create(activiteit=acts[2], status=Status.OP_SCHEMA, voortgang=50, door=pm)
    Activiteit.objects.create(
        lijn=acts[3].lijn, jaar=2024, titel="Vervolg", slug="vervolg-2024", vorige=acts[3]
    )
    Activiteitenlijn.objects.filter(pk=acts[0].lijn_id).update(trekker=pm)
    meting_create(
        indicator=_indicator(3, programma), datum=datetime.date(2026, 6, 1), waarde=Decimal(2600)
    )
    spoor = Deelspoor.objects.filter(woondeal__lijn__doel__programma=programma).first()
    deelspoorupdate_create(deelspoor=spoor, status=Status.OP_SCHEMA, voortgang=30, door=pm)
    return programma


def _voortzetten(vorig, keuzes, door=None, **anders):
    return programma_voortzetten(vorig=vorig, keuzes=keuzes, door=door, **{**GEGEVENS, **anders})


def _alles(indicatoren=(3, 9)):
    kaders = {}
    for nummer in indicatoren:
        ind = _indicator(nummer)
        kaders[ind.pk] = (
            Meetkader(
                basiswaarde=Decimal("2600"),
                basisjaar=2026,
                streefwaarde=Decimal("3500"),
                streefjaar=2030,
            )
            if ind.is_kwantitatief
            else Meetkader()
        )
    return Keuzes(doelen=True, indicatoren=kaders, lijnen=True, activiteiten=True, woondeal=True)


def _afgesloten_en_open(programma):
    acts = list(met_laatste_status(Activiteit.objects.filter(lijn__doel__programma=programma)))
    afgesloten = [a for a in acts if a.laatste_status in (Status.AFGEROND, Status.GESTOPT)]
    open_ = [
        a
        for a in acts
        if a.laatste_status not in (Status.AFGEROND, Status.GESTOPT) and not a.vervolgen.exists()
    ]
    return afgesloten, open_


def test_everything_chosen_is_copied_and_linked_to_its_original(gegevens):
    pm = UserFactory(rol="programmamanager")
    afgesloten, open_ = _afgesloten_en_open(gegevens)
    assert afgesloten and open_
    nieuw = _voortzetten(gegevens, _alles(), door=pm)

    assert (nieuw.voorganger, nieuw.periode, nieuw.is_demo) == (gegevens, "2027–2030", False)
    doelen = Doel.objects.filter(programma=nieuw)
    assert sorted(d.code for d in doelen) == ["A", "B", "C"]
    assert all(d.voorganger.programma == gegevens and d.voorganger.code == d.code for d in doelen)

    # only the two chosen indicators, with the new figures; the series stays with the old one
    nieuwe = Effectindicator.objects.filter(doel__programma=nieuw)
    assert sorted(i.nummer for i in nieuwe) == [3, 9]
    drie = nieuwe.get(nummer=3)
    assert drie.voorganger == _indicator(3)
    assert (drie.basiswaarde, drie.basisjaar, drie.streefwaarde, drie.streefjaar) == (
        Decimal("2600"), 2026, Decimal("3500"), 2030,
    )  # fmt: skip
    assert drie.doel.programma == nieuw and drie.slug != drie.voorganger.slug
    assert not Meting.objects.filter(indicator__in=nieuwe).exists()
    assert drie.voorganger.metingen.exists()
    assert nieuwe.get(nummer=9).streefwaarde is None

    oude_lijnen = Activiteitenlijn.objects.filter(doel__programma=gegevens)
    lijnen = Activiteitenlijn.objects.filter(doel__programma=nieuw)
    assert sorted(lijn.code for lijn in lijnen) == sorted(lijn.code for lijn in oude_lijnen)
    for lijn in lijnen:
        assert lijn.voorganger.code == lijn.code
        assert lijn.trekker_id == lijn.voorganger.trekker_id
        assert lijn.doel.programma == nieuw

    # unfinished activities in the first year, linked; finished ones not
    kopieen = Activiteit.objects.filter(lijn__doel__programma=nieuw)
    assert sorted(a.vorige_id for a in kopieen) == sorted(a.pk for a in open_)
    assert {a.jaar for a in kopieen} == {2027}
    assert all(a.lijn.voorganger_id == a.vorige.lijn_id for a in kopieen)
    assert not Activiteit.objects.filter(vorige__in=afgesloten, lijn__doel__programma=nieuw)
    assert not Statusupdate.objects.filter(activiteit__in=kopieen).exists()

    woondeal = Woondeal.objects.get(lijn__doel__programma=nieuw)
    oud = Woondeal.objects.get(lijn__doel__programma=gegevens)
    assert (woondeal.voorganger, woondeal.gemeente, woondeal.regio) == (
        oud, oud.gemeente, oud.regio,
    )  # fmt: skip
    assert woondeal.lijn.voorganger == oud.lijn
    sporen = Deelspoor.objects.filter(woondeal=woondeal)
    assert sorted((s.nummer, s.voorganger_id) for s in sporen) == sorted(
        (s.nummer, s.pk) for s in oud.deelsporen.all()
    )
    assert not DeelspoorUpdate.objects.filter(deelspoor__in=sporen).exists()

    # roles not chosen: only the one who started it, as programme manager
    assert list(Programmarol.objects.filter(programma=nieuw).values_list("gebruiker", "rol")) == [
        (pm.pk, "programmamanager")
    ]


def test_nothing_unchosen_is_copied(gegevens):
    nieuw = _voortzetten(gegevens, Keuzes(doelen=True))
    assert Doel.objects.filter(programma=nieuw).count() == 3
    assert not Effectindicator.objects.filter(doel__programma=nieuw).exists()
    assert not Activiteitenlijn.objects.filter(doel__programma=nieuw).exists()
    assert not Activiteit.objects.filter(lijn__doel__programma=nieuw).exists()
    assert not Woondeal.objects.filter(lijn__doel__programma=nieuw).exists()
    assert not Programmarol.objects.filter(programma=nieuw).exists()


def test_lines_without_activities_or_woondeal(gegevens):
    nieuw = _voortzetten(gegevens, Keuzes(doelen=True, lijnen=True))
    assert Activiteitenlijn.objects.filter(doel__programma=nieuw).count() == (
        Activiteitenlijn.objects.filter(doel__programma=gegevens).count()
    )
    assert not Activiteit.objects.filter(lijn__doel__programma=nieuw).exists()
    assert not Woondeal.objects.filter(lijn__doel__programma=nieuw).exists()


def test_roles_carry_over_when_chosen(programma):
    trekker = UserFactory(rol="lijntrekker", rol__programmas=[programma])
    wethouder = UserFactory(rol="bestuurder", rol__programmas=[programma])
    nieuw = _voortzetten(programma, Keuzes(rollen=True))
    assert set(Programmarol.objects.filter(programma=nieuw).values_list("gebruiker", "rol")) == {
        (trekker.pk, "lijntrekker"),
        (wethouder.pk, "bestuurder"),
    }


def _geschiedenis(programma) -> dict:
    """Count and latest change of the history of every row of ``programma``, and its
    measurements and updates."""
    modellen = {
        "doelen": (Doel, "programma"),
        "indicatoren": (Effectindicator, "doel__programma"),
        "lijnen": (Activiteitenlijn, "doel__programma"),
        "activiteiten": (Activiteit, "lijn__doel__programma"),
        "woondeals": (Woondeal, "lijn__doel__programma"),
        "deelsporen": (Deelspoor, "woondeal__lijn__doel__programma"),
        "metingen": (Meting, "indicator__doel__programma"),
        "statusupdates": (Statusupdate, "activiteit__lijn__doel__programma"),
    }
    stand = {"programma": list(Programma.history.filter(id=programma.pk).values_list())}
    for naam, (model, pad) in modellen.items():
        ids = model.objects.filter(**{pad: programma}).values_list("pk", flat=True)
        records = model.history.filter(id__in=list(ids))
        stand[naam] = (len(ids), records.count(), records.aggregate(m=Max("history_date"))["m"])
        stand[f"{naam}-rijen"] = sorted(model.objects.filter(**{pad: programma}).values_list())
    return stand


def test_the_old_programme_and_its_history_are_untouched(gegevens):
    voor = _geschiedenis(gegevens)
    assert voor["activiteiten"][0] and voor["metingen"][0] and voor["deelsporen"][0]
    assert voor["statusupdates"][0] and voor["lijnen"][0]
    _voortzetten(gegevens, _alles(), door=UserFactory(rol="programmamanager"))
    assert _geschiedenis(gegevens) == voor


def test_an_archived_programme_can_be_continued(programma):
    from django.utils import timezone

    Programma.objects.filter(pk=programma.pk).update(gearchiveerd_op=timezone.now())
    programma.refresh_from_db()
    nieuw = _voortzetten(programma, Keuzes(doelen=True, lijnen=True))
    assert nieuw.voorganger == programma and not nieuw.is_gearchiveerd


def _aantallen():
    return [
        m.objects.count()
        for m in (Programma, Doel, Effectindicator, Activiteitenlijn, Activiteit, Woondeal,
                  Deelspoor, Programmarol)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("anders", "veld", "tekst"),
    [
        ({"slug": "stedelijke-ontwikkeling"}, "slug", "al in gebruik"),
        ({"slug": "api"}, "slug", "vast deel van de adressen"),
        ({"slug": "Geen Slug!"}, "slug", ""),
        ({"naam": "  "}, "naam", "Geef het programma een naam"),
        ({"missie": ""}, "missie", "Geef de missie"),
        ({"startjaar": 2026}, "startjaar", "na 2026"),
        ({"startjaar": 2024, "eindjaar": 2025}, "startjaar", "na 2026"),
        ({"eindjaar": 2028, "startjaar": 2029}, "eindjaar", "niet voor het startjaar"),
    ],
)
def test_bad_programme_data_is_refused_in_dutch_and_nothing_is_written(
    gegevens, anders, veld, tekst
):
    pm = UserFactory(rol="programmamanager")
    voor = _aantallen()
    with pytest.raises(ValidationError) as exc:
        _voortzetten(gegevens, _alles(), door=pm, **anders)
    assert tekst in " ".join(exc.value.message_dict[veld])
    assert _aantallen() == voor


def test_a_quantitative_indicator_needs_a_new_target(gegevens):
    drie = _indicator(3)
    keuzes = _alles()
    keuzes.indicatoren[drie.pk] = Meetkader(basiswaarde=Decimal("2600"))
    voor = _aantallen()
    with pytest.raises(ValidationError) as exc:
        _voortzetten(gegevens, keuzes)
    fouten = exc.value.message_dict
    assert fouten[indicatorveld(drie.pk, "streefwaarde")] == [
        "Geef de nieuwe streefwaarde van indicator 3."
    ]
    assert fouten[indicatorveld(drie.pk, "streefjaar")] == ["Geef het streefjaar van indicator 3."]
    assert fouten[indicatorveld(drie.pk, "basisjaar")] == [
        "Geef het jaar van de basiswaarde van indicator 3."
    ]
    assert _aantallen() == voor


def test_dependencies_between_choices(gegevens):
    keuzes = Keuzes(doelen=False, indicatoren=_alles().indicatoren, lijnen=True, woondeal=True)
    keuzes.activiteiten = True
    with pytest.raises(ValidationError) as exc:
        _voortzetten(gegevens, keuzes)
    assert set(exc.value.message_dict) == {"indicatoren", "lijnen"}
    with pytest.raises(ValidationError) as exc:
        _voortzetten(gegevens, Keuzes(doelen=True, activiteiten=True, woondeal=True))
    assert set(exc.value.message_dict) == {"activiteiten", "woondeal"}
    assert "neem ook de lijnen over" in exc.value.message_dict["woondeal"][0]


def test_an_indicator_of_another_programme_is_refused(gegevens):
    ander = Programma.objects.create(
        naam="Leefbare wijken", slug="leefbare-wijken", missie="M", startjaar=2023, eindjaar=2026
    )
    doel = Doel.objects.create(programma=ander, code="A", slug="lw-a", titel="T", omschrijving="O")
    vreemd = Effectindicator.objects.create(
        doel=doel, nummer=1, slug="lw-1", tekst="Vreemd", soort="kwalitatief"
    )
    with pytest.raises(ValidationError) as exc:
        _voortzetten(gegevens, Keuzes(doelen=True, indicatoren={vreemd.pk: Meetkader()}))
    assert "hoort niet bij dit programma" in exc.value.message_dict["indicatoren"][0]


def test_the_new_years_get_their_reporting_periods(gegevens):
    from activiteiten.models import Rapportageperiode

    assert not Rapportageperiode.objects.filter(jaar__gte=2027).exists()
    nieuw = _voortzetten(gegevens, Keuzes(doelen=True))
    assert sorted(
        Rapportageperiode.objects.filter(jaar__gte=2027).values_list("jaar", "nummer")
    ) == [(jaar, nummer) for jaar in nieuw.jaren for nummer in (1, 2, 3)]
