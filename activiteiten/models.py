import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from doelen.models import Doel

from .constants import TOELICHTING_VERPLICHT, PeriodeSoort, Status


class Activiteitenlijn(models.Model):
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

    history = HistoricalRecords()

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


class ActiviteitQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: activities marked ``openbaar`` (publication rule)."""
        return self.filter(openbaar=True)


class Activiteit(models.Model):
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    lijn = models.ForeignKey(
        Activiteitenlijn,
        on_delete=models.PROTECT,
        related_name="activiteiten",
        verbose_name=_("activiteitenlijn"),
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    titel = models.CharField(_("titel"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
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

    history = HistoricalRecords(excluded_fields=["versie"])

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


class StatusupdateBase(models.Model):
    """What a status update is, for activities and for woondeal sub-tracks alike."""

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    rapportagedatum = models.DateField(_("rapportagedatum"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    voortgang = models.PositiveSmallIntegerField(
        _("voortgang (%)"), help_text=_("Percentage gereed, 0 tot en met 100.")
    )
    toelichting = models.TextField(_("toelichting"), blank=True)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    gepubliceerd = models.BooleanField(
        _("gepubliceerd"), default=False, help_text=_("Tonen op de openbare voortgangspagina.")
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        abstract = True

    def clean(self):
        errors = {}
        if self.voortgang is not None and self.voortgang > 100:
            errors["voortgang"] = _("De voortgang is een percentage van 0 tot en met 100.")
        if self.status in TOELICHTING_VERPLICHT and not (self.toelichting or "").strip():
            errors["toelichting"] = _("Licht toe waarom de status '%(status)s' is.") % {
                "status": self.get_status_display()
            }
        if self.status == Status.AFGEROND and self.voortgang is not None and self.voortgang != 100:
            errors["voortgang"] = _("Een afgeronde activiteit heeft een voortgang van 100%.")
        if errors:
            raise ValidationError(errors)


def _voortgang_constraint(name):
    return models.CheckConstraint(
        condition=models.Q(voortgang__gte=0, voortgang__lte=100),
        name=name,
        violation_error_message=_("De voortgang is een percentage van 0 tot en met 100."),
    )


class StatusupdateQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published updates of public activities (publication rule)."""
        return self.filter(gepubliceerd=True, activiteit__openbaar=True)


class Statusupdate(StatusupdateBase):
    activiteit = models.ForeignKey(
        Activiteit,
        on_delete=models.CASCADE,
        related_name="statusupdates",
        verbose_name=_("activiteit"),
    )

    history = HistoricalRecords()

    objects = StatusupdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("statusupdate")
        verbose_name_plural = _("statusupdates")
        ordering = ["-rapportagedatum", "-aangemaakt_op"]
        get_latest_by = ["rapportagedatum", "aangemaakt_op"]
        indexes = [
            # latest update per activity (werkruimte, dashboard, public page)
            models.Index(
                fields=["activiteit", "-rapportagedatum", "-aangemaakt_op"],
                name="statusupdate_laatste_idx",
            ),
        ]
        constraints = [_voortgang_constraint("statusupdate_voortgang_0_100")]

    def __str__(self):
        return f"{self.activiteit} — {self.get_status_display()} ({self.rapportagedatum:%d-%m-%Y})"


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

    history = HistoricalRecords()

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
