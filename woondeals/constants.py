from django.db import models
from django.utils.translation import gettext_lazy as _


class Planstatus(models.TextChoices):
    HARD = "hard", _("Harde plancapaciteit")
    ZACHT = "zacht", _("Zachte plancapaciteit")


class ProjectFase(models.TextChoices):
    INITIATIEF = "initiatief", _("Initiatief")
    HAALBAARHEID = "haalbaarheid", _("Haalbaarheid")
    DEFINITIE = "definitie", _("Definitie")
    REALISATIE = "realisatie", _("Realisatie")
    OPGELEVERD = "opgeleverd", _("Opgeleverd")


class Regeling(models.TextChoices):
    WONINGBOUWIMPULS = "woningbouwimpuls", _("Woningbouwimpuls")
    STARTBOUWIMPULS = "startbouwimpuls", _("Startbouwimpuls")
    VOLKSHUISVESTINGSFONDS = "volkshuisvestingsfonds", _("Volkshuisvestingsfonds")
    OVERIG = "overig", _("Overige regeling")


class AanvraagStatus(models.TextChoices):
    IN_VOORBEREIDING = "in_voorbereiding", _("In voorbereiding")
    INGEDIEND = "ingediend", _("Ingediend")
    TOEGEKEND = "toegekend", _("Toegekend")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


# National norms the woondeal measures the pipeline against (percentages).
NORM_SOCIALE_HUUR = 30
NORM_BETAALBAAR = 200 / 3  # two thirds: sociale huur, middenhuur and betaalbare koop
DOEL_EXTRA_WONINGEN = 4100
# a project's homes per segment: the four fields of ``Woningbouwproject`` that add up to its total
SEGMENTEN = ("sociale_huur", "middenhuur", "betaalbare_koop", "vrije_sector")


class GebiedFase(models.TextChoices):
    """Phases of an area development in the 'Almelose aanpak' (line C1)."""

    INITIATIEF = "initiatief", _("Initiatief")
    HAALBAARHEID = "haalbaarheid", _("Haalbaarheid")
    DEFINITIE = "definitie", _("Definitie")
    REALISATIE = "realisatie", _("Realisatie")
    BEHEER = "beheer", _("Beheer")


class GebiedRol(models.TextChoices):
    OPDRACHTGEVER = "opdrachtgever", _("Opdrachtgever")
    OPDRACHTNEMER = "opdrachtnemer", _("Opdrachtnemer")
    BESTUURDER = "bestuurder", _("Bestuurder")
    ADVISEUR = "adviseur", _("Adviseur")


class VoorwaardeSoort(models.TextChoices):
    """Kinds of subsidy conditions, each checked against the linked projects' figures."""

    MIN_AANDEEL_BETAALBAAR = "min_aandeel_betaalbaar", _("Minimaal aandeel betaalbaar (%)")
    MIN_AANDEEL_SOCIALE_HUUR = "min_aandeel_sociale_huur", _("Minimaal aandeel sociale huur (%)")
    MIN_WONINGEN = "min_woningen", _("Minimaal aantal woningen")
    START_BOUW_VOOR = "start_bouw_voor", _("Start bouw uiterlijk op datum")
    OPLEVERING_BINNEN = "oplevering_binnen", _("Oplevering binnen N maanden na besluit")
