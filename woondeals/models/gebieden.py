"""Area developments with their milestones and roles."""

import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie
from netwerk.models import Partner

from ..constants import GebiedFase, GebiedRol


class Gebiedsontwikkeling(models.Model):
    """An area development in the 'Almelose aanpak' (line C1): phases, milestones and roles."""

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    wijk = models.CharField(_("wijk"), max_length=200, blank=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    fase = models.CharField(
        _("fase"), max_length=20, choices=GebiedFase.choices, default=GebiedFase.INITIATIEF
    )
    contour = models.JSONField(
        _("contour"),
        null=True,
        blank=True,
        help_text=_(
            "De omtrek als GeoJSON Polygon in WGS84 (RFC 7946: buitenrand tegen de klok in)."
        ),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    class Meta:
        verbose_name = _("gebiedsontwikkeling")
        verbose_name_plural = _("gebiedsontwikkelingen")
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("woondeals:gebied", kwargs={"slug": self.slug})


class Mijlpaal(models.Model):
    """A milestone: late when its planned date has passed without an actual date."""

    gebiedsontwikkeling = models.ForeignKey(
        Gebiedsontwikkeling,
        on_delete=models.PROTECT,
        related_name="mijlpalen",
        verbose_name=_("gebiedsontwikkeling"),
    )
    naam = models.CharField(_("naam"), max_length=200)
    fase = models.CharField(_("fase"), max_length=20, choices=GebiedFase.choices)
    geplande_datum = models.DateField(_("geplande datum"))
    werkelijke_datum = models.DateField(
        _("werkelijke datum"), null=True, blank=True, help_text=_("Leeg: nog niet bereikt.")
    )
    toelichting = models.TextField(_("toelichting"), blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    class Meta:
        verbose_name = _("mijlpaal")
        verbose_name_plural = _("mijlpalen")
        ordering = ["gebiedsontwikkeling", "geplande_datum", "naam"]
        indexes = [
            # the area-development page and the late-milestones list
            models.Index(
                fields=["gebiedsontwikkeling", "geplande_datum"], name="mijlpaal_gebied_idx"
            ),
        ]

    def __str__(self):
        return f"{self.gebiedsontwikkeling}: {self.naam}"

    def te_laat_op(self, peildatum: datetime.date) -> bool:
        return self.werkelijke_datum is None and self.geplande_datum < peildatum


class Gebiedsrol(models.Model):
    """A role in an area development, held by a partner organisation or a named person.

    Person names are internal: never shown on public pages or the API.
    """

    gebiedsontwikkeling = models.ForeignKey(
        Gebiedsontwikkeling,
        on_delete=models.PROTECT,
        related_name="rollen",
        verbose_name=_("gebiedsontwikkeling"),
    )
    rol = models.CharField(_("rol"), max_length=20, choices=GebiedRol.choices)
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gebiedsrollen",
        verbose_name=_("organisatie"),
    )
    persoon = models.CharField(
        _("persoon"), max_length=200, blank=True, help_text=_("Naam van de persoon (intern).")
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    history = Historie()

    class Meta:
        verbose_name = _("rol in gebiedsontwikkeling")
        verbose_name_plural = _("rollen in gebiedsontwikkelingen")
        ordering = ["gebiedsontwikkeling", "rol", "persoon"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(partner__isnull=False) & models.Q(persoon=""))
                | (models.Q(partner__isnull=True) & ~models.Q(persoon="")),
                name="gebiedsrol_partner_of_persoon",
                violation_error_message=_(
                    "Kies een organisatie óf vul een persoon in, niet allebei."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.get_rol_display()}: {self.houder}"

    @property
    def houder(self) -> str:
        return str(self.partner) if self.partner_id else self.persoon
