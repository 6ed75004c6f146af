from django.db import models
from django.utils.translation import gettext_lazy as _


class BesluitSoort(models.TextChoices):
    COLLEGEBESLUIT = "collegebesluit", _("Collegebesluit")
    RAADSBESLUIT = "raadsbesluit", _("Raadsbesluit")
    RAADSINFORMATIEBRIEF = "raadsinformatiebrief", _("Raadsinformatiebrief")
    MOTIE = "motie", _("Motie")
    AMENDEMENT = "amendement", _("Amendement")
    TOEZEGGING = "toezegging", _("Toezegging")
    BEGROTING = "begroting", _("Begroting")
    PERSPECTIEFNOTA = "perspectiefnota", _("Perspectiefnota")
    JAARSTUKKEN = "jaarstukken", _("Jaarstukken")


# The kinds the portal follows up: an owner, a due date and a settlement status.
AFSPRAAK_SOORTEN = (BesluitSoort.MOTIE, BesluitSoort.TOEZEGGING)


class AfdoeningStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    AFGEDAAN = "afgedaan", _("Afgedaan")
