"""Followers of activities and lines, and the log of the e-mails they were sent."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .lijnen import Activiteit, Activiteitenlijn
from .statusupdates import Statusupdate


class Volger(models.Model):
    """A user who follows an activity or a line and is e-mailed when it needs attention."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="gevolgd",
        verbose_name=_("gebruiker"),
    )
    activiteit = models.ForeignKey(
        Activiteit,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="volgers",
        verbose_name=_("activiteit"),
    )
    lijn = models.ForeignKey(
        Activiteitenlijn,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="volgers",
        verbose_name=_("activiteitenlijn"),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("volger")
        verbose_name_plural = _("volgers")
        ordering = ["-aangemaakt_op"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(activiteit__isnull=False, lijn__isnull=True)
                | models.Q(activiteit__isnull=True, lijn__isnull=False),
                name="volger_activiteit_of_lijn",
                violation_error_message=_("Volg een activiteit of een lijn, niet beide."),
            ),
            models.UniqueConstraint(
                fields=["gebruiker", "activiteit"],
                condition=models.Q(activiteit__isnull=False),
                name="volger_uniek_per_activiteit",
                violation_error_message=_("U volgt deze activiteit al."),
            ),
            models.UniqueConstraint(
                fields=["gebruiker", "lijn"],
                condition=models.Q(lijn__isnull=False),
                name="volger_uniek_per_lijn",
                violation_error_message=_("U volgt deze lijn al."),
            ),
        ]

    def __str__(self):
        return f"{self.gebruiker} volgt {self.activiteit or self.lijn}"


class Volgmelding(models.Model):
    """Log of follower e-mails: one per status update per follower (claimed before sending)."""

    statusupdate = models.ForeignKey(
        Statusupdate,
        on_delete=models.CASCADE,
        related_name="volgmeldingen",
        verbose_name=_("statusupdate"),
    )
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("gebruiker"),
    )
    geclaimd_op = models.DateTimeField(_("geclaimd op"), auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("volgmelding")
        verbose_name_plural = _("volgmeldingen")
        ordering = ["-geclaimd_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["statusupdate", "gebruiker"],
                name="volgmelding_eenmaal",
                violation_error_message=_("Deze melding is al verstuurd."),
            ),
        ]

    def __str__(self):
        return f"Melding aan {self.gebruiker} over {self.statusupdate}"
