"""Partner survey: personal links are single use and expire; a bad, used or expired link gets a
clear Dutch message and stores nothing; closing turns the results into a measurement of effect
indicator 9 with the right average and response count."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from doelen.models import Meting
from netwerk import services
from netwerk.models import Enquetereactie, Uitnodiging

pytestmark = pytest.mark.django_db

ANTWOORDEN = {
    "score_samenwerking": "4",
    "score_duidelijkheid": "3",
    "score_bereikbaarheid": "5",
    "score_betrokkenheid": "4",
    "opmerking": "Prettige samenwerking.",
}


@pytest.fixture
def link(netwerk_basis):
    [nieuw] = services.uitnodigingen_create(
        enquete=netwerk_basis["enquete"], partners=[netwerk_basis["partner"]]
    )
    return nieuw


def test_a_link_is_single_use(client, link):
    url = f"/enquete/{link.token}/"
    form = client.get(url)
    assert form.status_code == 200
    assert "Hoe beoordeelt u de samenwerking met de gemeente Almelo?" in form.content.decode()
    response = client.post(url, ANTWOORDEN)
    assert "Bedankt voor uw antwoorden" in response.content.decode()
    assert Enquetereactie.objects.count() == 1
    link.uitnodiging.refresh_from_db()
    assert link.uitnodiging.gebruikt_op is not None

    again = client.post(url, {**ANTWOORDEN, "opmerking": "Tweede keer"})
    assert again.status_code == 410
    assert "Via deze link is de enquête al ingevuld" in again.content.decode()
    assert Enquetereactie.objects.count() == 1
    assert client.get(url).status_code == 410


def test_only_the_hash_of_the_token_is_stored(link):
    assert link.token not in link.uitnodiging.token_hash
    assert Uitnodiging.objects.filter(token_hash=services.token_hash(link.token)).exists()
    assert not Uitnodiging.objects.filter(token_hash=link.token).exists()


def test_an_expired_link_stores_nothing(client, link):
    Uitnodiging.objects.update(verloopt_op=timezone.now() - datetime.timedelta(minutes=1))
    response = client.post(f"/enquete/{link.token}/", ANTWOORDEN)
    assert response.status_code == 410
    assert "Deze link is verlopen op" in response.content.decode()
    assert not Enquetereactie.objects.exists()
    link.uitnodiging.refresh_from_db()
    assert link.uitnodiging.gebruikt_op is None


def test_a_bad_token_stores_nothing(client, link):
    response = client.post(f"/enquete/{link.token[:-2]}xx/", ANTWOORDEN)
    assert response.status_code == 404
    assert "Deze link is niet geldig" in response.content.decode()
    assert "Er is niets opgeslagen" in response.content.decode()
    assert not Enquetereactie.objects.exists()


def test_a_closed_survey_takes_no_answers(client, link, netwerk_basis):
    services.enquete_sluiten(enquete=netwerk_basis["enquete"])
    response = client.post(f"/enquete/{link.token}/", ANTWOORDEN)
    assert response.status_code == 410
    assert "Deze enquête is gesloten" in response.content.decode()
    assert not Enquetereactie.objects.exists()


def test_missing_answers_get_an_error_per_question_and_keep_the_link(client, link):
    response = client.post(
        f"/enquete/{link.token}/", {"score_samenwerking": "4", "score_duidelijkheid": "9"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Kies een score van 1 tot 5.") == 3
    assert not Enquetereactie.objects.exists()
    link.uitnodiging.refresh_from_db()
    assert link.uitnodiging.gebruikt_op is None


def test_the_response_is_not_linked_to_the_invitation(client, link):
    client.post(f"/enquete/{link.token}/", ANTWOORDEN)
    reactie = Enquetereactie.objects.get()
    veldnamen = {f.name for f in Enquetereactie._meta.get_fields()}
    assert not veldnamen & {"uitnodiging", "partner", "contactpersoon", "aangemaakt_op"}
    assert isinstance(reactie.pk, type(reactie.id))


def test_links_per_contact_person(netwerk_basis):
    services.contactpersoon_create(partner=netwerk_basis["partner"], naam="Tweede Persoon")
    links = services.uitnodigingen_create(
        enquete=netwerk_basis["enquete"],
        partners=[netwerk_basis["partner"]],
        per_contactpersoon=True,
    )
    assert len(links) == 2
    assert {link.uitnodiging.contactpersoon.naam for link in links} == {
        "Jantje Geheim",
        "Tweede Persoon",
    }
    assert len({link.token for link in links}) == 2


def test_links_that_would_expire_in_the_past_are_refused(netwerk_basis):
    with pytest.raises(ValidationError) as exc:
        services.uitnodigingen_create(
            enquete=netwerk_basis["enquete"],
            partners=[netwerk_basis["partner"]],
            verloopt_op=timezone.now() - datetime.timedelta(days=1),
        )
    assert "verleden" in exc.value.message_dict["verloopt_op"][0]
    assert not Uitnodiging.objects.exists()


def _beantwoord(enquete, partner, scores_per_reactie):
    for scores in scores_per_reactie:
        [link] = services.uitnodigingen_create(enquete=enquete, partners=[partner])
        services.enquete_beantwoorden(
            token=link.token,
            scores=dict(
                zip(
                    [
                        "score_samenwerking",
                        "score_duidelijkheid",
                        "score_bereikbaarheid",
                        "score_betrokkenheid",
                    ],
                    scores,
                    strict=True,
                )
            ),
        )


def test_closing_makes_the_measurement_with_average_and_count(netwerk_basis, als):
    enquete = netwerk_basis["enquete"]
    # 16 + 12 + 20 + 8 = 56 points over 16 answers → 3.50
    _beantwoord(
        enquete, netwerk_basis["partner"], [(4, 4, 4, 4), (3, 3, 3, 3), (5, 5, 5, 5), (2, 2, 2, 2)]
    )
    client = als("programmamanager")
    detail = client.get(f"/werkruimte/netwerk/enquetes/{enquete.slug}/").content.decode()
    assert "3,50" in detail or "3.50" in detail

    response = client.post(
        f"/werkruimte/netwerk/enquetes/{enquete.slug}/sluiten/", {"publiceren": "on"}
    )
    assert response.status_code == 302
    enquete.refresh_from_db()
    assert not enquete.is_open
    assert enquete.aantal_reacties == 4
    assert enquete.gemiddelde == Decimal("3.50")
    meting = Meting.objects.get(enquete=enquete)
    assert meting.indicator.slug == "9-samenwerking-partners"
    assert meting.beoordeling == "op_koers"  # 3.50 maps to "op koers"
    assert "gemiddelde score 3,50" in meting.toelichting
    assert "over 4 reacties" in meting.toelichting
    assert meting.gepubliceerd
    assert meting.door.username == "programmamanager"
    # the public indicator page shows the measurement: average and count, no names
    publiek = client.get(meting.indicator.get_absolute_url()).content.decode()
    assert "gemiddelde score 3,50" in publiek
    assert "Woonstichting Test" not in publiek
    assert "Jantje Geheim" not in publiek


def test_average_over_uneven_answers(netwerk_basis):
    enquete = netwerk_basis["enquete"]
    _beantwoord(enquete, netwerk_basis["partner"], [(5, 4, 3, 2), (4, 4, 4, 5), (1, 2, 3, 3)])
    enquete = services.enquete_sluiten(enquete=enquete)
    # (14 + 17 + 9) / 12 = 3.333… → 3.33, "in gang"
    assert enquete.gemiddelde == Decimal("3.33")
    assert enquete.meting.beoordeling == "in_gang"
    assert "over 3 reacties" in enquete.meting.toelichting
    assert not enquete.meting.gepubliceerd


def test_too_few_responses_make_no_measurement_and_show_no_averages(netwerk_basis, als):
    enquete = netwerk_basis["enquete"]
    _beantwoord(enquete, netwerk_basis["partner"], [(5, 5, 5, 5), (1, 1, 1, 1)])
    html = als("wethouder").get(f"/werkruimte/netwerk/enquetes/{enquete.slug}/").content.decode()
    assert "De gemiddelden verschijnen vanaf 3 reacties" in html
    assert "3,00" not in html and "3.00" not in html
    enquete = services.enquete_sluiten(enquete=enquete)
    assert enquete.meting is None
    assert enquete.aantal_reacties == 2
    assert not Meting.objects.filter(indicator__slug="9-samenwerking-partners").exists()


def test_closing_twice_is_refused(netwerk_basis):
    services.enquete_sluiten(enquete=netwerk_basis["enquete"])
    with pytest.raises(ValidationError):
        services.enquete_sluiten(enquete=netwerk_basis["enquete"])


def test_beoordeling_mapping():
    assert services.beoordeling_voor(Decimal("4.00")) == "bereikt"
    assert services.beoordeling_voor(Decimal("3.99")) == "op_koers"
    assert services.beoordeling_voor(Decimal("2.50")) == "in_gang"
    assert services.beoordeling_voor(Decimal("2.49")) == "niet_gestart"


def test_programme_manager_makes_links_in_the_werkruimte(netwerk_basis, als):
    enquete = netwerk_basis["enquete"]
    client = als("programmamanager")
    url = f"/werkruimte/netwerk/enquetes/{enquete.slug}/links/"
    leeg = client.post(url, {})
    assert "Kies minstens één partner." in leeg.content.decode()
    assert not Uitnodiging.objects.exists()
    response = client.post(url, {"partners": [netwerk_basis["partner"].pk]})
    html = response.content.decode()
    assert "1 link gemaakt" in html
    uitnodiging = Uitnodiging.objects.get()
    token = html.split("/enquete/")[1].split("/")[0]
    assert uitnodiging.token_hash == services.token_hash(token)
    assert client.get(f"/enquete/{token}/").status_code == 200
