from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.herkomst import VastgesteldeKeuzes, herkomstveld
from almelo_programma.kern.historie import Historie
from almelo_programma.kern.programmas import voorgangerveld

from .constants import Beoordeling, DoelCode, IndicatorSoort

# First path segments the portal uses itself: a programme's slug (its URL prefix, see
# almelo_programma/programmakeuze.py) may not be one of them.
GERESERVEERDE_SLUGS = frozenset(
    {
        "account",
        "activiteiten",
        "admin",
        "agenda",
        "api",
        "besluiten",
        "dashboard",
        "doelen",
        "enquete",
        "evaluatie",
        "feeds",
        "health",
        "indicatoren",
        "inloggen",
        "lijnen",
        "media",
        "partner",
        "programmas",
        "static",
        "toegankelijkheid",
        "uitloggen",
        "werkruimte",
        "woningbouw",
    }
)


def geen_gereserveerde_slug(waarde):
    from django.core.exceptions import ValidationError

    if waarde in GERESERVEERDE_SLUGS or "." in waarde:
        raise ValidationError(
            _(
                "De slug “%(slug)s” is een vast deel van de adressen van het portaal; "
                "kies een andere."
            ),
            params={"slug": waarde},
            code="gereserveerd",
        )


class ProgrammaQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(gearchiveerd_op__isnull=True)

    def gearchiveerd(self):
        return self.filter(gearchiveerd_op__isnull=False)


class Programma(models.Model):
    naam = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        validators=[geen_gereserveerde_slug],
        help_text=_("Het eerste deel van de adressen van dit programma, bv. /%(voorbeeld)s/.")
        % {"voorbeeld": "stedelijke-ontwikkeling"},
    )
    missie = models.TextField(_("missie"))
    startjaar = models.PositiveSmallIntegerField(_("startjaar"))
    eindjaar = models.PositiveSmallIntegerField(_("eindjaar"))
    voorganger = voorgangerveld(_("Het programma waaruit dit programma is voortgezet."))
    gearchiveerd_op = models.DateTimeField(
        _("gearchiveerd op"),
        null=True,
        blank=True,
        help_text=_("Een gearchiveerd programma is voor iedereen alleen nog te lezen."),
    )
    is_demo = models.BooleanField(
        _("demoprogramma"),
        default=False,
        help_text=_("Verzonnen voorbeeldprogramma (make run), geen programma van de gemeente."),
    )

    history = Historie()

    objects = ProgrammaQuerySet.as_manager()

    class Meta:
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(eindjaar__gte=models.F("startjaar")),
                name="programma_eindjaar_na_startjaar",
                violation_error_message=_("Het eindjaar mag niet voor het startjaar liggen."),
            ),
        ]

    def __str__(self):
        return self.naam

    @property
    def jaren(self):
        return list(range(self.startjaar, self.eindjaar + 1))

    @property
    def is_gearchiveerd(self) -> bool:
        return self.gearchiveerd_op is not None

    @property
    def periode(self) -> str:
        return f"{self.startjaar}–{self.eindjaar}"

    @property
    def naam_met_periode(self) -> str:
        """The name with the period, unless the name already ends with it."""
        return self.naam if self.periode in self.naam else f"{self.naam} {self.periode}"


class Programmarol(models.Model):
    """A user's role in one programme: a line lead in one programme is nobody in another.

    The role groups (``kern.rechten``) follow from these rows (a user is in a group when they
    hold that role in at least one programme): the groups carry the model permissions of the
    admin, the rows decide who is who in a programme (``kern.rechten.heeft_rol``).
    """

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="programmarollen",
        verbose_name=_("gebruiker"),
    )
    programma = models.ForeignKey(
        Programma, on_delete=models.CASCADE, related_name="rollen", verbose_name=_("programma")
    )
    rol = models.CharField(
        _("rol"),
        max_length=30,
        choices=[
            ("programmamanager", _("Programmamanager")),
            ("lijntrekker", _("Lijntrekker")),
            ("bestuurder", _("Bestuurder (wethouder)")),
            ("partner", _("Partner")),
        ],
    )

    history = Historie()

    class Meta:
        verbose_name = _("rol in een programma")
        verbose_name_plural = _("rollen in programma's")
        ordering = ["programma", "gebruiker", "rol"]
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "programma", "rol"],
                name="programmarol_uniek",
                violation_error_message=_("Deze gebruiker heeft deze rol in dit programma al."),
            ),
        ]

    def __str__(self):
        return f"{self.gebruiker} – {self.get_rol_display()} in {self.programma}"


class Doel(VastgesteldeKeuzes):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "programma"

    programma = models.ForeignKey(
        Programma, on_delete=models.PROTECT, related_name="doelen", verbose_name=_("programma")
    )
    code = models.CharField(_("code"), max_length=1, choices=DoelCode.choices)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    titel = models.CharField(_("titel"), max_length=200)
    titel_herkomst = herkomstveld("titel")
    omschrijving = models.TextField(_("omschrijving"))
    voorganger = voorgangerveld(
        _("Het doel van het vorige programma waaruit dit doel is overgenomen.")
    )

    history = Historie()

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["programma", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["programma", "code"],
                name="doel_code_uniek_per_programma",
                violation_error_message=_("Dit programma heeft al een doel met deze code."),
            ),
            models.CheckConstraint(
                condition=models.Q(code__in=DoelCode.values),
                name="doel_code_geldig",
                violation_error_message=_("De code van een doel is A, B of C."),
            ),
        ]

    def __str__(self):
        return f"{self.code}: {self.titel}"

    def get_absolute_url(self):
        return reverse("publiek:doel", kwargs={"slug": self.slug})


class Effectindicator(VastgesteldeKeuzes):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "doel__programma"

    doel = models.ForeignKey(
        Doel, on_delete=models.PROTECT, related_name="indicatoren", verbose_name=_("doel")
    )
    nummer = models.PositiveSmallIntegerField(
        _("nummer"), help_text=_("Volgnummer van de indicator binnen het programma (1 t/m 10).")
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    tekst = models.TextField(_("tekst"), help_text=_("Het beoogde effect, zoals in het plan."))
    soort = models.CharField(_("soort"), max_length=20, choices=IndicatorSoort.choices)
    eenheid = models.CharField(
        _("eenheid"),
        max_length=50,
        blank=True,
        help_text=_("Alleen bij kwantitatief, bv. woningen."),
    )
    basiswaarde = models.DecimalField(
        _("basiswaarde"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    basisjaar = models.PositiveSmallIntegerField(_("basisjaar"), null=True, blank=True)
    streefwaarde = models.DecimalField(
        _("streefwaarde"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    streefjaar = models.PositiveSmallIntegerField(_("streefjaar"), null=True, blank=True)
    streefwaarde_herkomst = herkomstveld("streefwaarde")
    meetkader_herkomst = herkomstveld("basiswaarde, basisjaar en streefjaar")
    toelichting = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=_("Hoe de indicator gelezen of gemeten wordt, bv. een verwante landelijke norm."),
    )
    toelichting_herkomst = herkomstveld("toelichting")
    toelichting_bron = models.CharField(
        _("bron toelichting"),
        max_length=300,
        blank=True,
        help_text=_("Bij een landelijke afspraak: welke afspraak, van wie, uit welk jaar."),
    )
    voorganger = voorgangerveld(
        _(
            "De indicator van het vorige programma die deze voortzet; haar meetreeks blijft "
            "daar staan en is van hieruit te volgen."
        )
    )

    history = Historie()

    class Meta:
        verbose_name = _("effectindicator")
        verbose_name_plural = _("effectindicatoren")
        ordering = ["nummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["doel", "nummer"],
                name="indicator_nummer_uniek_per_doel",
                violation_error_message=_("Dit doel heeft al een indicator met dit nummer."),
            ),
            models.CheckConstraint(
                condition=models.Q(soort=IndicatorSoort.KWALITATIEF)
                | (models.Q(streefwaarde__isnull=False) & ~models.Q(eenheid="")),
                name="indicator_kwantitatief_heeft_streefwaarde",
                violation_error_message=_(
                    "Een kwantitatieve indicator heeft een eenheid en een streefwaarde."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.nummer}. {self.tekst[:80]}"

    def get_absolute_url(self):
        return reverse("publiek:indicator", kwargs={"slug": self.slug})

    @property
    def is_kwantitatief(self):
        return self.soort == IndicatorSoort.KWANTITATIEF


class MetingQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published measurements (publication rule)."""
        return self.filter(gepubliceerd=True)


class Meting(models.Model):
    """A measurement of an effect indicator: a value (quantitative) or an assessment."""

    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "indicator__doel__programma"

    indicator = models.ForeignKey(
        Effectindicator,
        on_delete=models.PROTECT,
        related_name="metingen",
        verbose_name=_("effectindicator"),
    )
    datum = models.DateField(_("datum"))
    waarde = models.DecimalField(
        _("waarde"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    beoordeling = models.CharField(
        _("beoordeling"), max_length=20, choices=Beoordeling.choices, blank=True
    )
    toelichting = models.TextField(_("toelichting"), blank=True)
    bron = models.CharField(_("bron"), max_length=300, blank=True)
    gepubliceerd = models.BooleanField(
        _("gepubliceerd"), default=False, help_text=_("Zichtbaar op de openbare pagina en API.")
    )
    is_demo = models.BooleanField(
        _("demogegeven"), default=False, help_text=_("Verzonnen voorbeeldgegeven, geen meting.")
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    history = Historie()

    objects = MetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        ordering = ["indicator", "-datum", "-aangemaakt_op"]
        indexes = [
            # dashboard and public page: latest measurement per indicator
            models.Index(fields=["indicator", "-datum"], name="meting_indicator_datum_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(waarde__isnull=False) | ~models.Q(beoordeling=""),
                name="meting_heeft_waarde_of_beoordeling",
                violation_error_message=_("Een meting heeft een waarde of een beoordeling."),
            ),
        ]

    def __str__(self):
        return f"{self.indicator.nummer} — {self.datum:%d-%m-%Y}"
