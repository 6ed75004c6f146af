"""The housing pipeline: housing projects and their yearly realisations."""

import uuid

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie
from netwerk.models import Partner

from ..constants import Planstatus, ProjectFase
from .woondeal import Woondeal


class WoningbouwprojectQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published projects (publication rule)."""
        return self.filter(gepubliceerd=True)


def _graden(naam, uitleg):
    """A WGS84 coordinate in degrees, six decimals (≈ 0.1 m); empty while unknown."""
    return models.DecimalField(
        naam, max_digits=8, decimal_places=6, null=True, blank=True, help_text=uitleg
    )


class Woningbouwproject(models.Model):
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    wijk = models.CharField(_("wijk"), max_length=200, blank=True)
    woondeal = models.ForeignKey(
        Woondeal,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projecten",
        verbose_name=_("woondeal"),
    )
    sociale_huur = models.PositiveIntegerField(_("sociale huur"), default=0)
    middenhuur = models.PositiveIntegerField(_("middenhuur"), default=0)
    betaalbare_koop = models.PositiveIntegerField(_("betaalbare koop"), default=0)
    vrije_sector = models.PositiveIntegerField(_("vrije sector"), default=0)
    planstatus = models.CharField(_("planstatus"), max_length=10, choices=Planstatus.choices)
    fase = models.CharField(_("fase"), max_length=20, choices=ProjectFase.choices)
    verwacht_startjaar = models.PositiveSmallIntegerField(
        _("verwachte start bouw (jaar)"), null=True, blank=True
    )
    verwacht_opleverjaar = models.PositiveSmallIntegerField(
        _("verwachte oplevering (jaar)"), null=True, blank=True
    )
    ontwikkelaar = models.ForeignKey(
        Partner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="woningbouwprojecten",
        verbose_name=_("corporatie of ontwikkelaar"),
    )
    gebiedsontwikkeling = models.ForeignKey(
        "Gebiedsontwikkeling",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projecten",
        verbose_name=_("gebiedsontwikkeling"),
        help_text=_("Leeg: een losstaand project."),
    )
    breedtegraad = _graden(
        _("breedtegraad"), _("WGS84, in graden, bijvoorbeeld 52.356700. Leeg: nog geen locatie.")
    )
    lengtegraad = _graden(_("lengtegraad"), _("WGS84, in graden, bijvoorbeeld 6.662500."))
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    objects = WoningbouwprojectQuerySet.as_manager()

    class Meta:
        verbose_name = _("woningbouwproject")
        verbose_name_plural = _("woningbouwprojecten")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(verwacht_opleverjaar__isnull=True)
                | models.Q(verwacht_startjaar__isnull=True)
                | models.Q(verwacht_opleverjaar__gte=models.F("verwacht_startjaar")),
                name="project_oplevering_na_start",
                violation_error_message=_(
                    "De oplevering kan niet voor de start van de bouw liggen."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(breedtegraad__isnull=True, lengtegraad__isnull=True)
                | models.Q(breedtegraad__isnull=False, lengtegraad__isnull=False),
                name="project_locatie_volledig",
                violation_error_message=_(
                    "Vul breedtegraad én lengtegraad in, of laat ze allebei leeg."
                ),
            ),
        ]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("woondeals:project", kwargs={"slug": self.slug})

    @property
    def heeft_locatie(self) -> bool:
        return self.breedtegraad is not None and self.lengtegraad is not None

    @property
    def totaal_woningen(self):
        return self.sociale_huur + self.middenhuur + self.betaalbare_koop + self.vrije_sector


class Realisatie(models.Model):
    """Homes started and completed in a project in one year, recorded as it happens."""

    project = models.ForeignKey(
        Woningbouwproject,
        on_delete=models.PROTECT,
        related_name="realisaties",
        verbose_name=_("project"),
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    gestart = models.PositiveIntegerField(_("woningen in aanbouw genomen"), default=0)
    opgeleverd = models.PositiveIntegerField(_("woningen opgeleverd"), default=0)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    class Meta:
        verbose_name = _("realisatie")
        verbose_name_plural = _("realisaties")
        ordering = ["project", "jaar"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "jaar"],
                name="realisatie_uniek_per_jaar",
                violation_error_message=_("Voor dit project is dit jaar al een realisatie."),
            ),
        ]

    def __str__(self):
        return f"{self.project} {self.jaar}"
