"""Partners of the programme and their contact persons (personal data: werkruimte only)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie

from ..constants import PartnerSoort


class Partner(models.Model):
    naam = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    soort = models.CharField(_("soort"), max_length=30, choices=PartnerSoort.choices)
    website = models.URLField(_("website"), blank=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    platformlid = models.BooleanField(
        _("lid van het platform"),
        default=False,
        help_text=_("Lid van het Platform Stedelijke Ontwikkeling Almelo."),
    )
    lid_sinds = models.DateField(_("lid sinds"), null=True, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(platformlid=True) | models.Q(lid_sinds__isnull=True),
                name="partner_lid_sinds_alleen_voor_leden",
                violation_error_message=_("Alleen een platformlid heeft een datum 'lid sinds'."),
            ),
        ]

    def __str__(self):
        return self.naam


class Contactpersoon(models.Model):
    """Personal data: shown in the werkruimte only, never on public pages or the API."""

    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="contactpersonen", verbose_name=_("partner")
    )
    naam = models.CharField(_("naam"), max_length=200)
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=30, blank=True)

    history = Historie()

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["partner", "naam"]

    def __str__(self):
        return f"{self.naam} ({self.partner})"
