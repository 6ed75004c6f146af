"""SSO roles per programme: ``claimwaarde=rol`` in every programme, ``rol@slug`` in one."""

import pytest

from almelo_programma.aanmelden.sso import gebruiker_bijwerken_uit_claims
from almelo_programma.kern.rechten import heeft_rol
from doelen.models import Programmarol
from tests.factories import ProgrammaFactory, UserFactory


@pytest.fixture
def twee(db):
    p1 = ProgrammaFactory()
    p2 = ProgrammaFactory(naam="Tweede", slug="tweede", startjaar=2027, eindjaar=2030)
    return p1, p2


def rollen(user):
    return {(r.rol, r.programma.slug) for r in Programmarol.objects.filter(gebruiker=user)}


def test_a_role_with_a_programme_holds_only_there(settings, twee):
    p1, p2 = twee
    settings.OIDC_ROLLEN = {
        "pm": "programmamanager",
        "trekker-2027": "lijntrekker@tweede",
    }
    user = UserFactory(username="sso")
    gebruiker_bijwerken_uit_claims(user, {"roles": ["trekker-2027"]})
    assert rollen(user) == {("lijntrekker", "tweede")}
    assert heeft_rol(user, "lijntrekker", programma=p2)
    assert not heeft_rol(user, "lijntrekker", programma=p1)
    assert not user.is_staff
    assert set(user.groups.values_list("name", flat=True)) == {"lijntrekker"}


def test_the_claim_replaces_the_roles_on_every_login(settings, twee):
    settings.OIDC_ROLLEN = {"pm": "programmamanager", "trekker-2027": "lijntrekker@tweede"}
    user = UserFactory(username="sso")
    gebruiker_bijwerken_uit_claims(user, {"roles": ["pm", "trekker-2027"]})
    assert rollen(user) == {
        ("programmamanager", "stedelijke-ontwikkeling"),
        ("programmamanager", "tweede"),
        ("lijntrekker", "tweede"),
    }
    assert user.is_staff
    gebruiker_bijwerken_uit_claims(user, {"roles": ["trekker-2027"]})
    assert rollen(user) == {("lijntrekker", "tweede")}
    assert not user.is_staff
    assert set(user.groups.values_list("name", flat=True)) == {"lijntrekker"}
    gebruiker_bijwerken_uit_claims(user, {"roles": []})
    assert rollen(user) == set()
    assert not user.groups.exists()
