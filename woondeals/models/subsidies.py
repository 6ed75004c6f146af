"""Subsidy applications and their conditions (checked against the linked projects)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie

from ..constants import AanvraagStatus, Regeling, VoorwaardeSoort
from .projecten import Woningbouwproject


class Subsidieaanvraag(models.Model):
    regeling = models.CharField(_("regeling"), max_length=30, choices=Regeling.choices)
    titel = models.CharField(_("titel"), max_length=300)
    projecten = models.ManyToManyField(
        Woningbouwproject,
        blank=True,
        related_name="subsidieaanvragen",
        verbose_name=_("projecten"),
    )
    aangevraagd_bedrag = models.DecimalField(
        _("aangevraagd bedrag (€)"), max_digits=14, decimal_places=2, default=0
    )
    toegekend_bedrag = models.DecimalField(
        _("toegekend bedrag (€)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AanvraagStatus.choices,
        default=AanvraagStatus.IN_VOORBEREIDING,
    )
    ingediend_op = models.DateField(_("ingediend op"), null=True, blank=True)
    besluit_op = models.DateField(_("besluit op"), null=True, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie(m2m_fields=[projecten])

    class Meta:
        verbose_name = _("subsidieaanvraag")
        verbose_name_plural = _("subsidieaanvragen")
        ordering = ["-ingediend_op", "titel"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(aangevraagd_bedrag__gte=0)
                & (models.Q(toegekend_bedrag__isnull=True) | models.Q(toegekend_bedrag__gte=0)),
                name="aanvraag_bedragen_niet_negatief",
                violation_error_message=_("Bedragen kunnen niet negatief zijn."),
            ),
            models.CheckConstraint(
                condition=models.Q(besluit_op__isnull=True)
                | models.Q(ingediend_op__isnull=True)
                | models.Q(besluit_op__gte=models.F("ingediend_op")),
                name="aanvraag_besluit_na_indiening",
                violation_error_message=_("Het besluit kan niet voor de indiening liggen."),
            ),
        ]

    def __str__(self):
        return f"{self.get_regeling_display()}: {self.titel}"


class SubsidieVoorwaarde(models.Model):
    """A condition of a subsidy application as data, checked against the linked projects."""

    aanvraag = models.ForeignKey(
        Subsidieaanvraag,
        on_delete=models.PROTECT,
        related_name="voorwaarden",
        verbose_name=_("subsidieaanvraag"),
    )
    soort = models.CharField(_("soort"), max_length=30, choices=VoorwaardeSoort.choices)
    waarde = models.DecimalField(
        _("waarde"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Percentage, aantal woningen of aantal maanden, afhankelijk van de soort."),
    )
    datum = models.DateField(
        _("datum"), null=True, blank=True, help_text=_("Alleen bij 'start bouw uiterlijk op'.")
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    history = Historie()

    class Meta:
        verbose_name = _("subsidievoorwaarde")
        verbose_name_plural = _("subsidievoorwaarden")
        ordering = ["aanvraag", "soort"]

    def __str__(self):
        return f"{self.get_soort_display()} {self.waarde or self.datum or ''}".strip()

    def clean(self):
        if self.soort == VoorwaardeSoort.START_BOUW_VOOR:
            if self.datum is None:
                raise ValidationError(
                    {"datum": _("Vul de datum in waarop de bouw gestart moet zijn.")}
                )
            return
        if self.waarde is None:
            raise ValidationError({"waarde": _("Vul een waarde in voor deze voorwaarde.")})
        if self.waarde < 0:
            raise ValidationError({"waarde": _("De waarde kan niet negatief zijn.")})
        percentage = (
            VoorwaardeSoort.MIN_AANDEEL_BETAALBAAR,
            VoorwaardeSoort.MIN_AANDEEL_SOCIALE_HUUR,
        )
        if self.soort in percentage and self.waarde > 100:
            raise ValidationError({"waarde": _("Een percentage ligt tussen 0 en 100.")})
