"""Every text the loader stores as the plan's is the plan's, word for word.

The plan is compared as ``tests/fixtures/programmaplan-stedelijke-ontwikkeling.txt``, a copy of
``../shared/programma/programmaplan-stedelijke-ontwikkeling.txt`` kept in the repository so the
test runs without the shared folder; when the shared folder is beside the checkout, the copy must
equal it. Both sides are normalised the same way: whitespace collapsed, and the PDF's line-end
hyphenation ("gebieds-\\nontwikkeling") joined. Texts the programme team chose (a
``<veld>_herkomst`` other than "programmaplan") are not plan text and are skipped, but must then
have the plan's sentence beside them (activities) or be marked on the page.
"""

import re
from pathlib import Path

import pytest

from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.herkomst import Herkomst
from doelen.models import Doel, Effectindicator
from netwerk.models import Bijeenkomst, Lobbydossier
from woondeals.models import Deelspoor, Woondeal

pytestmark = pytest.mark.django_db

NAAM = "programmaplan-stedelijke-ontwikkeling.txt"
KOPIE = Path(__file__).resolve().parent.parent / "fixtures" / NAAM
GEDEELD = Path(__file__).resolve().parents[3] / "shared" / "programma" / NAAM


def normaal(tekst: str) -> str:
    """Whitespace collapsed; a hyphen before whitespace and a lower-case letter joined, so the
    PDF's "professionaliserings-\\n\\nslag" and the stored "professionaliseringsslag" meet."""
    tekst = re.sub(r"\s+", " ", tekst).strip()
    return re.sub(r"(?<=[a-zà-ÿ])- (?=[a-zà-ÿ])", "", tekst)


@pytest.fixture(scope="module")
def plan() -> str:
    return normaal(KOPIE.read_text(encoding="utf-8"))


def test_the_copy_is_the_shared_plan():
    if not GEDEELD.exists():
        pytest.skip(f"{GEDEELD} is er niet (de kopie in tests/fixtures/ wordt gebruikt)")
    assert KOPIE.read_bytes() == GEDEELD.read_bytes(), (
        f"{KOPIE} wijkt af van {GEDEELD}: kopieer het plan opnieuw"
    )


def plan_teksten():
    """(label, text) for every text the loader stored as the plan's."""
    from doelen.models import Programma

    yield "missie", Programma.objects.get().missie
    for doel in Doel.objects.all():
        yield f"doel {doel.code} omschrijving", doel.omschrijving
        if doel.titel_herkomst == Herkomst.PROGRAMMAPLAN:
            yield f"doel {doel.code} titel", doel.titel
    for ind in Effectindicator.objects.all():
        yield f"indicator {ind.nummer}", ind.tekst
        if ind.toelichting and ind.toelichting_herkomst == Herkomst.PROGRAMMAPLAN:
            yield f"indicator {ind.nummer} toelichting", ind.toelichting
    for lijn in Activiteitenlijn.objects.all():
        yield f"lijn {lijn.code} naam", lijn.naam
        for n, alinea in enumerate(lijn.omschrijving.split("\n\n"), start=1):
            yield f"lijn {lijn.code} alinea {n}", alinea
    for act in Activiteit.objects.filter(is_demo=False):
        yield f"activiteit {act.slug} plantekst", act.plantekst
        if act.titel_herkomst == Herkomst.PROGRAMMAPLAN:
            yield f"activiteit {act.slug} titel", act.titel
    for woondeal in Woondeal.objects.all():
        yield "woondeal toelichting", woondeal.toelichting
        if woondeal.regio_herkomst == Herkomst.PROGRAMMAPLAN:
            yield "woondeal regio", woondeal.regio
    for spoor in Deelspoor.objects.all():
        yield f"deelspoor {spoor.nummer}", spoor.naam
    for dossier in Lobbydossier.objects.all():
        yield f"lobbydossier {dossier.slug}", dossier.titel
        yield f"lobbydossier {dossier.slug} inzet", dossier.inzet
        if dossier.doelwitten_herkomst == Herkomst.PROGRAMMAPLAN:
            yield f"lobbydossier {dossier.slug} doelwitten", dossier.doelwitten
    for bijeenkomst in Bijeenkomst.objects.filter(is_demo=False):
        yield f"bijeenkomst {bijeenkomst.slug} plantekst", bijeenkomst.plantekst
        if bijeenkomst.titel_herkomst == Herkomst.PROGRAMMAPLAN:
            yield f"bijeenkomst {bijeenkomst.slug} titel", bijeenkomst.titel


def test_every_plan_text_stands_in_the_plan(programma, plan):
    teksten = list(plan_teksten())
    assert len(teksten) > 40
    niet_gevonden = [
        (label, tekst) for label, tekst in teksten if not tekst or normaal(tekst) not in plan
    ]
    assert niet_gevonden == []


def test_the_ten_indicators_are_the_plans_bullets_whole(programma, plan):
    """Whole items, so a dropped or added trailing ";" or "." fails (indicators 3 and 9)."""
    blok = plan[plan.index("• In 2026 zijn er duidelijkere") : plan.index(" Ongedeelde regio")]
    bullets = [normaal(b) for b in blok.split("•") if b.strip()]
    assert len(bullets) == 10
    opgeslagen = [normaal(t) for t in Effectindicator.objects.values_list("tekst", flat=True)]
    assert sorted(opgeslagen) == sorted(bullets)


def test_goal_b_keeps_its_two_bullets(programma):
    assert Doel.objects.get(code="B").omschrijving.splitlines() == [
        "• Het realiseren van een steviger netwerk en positie binnen het ruimtelijk domein",
        "• Het bouwen aan een stad met een duidelijker en meer onderscheidend profiel.",
    ]


def test_choices_the_plan_does_not_make_are_the_programme_teams(programma):
    assert Doel.objects.get(code="A").titel_herkomst == Herkomst.PROGRAMMATEAM
    drie = Effectindicator.objects.get(nummer=3)
    assert drie.streefwaarde_herkomst == Herkomst.PROGRAMMAPLAN
    assert drie.meetkader_herkomst == Herkomst.PROGRAMMATEAM
    toelichtingen = Effectindicator.objects.exclude(toelichting="")
    assert sorted(toelichtingen.values_list("nummer", flat=True)) == [1, 5, 9]
    assert {i.toelichting_herkomst for i in toelichtingen} == {Herkomst.PROGRAMMATEAM}
    assert "Nationale Woon- en Bouwagenda" in Effectindicator.objects.get(nummer=1).toelichting_bron
    woondeal = Woondeal.objects.get()
    assert woondeal.regio_herkomst == woondeal.normen_herkomst == Herkomst.PROGRAMMATEAM
    assert "30 procent sociale huurwoningen" in woondeal.normen_bron
    # short event titles and the lobby's targets are the team's summaries of a plan sentence
    assert set(Bijeenkomst.objects.values_list("titel_herkomst", flat=True)) == {
        Herkomst.PROGRAMMATEAM
    }
    assert Lobbydossier.objects.get().doelwitten_herkomst == Herkomst.PROGRAMMATEAM


def test_activity_titles_and_years_not_in_the_plan_are_marked(programma, plan):
    herkomst = {
        a.slug: (a.titel_herkomst, a.jaar_herkomst)
        for a in Activiteit.objects.filter(is_demo=False)
    }
    plan_, team = Herkomst.PROGRAMMAPLAN, Herkomst.PROGRAMMATEAM
    assert herkomst == {
        "2023-a2-ruimtelijke-visie-lokale-bedrijventerreinen": (plan_, plan_),
        "2023-a2-reguliere-ruimtelijke-overleggen-provincie": (plan_, plan_),
        "2023-b1-stadscafe": (team, team),
        "2023-b1-architectuurprijs": (team, team),
        "2023-b1-ontwerpwedstrijd": (team, team),
        "2023-b2-deelname-provada": (team, team),
        "2023-b3-platform-stedelijke-ontwikkeling-almelo": (team, plan_),
        "2023-c1-almelose-aanpak-gebiedsontwikkeling": (team, team),
    }
    # a year the plan gives stands in the activity's plan sentence
    for act in Activiteit.objects.filter(is_demo=False, jaar_herkomst=plan_):
        assert str(act.jaar) in act.plantekst
