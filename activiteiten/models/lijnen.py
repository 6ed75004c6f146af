"""Activity lines and their yearly activities."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.herkomst import VastgesteldeKeuzes, herkomstveld
from almelo_programma.kern.historie import Historie
from almelo_programma.kern.programmas import voorgangerveld
from doelen.models import Doel

from ..constants import Status


class Activiteitenlijn(models.Model):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "doel__programma"

    doel = models.ForeignKey(
        Doel, on_delete=models.PROTECT, related_name="lijnen", verbose_name=_("doel")
    )
    code = models.CharField(
        _("code"), max_length=3, help_text=_("Doelcode gevolgd door een volgnummer, bv. A1.")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    naam = models.CharField(_("naam"), max_length=200)
    omschrijving = models.TextField(_("omschrijving"))
    trekker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="getrokken_lijnen",
        verbose_name=_("trekker"),
    )
    voorganger = voorgangerveld(
        _("De activiteitenlijn van het vorige programma die deze lijn voortzet.")
    )

    history = Historie()

    class Meta:
        verbose_name = _("activiteitenlijn")
        verbose_name_plural = _("activiteitenlijnen")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["doel", "code"],
                name="lijn_code_uniek_per_doel",
                violation_error_message=_("Dit doel heeft al een activiteitenlijn met deze code."),
            ),
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[ABC][1-9][0-9]?$"),
                name="lijn_code_geldig",
                violation_error_message=_(
                    "De code van een activiteitenlijn is een doelcode en een nummer, bv. A1."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.naam}"

    def get_absolute_url(self):
        """The public page (see docs/architecture.md: public page first, where there is one)."""
        return reverse("publiek:lijn", kwargs={"slug": self.slug})

    def get_werkruimte_url(self):
        return reverse("activiteiten:lijn", kwargs={"slug": self.slug})

    def clean(self):
        if self.doel_id and self.code and not self.code.startswith(self.doel.code):
            raise ValidationError(
                {
                    "code": _("De code moet beginnen met de code van het doel (%(doel)s).")
                    % {"doel": self.doel.code}
                }
            )


# What an activity stores of its latest update (prefix ``laatste_update_``) and of its latest
# published update (prefix ``laatste_openbare_``): suffix -> column of the status update.
AFGELEID_UIT_UPDATE = {
    "status": "status",
    "voortgang": "voortgang",
    "datum": "rapportagedatum",
    "is_demo": "is_demo",
}
AFGELEIDE_VELDEN = [
    f"{prefix}{suffix}"
    for prefix in ("laatste_update_", "laatste_openbare_")
    for suffix in AFGELEID_UIT_UPDATE
]


def _afgeleid(veldtype, verbose_name, **opties):
    """A derived field: empty while there is no update, never on a form, not in the history."""
    return veldtype(verbose_name, null=True, blank=True, editable=False, **opties)


class ActiviteitQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: activities marked ``openbaar`` (publication rule)."""
        return self.filter(openbaar=True)


class Activiteit(VastgesteldeKeuzes):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "lijn__doel__programma"

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    lijn = models.ForeignKey(
        Activiteitenlijn,
        on_delete=models.PROTECT,
        related_name="activiteiten",
        verbose_name=_("activiteitenlijn"),
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    jaar_herkomst = herkomstveld("jaar")
    titel = models.CharField(_("titel"), max_length=300)
    titel_herkomst = herkomstveld("titel")
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    plantekst = models.TextField(
        _("tekst uit het programmaplan"),
        blank=True,
        help_text=_(
            "De zin uit het programmaplan waar deze activiteit op berust, letterlijk; getoond "
            "naast een titel of jaar die het programmateam heeft gekozen."
        ),
    )
    geplande_start = models.DateField(_("geplande start"), null=True, blank=True)
    geplande_eind = models.DateField(_("gepland einde"), null=True, blank=True)
    trekker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="getrokken_activiteiten",
        verbose_name=_("trekker"),
    )
    openbaar = models.BooleanField(
        _("openbaar"), default=False, help_text=_("Tonen op de openbare voortgangspagina.")
    )
    gewicht = models.PositiveSmallIntegerField(
        _("gewicht"),
        default=1,
        help_text=_("Weegt mee in de voortgang van de lijn (standaard 1)."),
    )
    vorige = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="vervolgen",
        verbose_name=_("voortgezet uit"),
        help_text=_("De activiteit van vorig jaar waarvan deze een voortzetting is."),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    versie = models.PositiveIntegerField(
        _("versie"), default=1, editable=False, help_text=_("Voor het detecteren van conflicten.")
    )
    # Derived, kept by ``activiteiten.services.laatste_updates_bijwerken`` in the transaction of
    # every write of status updates (see docs/decisions.md): what the overviews need of the
    # latest update and of the latest published update, so that a roll-up over thousands of
    # activities reads this table alone instead of looking up each activity's latest update.
    laatste_update_status = _afgeleid(
        models.CharField, _("status van de laatste update"), max_length=20, choices=Status.choices
    )
    laatste_update_voortgang = _afgeleid(
        models.PositiveSmallIntegerField, _("voortgang van de laatste update")
    )
    laatste_update_datum = _afgeleid(models.DateField, _("rapportagedatum van de laatste update"))
    laatste_update_is_demo = _afgeleid(models.BooleanField, _("laatste update is demo"))
    laatste_openbare_status = _afgeleid(
        models.CharField,
        _("status van de laatste gepubliceerde update"),
        max_length=20,
        choices=Status.choices,
    )
    laatste_openbare_voortgang = _afgeleid(
        models.PositiveSmallIntegerField, _("voortgang van de laatste gepubliceerde update")
    )
    laatste_openbare_datum = _afgeleid(
        models.DateField, _("rapportagedatum van de laatste gepubliceerde update")
    )
    laatste_openbare_is_demo = _afgeleid(
        models.BooleanField, _("laatste gepubliceerde update is demo")
    )

    history = Historie(excluded_fields=["versie", *AFGELEIDE_VELDEN])

    objects = ActiviteitQuerySet.as_manager()

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["lijn__code", "jaar", "titel"]
        indexes = [
            # werkruimte and public list: activities per line and year
            models.Index(fields=["lijn", "jaar"], name="activiteit_lijn_jaar_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(jaar__gte=2000, jaar__lte=2100),
                name="activiteit_jaar_redelijk",
                violation_error_message=_("Het jaar moet tussen 2000 en 2100 liggen."),
            ),
            models.CheckConstraint(
                condition=models.Q(geplande_eind__isnull=True)
                | models.Q(geplande_start__isnull=True)
                | models.Q(geplande_eind__gte=models.F("geplande_start")),
                name="activiteit_eind_na_start",
                violation_error_message=_("Het geplande einde mag niet voor de start liggen."),
            ),
            models.CheckConstraint(
                condition=models.Q(gewicht__gte=1),
                name="activiteit_gewicht_positief",
                violation_error_message=_("Het gewicht is minstens 1."),
            ),
        ]

    def __str__(self):
        return f"{self.lijn.code} {self.jaar}: {self.titel}"

    def get_absolute_url(self):
        """The public page (see docs/architecture.md: public page first, where there is one)."""
        return reverse("publiek:activiteit", kwargs={"slug": self.slug})

    def get_werkruimte_url(self):
        return reverse("activiteiten:activiteit", kwargs={"slug": self.slug})
