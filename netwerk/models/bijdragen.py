"""Partners who contribute: a user's membership of a partner organisation and the contributions
(*bijdragen*) the organisation proposes to an activity line.

A contribution is reviewed by a programme manager or the line's lead: accepted, it becomes an
activity of the line (``activiteit``, its executor is the organisation); changes requested, the
partner edits and submits again; declined, with a reason. What a visitor may see is
``Bijdrage.objects.openbaar()``: accepted contributions whose activity is public, shown with the
organisation's name only, never a person's.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.historie import Historie
from doelen.models import Effectindicator

from ..constants import BijdrageStatus
from .partners import Partner


class Partnerlidmaatschap(models.Model):
    """A user account of a partner organisation (managed in the admin): with the role
    ``partner`` it may propose contributions on behalf of that organisation."""

    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partnerlidmaatschap",
        verbose_name=_("gebruiker"),
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="leden", verbose_name=_("organisatie")
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

    class Meta:
        verbose_name = _("partnerlidmaatschap")
        verbose_name_plural = _("partnerlidmaatschappen")
        ordering = ["partner", "gebruiker"]

    def __str__(self):
        return f"{self.gebruiker} ({self.partner})"


class BijdrageQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: accepted contributions whose activity is public
        (publication rule)."""
        return self.filter(status=BijdrageStatus.GEACCEPTEERD, activiteit__openbaar=True)


class Bijdrage(models.Model):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "lijn__doel__programma"

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="bijdragen",
        verbose_name=_("organisatie"),
    )
    lijn = models.ForeignKey(
        Activiteitenlijn,
        on_delete=models.PROTECT,
        related_name="bijdragen",
        verbose_name=_("activiteitenlijn"),
    )
    indicator = models.ForeignKey(
        Effectindicator,
        on_delete=models.PROTECT,
        related_name="bijdragen",
        verbose_name=_("effectindicator"),
        help_text=_("De effectindicator waaraan de bijdrage iets toevoegt."),
    )
    titel = models.CharField(_("titel"), max_length=300)
    omschrijving = models.TextField(_("wat gaat u doen"))
    opbrengst = models.TextField(
        _("wat voegt het toe aan de indicator"),
        help_text=_("Bijvoorbeeld: 40 sociale huurwoningen extra, of een nieuw overleg."),
    )
    gereed_op = models.DateField(_("gereed uiterlijk op"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=BijdrageStatus.choices,
        default=BijdrageStatus.INGEDIEND,
    )
    reactie = models.TextField(
        _("reactie aan de partner"),
        blank=True,
        help_text=_("De reden van een afwijzing of de gevraagde wijziging; de partner ziet dit."),
    )
    interne_notitie = models.TextField(
        _("interne notitie"), blank=True, help_text=_("Alleen voor de werkruimte.")
    )
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ingediend door"),
    )
    ingediend_op = models.DateTimeField(_("ingediend op"))
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beoordeeld door"),
    )
    beoordeeld_op = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    indieningen = models.PositiveIntegerField(_("aantal indieningen"), default=0, editable=False)
    gemelde_indieningen = models.PositiveIntegerField(
        _("gemelde indieningen"),
        default=0,
        editable=False,
        help_text=_("Tot welke indiening de beoordelaar een e-mail kreeg (eenmaal per indiening)."),
    )
    beoordelingen = models.PositiveIntegerField(
        _("aantal beoordelingen"), default=0, editable=False
    )
    gemelde_beoordelingen = models.PositiveIntegerField(
        _("gemelde beoordelingen"),
        default=0,
        editable=False,
        help_text=_("Tot welke beoordeling de partner een e-mail kreeg (eenmaal per uitkomst)."),
    )
    activiteit = models.OneToOneField(
        Activiteit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bijdrage",
        verbose_name=_("activiteit"),
        help_text=_("De activiteit van de lijn die uit deze bijdrage is ontstaan."),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie(excluded_fields=["gemelde_beoordelingen", "gemelde_indieningen"])

    objects = BijdrageQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijdrage")
        verbose_name_plural = _("bijdragen")
        ordering = ["-ingediend_op"]
        indexes = [
            # the partner's list of its own proposals (/partner/bijdragen/)
            models.Index(fields=["partner", "-ingediend_op"], name="bijdrage_partner_idx"),
            # the public line page: accepted contributions per line
            models.Index(fields=["lijn", "status"], name="bijdrage_lijn_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(activiteit__isnull=True)
                | models.Q(status=BijdrageStatus.GEACCEPTEERD),
                name="bijdrage_activiteit_alleen_geaccepteerd",
                violation_error_message=_(
                    "Alleen een geaccepteerde bijdrage heeft een activiteit."
                ),
            ),
            models.CheckConstraint(
                condition=~models.Q(
                    status__in=[BijdrageStatus.AFGEWEZEN, BijdrageStatus.WIJZIGING_GEVRAAGD],
                    reactie="",
                ),
                name="bijdrage_reden_bij_afwijzing",
                violation_error_message=_("Geef de partner een reden of de gevraagde wijziging."),
            ),
        ]

    def __str__(self):
        return f"{self.titel} ({self.partner})"

    def get_absolute_url(self):
        """The partner's page of the proposal (a contribution has no public page of its own:
        an accepted one is shown on its activity's and line's public pages)."""
        return reverse("partner:bijdrage", kwargs={"uuid": self.uuid})

    def get_werkruimte_url(self):
        return reverse("netwerk:bijdrage", kwargs={"uuid": self.uuid})

    @property
    def is_te_beoordelen(self) -> bool:
        return self.status == BijdrageStatus.INGEDIEND

    @property
    def is_aan_te_passen(self) -> bool:
        return self.status == BijdrageStatus.WIJZIGING_GEVRAAGD
