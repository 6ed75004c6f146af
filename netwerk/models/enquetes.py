"""The partner survey: surveys, personal single-use invitations and anonymous responses."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie

from ..constants import ENQUETE_SCHAAL, EnqueteStatus
from .partners import Contactpersoon, Partner


class Enquete(models.Model):
    """A partner survey over one period. Closing it turns the results into a measurement of
    effect indicator 9 (see ``netwerk.services.enquete_sluiten``)."""

    titel = models.CharField(_("titel"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    periode_start = models.DateField(_("begin van de periode"))
    periode_einde = models.DateField(
        _("einde van de periode"),
        help_text=_("Persoonlijke links verlopen aan het eind van deze dag."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnqueteStatus.choices, default=EnqueteStatus.OPEN
    )
    gesloten_op = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    aantal_reacties = models.PositiveIntegerField(
        _("aantal reacties"), null=True, blank=True, help_text=_("Vastgelegd bij het sluiten.")
    )
    gemiddelde = models.DecimalField(
        _("gemiddelde score"),
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Gemiddelde over alle vragen en reacties (1–5), vastgelegd bij het sluiten."),
    )
    meting = models.OneToOneField(
        "doelen.Meting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquete",
        verbose_name=_("meting"),
        help_text=_("De meting van de effectindicator die bij het sluiten is gemaakt."),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    history = Historie()

    class Meta:
        verbose_name = _("partnerenquête")
        verbose_name_plural = _("partnerenquêtes")
        ordering = ["-periode_start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(periode_einde__gte=models.F("periode_start")),
                name="enquete_einde_na_start",
                violation_error_message=_(
                    "Het einde van de periode mag niet voor het begin liggen."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(gemiddelde__isnull=True)
                | models.Q(gemiddelde__gte=1, gemiddelde__lte=5),
                name="enquete_gemiddelde_1_5",
                violation_error_message=_("Het gemiddelde ligt tussen 1 en 5."),
            ),
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("netwerk:enquete", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.status == EnqueteStatus.OPEN


class Uitnodiging(models.Model):
    """A personal, single-use link to a survey for one partner (optionally one contact person).

    Only the SHA-256 hash of the token is stored: the link itself is shown once, when it is made.
    """

    enquete = models.ForeignKey(
        Enquete, on_delete=models.PROTECT, related_name="uitnodigingen", verbose_name=_("enquête")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="uitnodigingen", verbose_name=_("partner")
    )
    contactpersoon = models.ForeignKey(
        Contactpersoon,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uitnodigingen",
        verbose_name=_("contactpersoon"),
    )
    token_hash = models.CharField(_("token (SHA-256)"), max_length=64, unique=True, editable=False)
    verloopt_op = models.DateTimeField(_("verloopt op"))
    gebruikt_op = models.DateTimeField(_("gebruikt op"), null=True, blank=True)
    verzonden_op = models.DateTimeField(
        _("per e-mail verzonden op"), null=True, blank=True, editable=False
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["enquete", "partner__naam", "pk"]

    def __str__(self):
        return f"{self.enquete}: {self.partner}"

    def clean(self):
        if (
            self.contactpersoon_id
            and self.partner_id
            and self.contactpersoon.partner_id != self.partner_id
        ):
            raise ValidationError(
                {"contactpersoon": _("Deze contactpersoon hoort niet bij deze partner.")}
            )


class Enquetereactie(models.Model):
    """One anonymous response. Deliberately not linked to its invitation (nor timestamped, and
    keyed on a random UUID) so that no one can tell which partner gave which answers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    enquete = models.ForeignKey(
        Enquete, on_delete=models.PROTECT, related_name="reacties", verbose_name=_("enquête")
    )
    score_samenwerking = models.PositiveSmallIntegerField(_("samenwerking"), choices=ENQUETE_SCHAAL)
    score_duidelijkheid = models.PositiveSmallIntegerField(
        _("duidelijkheid"), choices=ENQUETE_SCHAAL
    )
    score_bereikbaarheid = models.PositiveSmallIntegerField(
        _("bereikbaarheid"), choices=ENQUETE_SCHAAL
    )
    score_betrokkenheid = models.PositiveSmallIntegerField(
        _("betrokkenheid"), choices=ENQUETE_SCHAAL
    )
    opmerking = models.TextField(_("opmerking"), blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    class Meta:
        verbose_name = _("enquêtereactie")
        verbose_name_plural = _("enquêtereacties")
        ordering = ["enquete", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    score_samenwerking__gte=1,
                    score_samenwerking__lte=5,
                    score_duidelijkheid__gte=1,
                    score_duidelijkheid__lte=5,
                    score_bereikbaarheid__gte=1,
                    score_bereikbaarheid__lte=5,
                    score_betrokkenheid__gte=1,
                    score_betrokkenheid__lte=5,
                ),
                name="enquetereactie_scores_1_5",
                violation_error_message=_("Elke score ligt tussen 1 en 5."),
            ),
        ]

    def __str__(self):
        return f"Reactie op {self.enquete}"
