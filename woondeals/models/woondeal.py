"""The woondeal: the agreement, its agreed homes per year, its sub-tracks with their status
updates, and the yearly purchase price limit."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitenlijn, StatusupdateBase, _voortgang_constraint
from almelo_programma.kern.herkomst import VastgesteldeKeuzes, herkomstveld
from almelo_programma.kern.historie import Historie
from almelo_programma.kern.programmas import voorgangerveld


def _percentage_constraint(field, name):
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gte": 0, f"{field}__lte": 100}),
        name=name,
        violation_error_message=_("Een aandeel is een percentage van 0 tot en met 100."),
    )


class Woondeal(VastgesteldeKeuzes):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "lijn__doel__programma"

    regio = models.CharField(_("regio"), max_length=200)
    regio_herkomst = herkomstveld("regio")
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
    normen_herkomst = herkomstveld("normen")
    normen_bron = models.TextField(
        _("bron normen"),
        blank=True,
        help_text=_("Waar de normen voor sociale huur en betaalbaar vandaan komen."),
    )
    toelichting = models.TextField(_("toelichting"), blank=True)
    voorganger = voorgangerveld(
        _("De woondeal van het vorige programma die deze woondeal voortzet.")
    )

    history = Historie()

    class Meta:
        verbose_name = _("woondeal")
        verbose_name_plural = _("woondeals")
        ordering = ["regio", "gemeente"]
        constraints = [
            # One woondeal per municipality in a region within a programme (its line); the
            # successor programme carries a copy on its own line.
            models.UniqueConstraint(
                fields=["regio", "gemeente", "lijn"],
                name="woondeal_uniek_per_gemeente_per_lijn",
                violation_error_message=_(
                    "Deze activiteitenlijn heeft al een woondeal voor deze gemeente in deze regio."
                ),
            ),
            # and at most one that no line (programme) carries yet
            models.UniqueConstraint(
                fields=["regio", "gemeente"],
                condition=models.Q(lijn__isnull=True),
                name="woondeal_uniek_per_gemeente_zonder_lijn",
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

    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "woondeal__lijn__doel__programma"

    woondeal = models.ForeignKey(
        Woondeal, on_delete=models.PROTECT, related_name="afspraken", verbose_name=_("woondeal")
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    woningen = models.IntegerField(
        _("afgesproken woningen"), help_text=_("Aantal op te leveren woningen in dit jaar.")
    )
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = Historie()

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
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "woondeal__lijn__doel__programma"

    woondeal = models.ForeignKey(
        Woondeal, on_delete=models.PROTECT, related_name="deelsporen", verbose_name=_("woondeal")
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
    voorganger = voorgangerveld(
        _("Het deelspoor van het vorige programma dat dit deelspoor voortzet.")
    )
    versie = models.PositiveIntegerField(_("versie"), default=1, editable=False)

    history = Historie(excluded_fields=["versie"])

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
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "deelspoor__woondeal__lijn__doel__programma"

    deelspoor = models.ForeignKey(
        Deelspoor,
        on_delete=models.PROTECT,
        related_name="statusupdates",
        verbose_name=_("deelspoor"),
    )

    history = Historie()

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


class Koopprijsgrens(models.Model):
    """The purchase price limit for 'betaalbare koop' in a year (a setting, set yearly)."""

    jaar = models.PositiveSmallIntegerField(_("jaar"), unique=True)
    bedrag = models.DecimalField(_("koopprijsgrens (€)"), max_digits=10, decimal_places=0)
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    history = Historie()

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
