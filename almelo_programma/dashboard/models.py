"""The dashboard's one model: a Bestuursrapportage PDF job, made by a Celery task."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class RapportStatus(models.TextChoices):
    WACHTRIJ = "wachtrij", _("In de wachtrij")
    BEZIG = "bezig", _("Wordt gemaakt")
    KLAAR = "klaar", _("Klaar")
    MISLUKT = "mislukt", _("Mislukt")


class Bestuursrapportage(models.Model):
    """One request for the dashboard as a PDF, made by a Celery task."""

    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "programma"

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    programma = models.ForeignKey(
        "doelen.Programma",
        on_delete=models.PROTECT,
        related_name="bestuursrapportages",
        verbose_name=_("programma"),
    )
    stand = models.CharField(
        _("stand"),
        max_length=20,
        blank=True,
        help_text=_("Leeg: actueel; '2024': eind 2024; '2024-t2': eind tertiaal 2 van 2024."),
    )
    stand_label = models.CharField(_("omschrijving van de stand"), max_length=200)
    peildatum = models.DateField(_("peildatum"))
    status = models.CharField(
        _("status"), max_length=10, choices=RapportStatus.choices, default=RapportStatus.WACHTRIJ
    )
    voortgang = models.PositiveSmallIntegerField(
        _("voortgang (%)"), default=0, help_text=_("Hoe ver het maken van de pdf is.")
    )
    stap = models.CharField(_("huidige stap"), max_length=200, blank=True)
    bestand = models.FileField(_("bestand"), upload_to="rapportages/", blank=True)
    foutmelding = models.TextField(_("foutmelding"), blank=True)
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aangevraagd door"),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gestart_op = models.DateTimeField(
        _("gestart op"),
        null=True,
        blank=True,
        help_text=_("Wanneer de laatste poging begon; na de tijdslimiet geldt die als mislukt."),
    )
    klaar_op = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        verbose_name = _("bestuursrapportage")
        verbose_name_plural = _("bestuursrapportages")
        # The table keeps the name it had when the model lived in the project package.
        db_table = "almelo_programma_bestuursrapportage"
        ordering = ["-aangemaakt_op"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(voortgang__gte=0, voortgang__lte=100),
                name="rapportage_voortgang_0_100",
                violation_error_message=_("De voortgang is een percentage van 0 tot en met 100."),
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=RapportStatus.values),
                name="rapportage_status_geldig",
                violation_error_message=_("Onbekende status."),
            ),
        ]

    def __str__(self):
        return f"Bestuursrapportage {self.stand_label}"

    def get_absolute_url(self):
        return reverse("dashboard:rapportage", kwargs={"uuid": self.uuid})

    @property
    def loopt(self) -> bool:
        return self.status in (RapportStatus.WACHTRIJ, RapportStatus.BEZIG)

    @property
    def bestandsnaam(self) -> str:
        return f"bestuursrapportage-{self.peildatum:%Y-%m-%d}.pdf"
