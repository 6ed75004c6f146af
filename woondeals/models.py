import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from activiteiten.models import Activiteitenlijn, StatusupdateBase, _voortgang_constraint
from netwerk.models import Partner

from .constants import (
    AanvraagStatus,
    GebiedFase,
    GebiedRol,
    Planstatus,
    ProjectFase,
    Regeling,
    VoorwaardeSoort,
)


def _percentage_constraint(field, name):
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gte": 0, f"{field}__lte": 100}),
        name=name,
        violation_error_message=_("Een aandeel is een percentage van 0 tot en met 100."),
    )


class Woondeal(models.Model):
    regio = models.CharField(_("regio"), max_length=200)
    gemeente = models.CharField(_("gemeente"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    lijn = models.ForeignKey(
        Activiteitenlijn,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="woondeals",
        verbose_name=_("activiteitenlijn"),
        help_text=_("De lijn die de woondeal uitwerkt (A4)."),
    )
    ondertekend_op = models.DateField(_("ondertekend op"), null=True, blank=True)
    doel_woningen = models.PositiveIntegerField(
        _("doel aantal woningen"), null=True, blank=True, help_text=_("Af te spreken aantal.")
    )
    eindjaar = models.PositiveSmallIntegerField(_("eindjaar"), null=True, blank=True)
    aandeel_sociale_huur = models.DecimalField(
        _("aandeel sociale huur (%)"), max_digits=5, decimal_places=2, default=30
    )
    aandeel_betaalbaar = models.DecimalField(
        _("aandeel betaalbaar (%)"),
        max_digits=5,
        decimal_places=2,
        default=66.67,
        help_text=_("Sociale huur, middenhuur en betaalbare koop samen."),
    )
    toelichting = models.TextField(_("toelichting"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("woondeal")
        verbose_name_plural = _("woondeals")
        ordering = ["regio", "gemeente"]
        constraints = [
            models.UniqueConstraint(
                fields=["regio", "gemeente"],
                name="woondeal_uniek_per_gemeente",
                violation_error_message=_(
                    "Er is al een woondeal voor deze gemeente in deze regio."
                ),
            ),
            _percentage_constraint("aandeel_sociale_huur", "woondeal_sociale_huur_0_100"),
            _percentage_constraint("aandeel_betaalbaar", "woondeal_betaalbaar_0_100"),
        ]

    def __str__(self):
        return f"Woondeal {self.regio} — {self.gemeente}"


class Woondealafspraak(models.Model):
    """The number of homes agreed in the woondeal for one year (added to the single total)."""

    woondeal = models.ForeignKey(
        Woondeal, on_delete=models.CASCADE, related_name="afspraken", verbose_name=_("woondeal")
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    woningen = models.IntegerField(
        _("afgesproken woningen"), help_text=_("Aantal op te leveren woningen in dit jaar.")
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("jaarafspraak woondeal")
        verbose_name_plural = _("jaarafspraken woondeal")
        ordering = ["woondeal", "jaar"]
        constraints = [
            models.UniqueConstraint(
                fields=["woondeal", "jaar"],
                name="woondealafspraak_uniek_per_jaar",
                violation_error_message=_("Voor dit jaar is al een aantal afgesproken."),
            ),
            models.CheckConstraint(
                condition=models.Q(woningen__gte=0),
                name="woondealafspraak_niet_negatief",
                violation_error_message=_("Het aantal woningen kan niet negatief zijn."),
            ),
        ]

    def __str__(self):
        return f"{self.woondeal.gemeente} {self.jaar}: {self.woningen} woningen"


class DeelspoorQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: sub-tracks marked ``openbaar`` (publication rule)."""
        return self.filter(openbaar=True)


class Deelspoor(models.Model):
    woondeal = models.ForeignKey(
        Woondeal, on_delete=models.CASCADE, related_name="deelsporen", verbose_name=_("woondeal")
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    trekker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="getrokken_deelsporen",
        verbose_name=_("trekker"),
    )
    openbaar = models.BooleanField(_("openbaar"), default=True)
    versie = models.PositiveIntegerField(_("versie"), default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["versie"])

    objects = DeelspoorQuerySet.as_manager()

    class Meta:
        verbose_name = _("deelspoor")
        verbose_name_plural = _("deelsporen")
        ordering = ["woondeal", "nummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["woondeal", "nummer"],
                name="deelspoor_nummer_uniek",
                violation_error_message=_("Deze woondeal heeft al een deelspoor met dit nummer."),
            ),
        ]

    def __str__(self):
        return f"{self.nummer}. {self.naam}"

    def get_absolute_url(self):
        return reverse("woondeals:deelspoor", kwargs={"slug": self.slug})

    def get_werkruimte_url(self):
        return self.get_absolute_url()


class DeelspoorUpdateQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published updates of public sub-tracks (publication rule)."""
        return self.filter(gepubliceerd=True, deelspoor__openbaar=True)


class DeelspoorUpdate(StatusupdateBase):
    deelspoor = models.ForeignKey(
        Deelspoor,
        on_delete=models.CASCADE,
        related_name="statusupdates",
        verbose_name=_("deelspoor"),
    )

    history = HistoricalRecords()

    objects = DeelspoorUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("statusupdate deelspoor")
        verbose_name_plural = _("statusupdates deelsporen")
        ordering = ["-rapportagedatum", "-aangemaakt_op"]
        indexes = [
            models.Index(
                fields=["deelspoor", "-rapportagedatum", "-aangemaakt_op"],
                name="deelspoorupdate_laatste_idx",
            ),
        ]
        constraints = [_voortgang_constraint("deelspoorupdate_voortgang_0_100")]

    def __str__(self):
        return f"{self.deelspoor} — {self.get_status_display()} ({self.rapportagedatum:%d-%m-%Y})"


class WoningbouwprojectQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published projects (publication rule)."""
        return self.filter(gepubliceerd=True)


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
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords()

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
        ]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("woondeals:project", kwargs={"slug": self.slug})

    @property
    def totaal_woningen(self):
        return self.sociale_huur + self.middenhuur + self.betaalbare_koop + self.vrije_sector


class Realisatie(models.Model):
    """Homes started and completed in a project in one year, recorded as it happens."""

    project = models.ForeignKey(
        Woningbouwproject,
        on_delete=models.CASCADE,
        related_name="realisaties",
        verbose_name=_("project"),
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    gestart = models.PositiveIntegerField(_("woningen in aanbouw genomen"), default=0)
    opgeleverd = models.PositiveIntegerField(_("woningen opgeleverd"), default=0)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords()

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

    history = HistoricalRecords(m2m_fields=[projecten])

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


class Gebiedsontwikkeling(models.Model):
    """An area development in the 'Almelose aanpak' (line C1): phases, milestones and roles."""

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    wijk = models.CharField(_("wijk"), max_length=200, blank=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    fase = models.CharField(
        _("fase"), max_length=20, choices=GebiedFase.choices, default=GebiedFase.INITIATIEF
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords()

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
        on_delete=models.CASCADE,
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

    history = HistoricalRecords()

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
        on_delete=models.CASCADE,
        related_name="rollen",
        verbose_name=_("gebiedsontwikkeling"),
    )
    rol = models.CharField(_("rol"), max_length=20, choices=GebiedRol.choices)
    partner = models.ForeignKey(
        Partner,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="gebiedsrollen",
        verbose_name=_("organisatie"),
    )
    persoon = models.CharField(
        _("persoon"), max_length=200, blank=True, help_text=_("Naam van de persoon (intern).")
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    history = HistoricalRecords()

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


class Koopprijsgrens(models.Model):
    """The purchase price limit for 'betaalbare koop' in a year (a setting, set yearly)."""

    jaar = models.PositiveSmallIntegerField(_("jaar"), unique=True)
    bedrag = models.DecimalField(_("koopprijsgrens (€)"), max_digits=10, decimal_places=0)
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("koopprijsgrens")
        verbose_name_plural = _("koopprijsgrenzen")
        ordering = ["jaar"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(bedrag__gt=0),
                name="koopprijsgrens_positief",
                violation_error_message=_("De koopprijsgrens moet groter dan nul zijn."),
            ),
        ]

    def __str__(self):
        return f"{self.jaar}: € {self.bedrag}"


class SubsidieVoorwaarde(models.Model):
    """A condition of a subsidy application as data, checked against the linked projects."""

    aanvraag = models.ForeignKey(
        Subsidieaanvraag,
        on_delete=models.CASCADE,
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

    history = HistoricalRecords()

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
