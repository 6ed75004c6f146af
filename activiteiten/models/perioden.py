"""Reporting periods and the reminders sent before their deadlines."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie

from ..constants import PeriodeSoort


class Rapportageperiode(models.Model):
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    soort = models.CharField(
        _("soort"), max_length=20, choices=PeriodeSoort.choices, default=PeriodeSoort.TERTIAAL
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"), help_text=_("1–3 (tertiaal), 1–4."))
    startdatum = models.DateField(_("startdatum"))
    einddatum = models.DateField(_("einddatum"))
    deadline = models.DateField(
        _("deadline"),
        help_text=_("Uiterste datum waarop de voortgang over deze periode binnen is."),
    )

    history = Historie()

    class Meta:
        verbose_name = _("rapportageperiode")
        verbose_name_plural = _("rapportageperiodes")
        ordering = ["startdatum"]
        constraints = [
            models.UniqueConstraint(
                fields=["jaar", "soort", "nummer"],
                name="periode_uniek",
                violation_error_message=_("Deze rapportageperiode bestaat al."),
            ),
            models.CheckConstraint(
                condition=models.Q(einddatum__gte=models.F("startdatum")),
                name="periode_eind_na_start",
                violation_error_message=_("De einddatum mag niet voor de startdatum liggen."),
            ),
            models.CheckConstraint(
                condition=models.Q(nummer__gte=1, nummer__lte=4),
                name="periode_nummer_1_4",
                violation_error_message=_("Het periodenummer is 1 tot en met 4."),
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()} {self.nummer} {self.jaar}"


class Herinnering(models.Model):
    """Log of reminder e-mails: at most one per lead per reporting period.

    The row is created (claimed) in its own transaction *before* the e-mail is sent; the unique
    constraint makes a second run, or a redelivered task after a worker died, skip the lead.
    ``verstuurd_op`` stays empty when the worker died between claim and send (at most once).
    """

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="herinneringen",
        verbose_name=_("trekker"),
    )
    periode = models.ForeignKey(
        Rapportageperiode,
        on_delete=models.CASCADE,
        related_name="herinneringen",
        verbose_name=_("rapportageperiode"),
    )
    aantal_items = models.PositiveIntegerField(_("aantal items zonder update"), default=0)
    geclaimd_op = models.DateTimeField(_("geclaimd op"), auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        ordering = ["-geclaimd_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "periode"],
                name="herinnering_eenmaal_per_periode",
                violation_error_message=_(
                    "Deze trekker heeft voor deze periode al een herinnering."
                ),
            ),
        ]

    def __str__(self):
        return f"Herinnering aan {self.gebruiker} ({self.periode})"
