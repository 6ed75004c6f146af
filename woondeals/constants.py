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
