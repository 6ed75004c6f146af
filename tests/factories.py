"""factory_boy factories for the core models. Feature-specific factories live beside their tests."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.services import laatste_updates_bijwerken
from doelen.constants import IndicatorSoort
from doelen.models import Doel, Effectindicator, Meting, Programma, Programmarol
from netwerk.constants import BijeenkomstSoort, PartnerSoort
from netwerk.models import Bijeenkomst, Partner
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Realisatie, Woningbouwproject


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.invalid")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Gebruiker {n}")
    password = factory.django.Password("geheim-wachtwoord-123")

    @factory.post_generation
    def rol(obj, create, extracted, **kwargs):
        """``rol="lijntrekker"``: the role in every programme there is, or only in
        ``rol__programmas=[...]``."""
        if create and extracted:
            obj.groups.add(Group.objects.get(name=extracted))
            programmas = kwargs.get("programmas")
            for programma in Programma.objects.all() if programmas is None else programmas:
                Programmarol.objects.get_or_create(
                    gebruiker=obj, programma=programma, rol=extracted
                )


class ProgrammaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programma
        django_get_or_create = ["slug"]

    naam = "Programma Stedelijke Ontwikkeling"
    slug = "stedelijke-ontwikkeling"
    missie = "Missie."
    startjaar = 2023
    eindjaar = 2026


class DoelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doel
        django_get_or_create = ["programma", "code"]

    programma = factory.SubFactory(ProgrammaFactory)
    code = "A"
    slug = factory.LazyAttribute(lambda o: f"doel-{o.code.lower()}")
    titel = factory.LazyAttribute(lambda o: f"Doel {o.code}")
    omschrijving = "Omschrijving."


class EffectindicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Effectindicator

    doel = factory.SubFactory(DoelFactory)
    nummer = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"indicator-{n}")
    tekst = "In 2026 is er iets bereikt."
    soort = IndicatorSoort.KWALITATIEF


class MetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meting

    indicator = factory.SubFactory(EffectindicatorFactory)
    datum = datetime.date(2024, 12, 31)
    beoordeling = "in_gang"
    gepubliceerd = True


class ActiviteitenlijnFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activiteitenlijn
        django_get_or_create = ["doel", "code"]

    doel = factory.SubFactory(DoelFactory)
    code = factory.LazyAttribute(lambda o: f"{o.doel.code}1")
    slug = factory.LazyAttribute(lambda o: f"lijn-{o.code.lower()}")
    naam = factory.LazyAttribute(lambda o: f"Lijn {o.code}")
    omschrijving = "Omschrijving."


class ActiviteitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activiteit

    lijn = factory.SubFactory(ActiviteitenlijnFactory)
    jaar = 2024
    titel = factory.Sequence(lambda n: f"Activiteit {n}")
    slug = factory.Sequence(lambda n: f"activiteit-{n}")
    openbaar = True


class StatusupdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statusupdate

    activiteit = factory.SubFactory(ActiviteitFactory)
    rapportagedatum = datetime.date(2024, 4, 30)
    status = Status.OP_SCHEMA
    voortgang = 50
    gepubliceerd = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Stored like the services store it: the activity's latest update is kept up to date."""
        update = super()._create(model_class, *args, **kwargs)
        laatste_updates_bijwerken([update.activiteit_id])
        return update


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    naam = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    soort = PartnerSoort.CORPORATIE


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bijeenkomst

    titel = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"bijeenkomst-{n}")
    soort = BijeenkomstSoort.STADSCAFE
    start = factory.LazyFunction(lambda: datetime.datetime(2030, 1, 1, 15, tzinfo=datetime.UTC))
    openbaar = True


class WoningbouwprojectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Woningbouwproject

    naam = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    wijk = "Centrum"
    sociale_huur = 30
    middenhuur = 20
    betaalbare_koop = 20
    vrije_sector = 30
    planstatus = Planstatus.HARD
    fase = ProjectFase.REALISATIE
    gepubliceerd = True


class RealisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Realisatie

    project = factory.SubFactory(WoningbouwprojectFactory)
    jaar = 2024
