"""The decision trail: council and college decisions, motions, amendments and commitments
(toezeggingen), linked to what they concern in the programme.

Motions and commitments (``AFSPRAAK_SOORTEN``) are followed up: an owner, a due date (termijn)
and a status; a settled one records how and when. A visitor only sees ``openbaar`` decisions
(``Besluit.objects.openbaar()``), and never the owner.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.herkomst import Herkomst
from almelo_programma.kern.historie import Historie
from doelen.models import Doel, Effectindicator
from woondeals.models import Deelspoor, Subsidieaanvraag, Woningbouwproject, Woondeal

from .constants import AFSPRAAK_SOORTEN, AfdoeningStatus, BesluitSoort


class BesluitQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: decisions marked ``openbaar`` (publication rule)."""
        return self.filter(openbaar=True)

    def afspraken(self):
        """Motions and commitments: the decisions with an owner, a due date and a status."""
        return self.filter(soort__in=AFSPRAAK_SOORTEN)

    def te_laat(self, peildatum):
        """Motions and commitments made by ``peildatum`` whose due date lies before it and that
        were not settled by then (a later settlement date counts as not yet settled, so the
        dashboard's time travel sees the list as it stood)."""
        return self.afspraken().filter(
            models.Q(datum__lte=peildatum, termijn__lt=peildatum)
            & (~models.Q(status=AfdoeningStatus.AFGEDAAN) | models.Q(afdoeningsdatum__gt=peildatum))
        )


def _koppeling(model, naam):
    return models.ManyToManyField(model, blank=True, related_name="besluiten", verbose_name=naam)


class Besluit(models.Model):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "programma"

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    programma = models.ForeignKey(
        "doelen.Programma",
        on_delete=models.PROTECT,
        related_name="besluiten",
        verbose_name=_("programma"),
    )
    soort = models.CharField(_("soort"), max_length=30, choices=BesluitSoort.choices)
    kenmerk = models.CharField(
        _("kenmerk"),
        max_length=60,
        unique=True,
        help_text=_("Het kenmerk of zaaknummer, bv. 'RB 2025-114'."),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    datum = models.DateField(_("datum"), help_text=_("De datum van het besluit of de toezegging."))
    titel = models.CharField(_("titel"), max_length=300)
    samenvatting = models.TextField(_("samenvatting"), blank=True)
    url = models.URLField(
        _("link naar het raadsinformatiesysteem"),
        max_length=500,
        blank=True,
        help_text=_("De vindplaats van het stuk, bv. in iBabs of Notubiz."),
    )
    openbaar = models.BooleanField(
        _("openbaar"), default=False, help_text=_("Tonen op de openbare pagina's, feed en API.")
    )
    herkomst = models.CharField(
        _("herkomst"),
        max_length=20,
        choices=Herkomst.choices,
        default=Herkomst.PROGRAMMATEAM,
        help_text=_("'demo' bij verzonnen voorbeeldgegevens."),
    )
    # follow-up of motions and commitments
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="besluiten",
        verbose_name=_("eigenaar"),
        help_text=_("De verantwoordelijke wethouder of ambtenaar (motie of toezegging)."),
    )
    termijn = models.DateField(
        _("termijn"), null=True, blank=True, help_text=_("Uiterlijk af te doen op.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=AfdoeningStatus.choices, blank=True
    )
    wijze_van_afdoening = models.TextField(_("wijze van afdoening"), blank=True)
    afdoeningsdatum = models.DateField(_("afdoeningsdatum"), null=True, blank=True)
    # what the decision concerns
    doelen = _koppeling(Doel, _("doelen"))
    lijnen = _koppeling(Activiteitenlijn, _("activiteitenlijnen"))
    activiteiten = _koppeling(Activiteit, _("activiteiten"))
    indicatoren = _koppeling(Effectindicator, _("effectindicatoren"))
    woondeals = _koppeling(Woondeal, _("woondeals"))
    deelsporen = _koppeling(Deelspoor, _("deelsporen"))
    projecten = _koppeling(Woningbouwproject, _("woningbouwprojecten"))
    subsidieaanvragen = _koppeling(Subsidieaanvraag, _("subsidieaanvragen"))
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(
        _("gewijzigd op"), auto_now=True, help_text=_("Atom-feed: updated.")
    )

    history = Historie(
        m2m_fields=[
            doelen,
            lijnen,
            activiteiten,
            indicatoren,
            woondeals,
            deelsporen,
            projecten,
            subsidieaanvragen,
        ]  # fmt: skip
    )

    objects = BesluitQuerySet.as_manager()

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        ordering = ["-datum", "kenmerk"]
        indexes = [
            # the lists (werkruimte, public, feed, API): newest first
            models.Index(fields=["-datum", "kenmerk"], name="besluit_datum_idx"),
            # the attention list and the reminders: open commitments by due date
            models.Index(fields=["soort", "termijn"], name="besluit_termijn_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=AfdoeningStatus.AFGEDAAN)
                | models.Q(afdoeningsdatum__isnull=False),
                name="besluit_afgedaan_met_datum",
                violation_error_message=_(
                    "Een afgedane motie of toezegging heeft een afdoeningsdatum."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()} {self.kenmerk}: {self.titel}"

    def get_absolute_url(self):
        """The public page (only reachable while ``openbaar``)."""
        return reverse("publiek:besluit", kwargs={"slug": self.slug})

    def get_werkruimte_url(self):
        return reverse("besluiten:besluit", kwargs={"slug": self.slug})

    @property
    def is_demo(self) -> bool:
        return self.herkomst == Herkomst.DEMO

    @property
    def is_afspraak(self) -> bool:
        return self.soort in AFSPRAAK_SOORTEN

    def is_te_laat(self, peildatum) -> bool:
        """The row-level twin of ``BesluitQuerySet.te_laat``."""
        afgedaan = self.status == AfdoeningStatus.AFGEDAAN and (
            self.afdoeningsdatum is None or self.afdoeningsdatum <= peildatum
        )
        return bool(
            self.is_afspraak
            and self.termijn
            and self.datum <= peildatum
            and self.termijn < peildatum
            and not afgedaan
        )

    def clean(self):
        errors = {}
        if self.is_afspraak:
            if not self.status:
                errors["status"] = _("Een motie of toezegging heeft een status.")
            if self.status == AfdoeningStatus.AFGEDAAN:
                if not (self.wijze_van_afdoening or "").strip():
                    errors["wijze_van_afdoening"] = _(
                        "Beschrijf hoe de motie of toezegging is afgedaan."
                    )
                if not self.afdoeningsdatum:
                    errors["afdoeningsdatum"] = _("Vul de datum van afdoening in.")
            if self.afdoeningsdatum and self.datum and self.afdoeningsdatum < self.datum:
                errors["afdoeningsdatum"] = _("De afdoening kan niet voor de datum liggen.")
            if self.termijn and self.datum and self.termijn < self.datum:
                errors["termijn"] = _("De termijn kan niet voor de datum liggen.")
        else:
            meldingen = {
                "eigenaar": _("Alleen een motie of toezegging heeft een eigenaar."),
                "termijn": _("Alleen een motie of toezegging heeft een termijn."),
                "status": _("Alleen een motie of toezegging heeft een status."),
                "wijze_van_afdoening": _("Alleen een motie of toezegging wordt afgedaan."),
                "afdoeningsdatum": _("Alleen een motie of toezegging wordt afgedaan."),
            }
            for veld, melding in meldingen.items():
                if getattr(self, "eigenaar_id" if veld == "eigenaar" else veld):
                    errors[veld] = melding
        if errors:
            raise ValidationError(errors)
