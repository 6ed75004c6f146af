from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerSoort(models.TextChoices):
    CORPORATIE = "corporatie", _("Woningcorporatie")
    MAKELAAR = "makelaar", _("Makelaar")
    MARKTPARTIJ = "marktpartij", _("Marktpartij / ontwikkelaar")
    PROVINCIE = "provincie", _("Provincie")
    RIJK = "rijk", _("Rijk")
    GEMEENTE = "gemeente", _("Gemeente")
    KENNISINSTELLING = "kennisinstelling", _("Kennisinstelling")
    OVERIG = "overig", _("Overig")


class BijeenkomstSoort(models.TextChoices):
    PLATFORM = "platformbijeenkomst", _("Platformbijeenkomst")
    STADSCAFE = "stadscafe", _("Stadscafé")
    ARCHITECTUURPRIJS = "architectuurprijs", _("Architectuurprijs")
    ONTWERPWEDSTRIJD = "ontwerpwedstrijd", _("Ontwerpwedstrijd")
    BEURS = "beurs", _("Beurs (zoals Provada)")
    BESTUURLIJK_OVERLEG = "bestuurlijk_overleg", _("Bestuurlijk overleg provincie")
    AMBTELIJK_OVERLEG = "ambtelijk_overleg", _("Ambtelijk overleg")
    OVERIG = "overig", _("Overig")


class DossierStatus(models.TextChoices):
    ACTIEF = "actief", _("Actief")
    GEPAUZEERD = "gepauzeerd", _("Gepauzeerd")
    AFGEROND = "afgerond", _("Afgerond")


class LobbyDoelwit(models.TextChoices):
    RIJK = "rijk", _("Rijk")
    PROVINCIE = "provincie", _("Provincie")
    REGIO = "regio", _("Regio en buurgemeenten")
    OVERIG = "overig", _("Overig")


class EnqueteStatus(models.TextChoices):
    OPEN = "open", _("Open")
    GESLOTEN = "gesloten", _("Gesloten")


# The fixed questions of the partner survey, each answered on a scale of 1 to 5.
# (field name on Enquetereactie, question as the partner reads it)
ENQUETE_VRAGEN = (
    ("score_samenwerking", "Hoe beoordeelt u de samenwerking met de gemeente Almelo?"),
    ("score_duidelijkheid", "Hoe duidelijk is de gemeente over rollen, procedures en planning?"),
    ("score_bereikbaarheid", "Hoe goed zijn de mensen van de gemeente voor u bereikbaar?"),
    ("score_betrokkenheid", "Hoe goed betrekt de gemeente u bij de ontwikkeling van de stad?"),
)
ENQUETE_SCHAAL = (
    (1, "1 — zeer slecht"),
    (2, "2 — slecht"),
    (3, "3 — redelijk"),
    (4, "4 — goed"),
    (5, "5 — zeer goed"),
)

# Below this number of responses the results of a survey are not shown per question and closing
# it creates no measurement: with one or two responses an "average" would reveal a partner's
# own answers.
ANONIMITEITSDREMPEL = 3

# Effect indicator 9, "In 2026 werken de partners in de stad plezieriger met ons samen;", is
# measured by the partner survey.
INDICATOR_SAMENWERKING_SLUG = "9-samenwerking-partners"

# How a survey's average (1–5) maps onto the assessment scale of a qualitative indicator
# (doelen.constants.Beoordeling): the lowest average that earns each assessment, highest first.
BEOORDELING_DREMPELS = (
    (4.0, "bereikt"),
    (3.5, "op_koers"),
    (2.5, "in_gang"),
    (0.0, "niet_gestart"),
)


class BijdrageStatus(models.TextChoices):
    """Where a partner's proposed contribution stands in its review."""

    INGEDIEND = "ingediend", _("Ingediend, wacht op beoordeling")
    WIJZIGING_GEVRAAGD = "wijziging_gevraagd", _("Wijziging gevraagd")
    GEACCEPTEERD = "geaccepteerd", _("Geaccepteerd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class BijdrageUitkomst(models.TextChoices):
    """What a reviewer decides about a submitted contribution."""

    ACCEPTEREN = "accepteren", _("Accepteren: wordt een activiteit van de lijn")
    WIJZIGING = "wijziging", _("Wijziging vragen: de partner past aan en dient opnieuw in")
    AFWIJZEN = "afwijzen", _("Afwijzen, met een reden")
