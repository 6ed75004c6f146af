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
