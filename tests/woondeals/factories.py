"""Factories for the housing pipeline's own models."""

import datetime

import factory

from woondeals.constants import AanvraagStatus, GebiedFase, Regeling
from woondeals.models import Gebiedsontwikkeling, Mijlpaal, Subsidieaanvraag


class GebiedsontwikkelingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gebiedsontwikkeling

    naam = factory.Sequence(lambda n: f"Gebied {n}")
    slug = factory.Sequence(lambda n: f"gebied-{n}")
    wijk = "Centrum"
    fase = GebiedFase.DEFINITIE


class MijlpaalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mijlpaal

    gebiedsontwikkeling = factory.SubFactory(GebiedsontwikkelingFactory)
    naam = factory.Sequence(lambda n: f"Mijlpaal {n}")
    fase = GebiedFase.DEFINITIE
    geplande_datum = datetime.date(2025, 1, 1)


class SubsidieaanvraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subsidieaanvraag

    regeling = Regeling.WONINGBOUWIMPULS
    titel = factory.Sequence(lambda n: f"Aanvraag {n}")
    aangevraagd_bedrag = 1_000_000
    status = AanvraagStatus.INGEDIEND
    ingediend_op = datetime.date(2024, 1, 1)
