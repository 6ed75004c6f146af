"""The werkruimte's models: API tokens of internal users, and large update-sheet uploads
imported in the background.

API tokens are stored hashed (django-rest-knox's token with a name and the moment of last use).
The plaintext token is shown once, when it is made; the database keeps only its SHA-512 digest
and the first 15 characters that knox uses to find it."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from knox.models import AbstractAuthToken

from almelo_programma.kern.importtaken import Importtaak


class ApiToken(AbstractAuthToken):
    naam = models.CharField(
        _("naam"), max_length=100, help_text=_("Waarvoor de token dient, bijv. 'koppeling GIS'.")
    )
    laatst_gebruikt = models.DateTimeField(_("laatst gebruikt"), null=True, blank=True)

    class Meta:
        verbose_name = _("API-token")
        verbose_name_plural = _("API-tokens")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.naam} ({self.user})"


class Bijwerkimport(Importtaak):
    """An update sheet of more than ``IMPORT_ACHTERGROND_RIJEN`` rows, imported by a task into
    the programme it was uploaded to."""

    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "programma"

    programma = models.ForeignKey(
        "doelen.Programma",
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("programma"),
        help_text=_("Het programma waarvan het blad is geüpload; alleen diens regels tellen."),
    )

    class Meta(Importtaak.Meta):
        verbose_name = _("import van een bijwerkblad")
        verbose_name_plural = _("imports van bijwerkbladen")

    def get_absolute_url(self):
        return reverse("werkruimte:excel_import_status", kwargs={"uuid": self.uuid})
