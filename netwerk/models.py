import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from activiteiten.models import Activiteitenlijn

from .constants import (
    ENQUETE_SCHAAL,
    BijeenkomstSoort,
    DossierStatus,
    EnqueteStatus,
    LobbyDoelwit,
    PartnerSoort,
)


class Partner(models.Model):
    naam = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    soort = models.CharField(_("soort"), max_length=30, choices=PartnerSoort.choices)
    website = models.URLField(_("website"), blank=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    platformlid = models.BooleanField(
        _("lid van het platform"),
        default=False,
        help_text=_("Lid van het Platform Stedelijke Ontwikkeling Almelo."),
    )
    lid_sinds = models.DateField(_("lid sinds"), null=True, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(platformlid=True) | models.Q(lid_sinds__isnull=True),
                name="partner_lid_sinds_alleen_voor_leden",
                violation_error_message=_("Alleen een platformlid heeft een datum 'lid sinds'."),
            ),
        ]

    def __str__(self):
        return self.naam


class Contactpersoon(models.Model):
    """Personal data: shown in the werkruimte only, never on public pages or the API."""

    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="contactpersonen", verbose_name=_("partner")
    )
    naam = models.CharField(_("naam"), max_length=200)
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=30, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["partner", "naam"]

    def __str__(self):
        return f"{self.naam} ({self.partner})"


class BijeenkomstQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: public events, never their ``interne_notities``."""
        return self.filter(openbaar=True).defer("interne_notities")


class Bijeenkomst(models.Model):
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    titel = models.CharField(_("titel"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    soort = models.CharField(_("soort"), max_length=30, choices=BijeenkomstSoort.choices)
    start = models.DateTimeField(
        _("start"), null=True, blank=True, help_text=_("Leeg: nog niet gepland.")
    )
    einde = models.DateTimeField(_("einde"), null=True, blank=True)
    locatie = models.CharField(_("locatie"), max_length=300, blank=True)
    partners = models.ManyToManyField(
        Partner, blank=True, related_name="bijeenkomsten", verbose_name=_("aanwezige partners")
    )
    lijnen = models.ManyToManyField(
        Activiteitenlijn,
        blank=True,
        related_name="bijeenkomsten",
        verbose_name=_("activiteitenlijnen"),
    )
    interne_notities = models.TextField(_("interne notities"), blank=True)
    openbare_samenvatting = models.TextField(_("openbare samenvatting"), blank=True)
    openbaar = models.BooleanField(
        _("openbaar"), default=False, help_text=_("Tonen op de openbare pagina en in de agenda.")
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)

    history = HistoricalRecords(m2m_fields=[partners, lijnen])

    objects = BijeenkomstQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["start"]
        indexes = [models.Index(fields=["openbaar", "start"], name="bijeenkomst_agenda_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(einde__isnull=True) | models.Q(einde__gte=models.F("start")),
                name="bijeenkomst_einde_na_start",
                violation_error_message=_("Het einde mag niet voor de start liggen."),
            ),
        ]

    def __str__(self):
        if self.start is None:
            return f"{self.titel} (nog niet gepland)"
        return f"{self.titel} ({self.start:%d-%m-%Y})"

    def get_absolute_url(self):
        return reverse("publiek:bijeenkomst", kwargs={"slug": self.slug})


class Lobbydossier(models.Model):
    titel = models.CharField(_("titel"), max_length=300, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    inzet = models.TextField(_("inzet"), help_text=_("Wat we met de lobby willen bereiken."))
    vragen = models.TextField(_("vragen"), blank=True, help_text=_("Wat we concreet vragen."))
    doelwitten = models.CharField(
        _("doelwitten"),
        max_length=200,
        blank=True,
        help_text=_("Bij wie we lobbyen: Rijk, provincie, andere partijen."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DossierStatus.choices, default=DossierStatus.ACTIEF
    )
    lijnen = models.ManyToManyField(
        Activiteitenlijn,
        blank=True,
        related_name="lobbydossiers",
        verbose_name=_("activiteitenlijnen"),
    )

    history = HistoricalRecords(m2m_fields=[lijnen])

    class Meta:
        verbose_name = _("lobbydossier")
        verbose_name_plural = _("lobbydossiers")
        ordering = ["titel"]

    def __str__(self):
        return self.titel


class Vervolgactie(models.Model):
    """A follow-up action from an event: shown in its owner's werkruimte until done."""

    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.CASCADE,
        related_name="vervolgacties",
        verbose_name=_("bijeenkomst"),
    )
    omschrijving = models.CharField(_("actie"), max_length=300)
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="vervolgacties",
        verbose_name=_("eigenaar"),
        help_text=_("Wie de actie uitvoert; de actie staat in diens werkruimte tot ze klaar is."),
    )
    deadline = models.DateField(_("uiterste datum"))
    afgerond = models.BooleanField(_("afgerond"), default=False)
    afgerond_op = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vervolgactie")
        verbose_name_plural = _("vervolgacties")
        ordering = ["afgerond", "deadline", "pk"]
        indexes = [
            # werkruimte: the open actions of one owner, by due date
            models.Index(
                fields=["eigenaar", "afgerond", "deadline"], name="vervolgactie_eigenaar_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(afgerond=True) | models.Q(afgerond_op__isnull=True),
                name="vervolgactie_afgerond_op_alleen_als_afgerond",
                violation_error_message=_("Alleen een afgeronde actie heeft een afronddatum."),
            ),
        ]

    def __str__(self):
        return self.omschrijving

    def get_absolute_url(self):
        return reverse("netwerk:bijeenkomst", kwargs={"slug": self.bijeenkomst.slug})

    @property
    def is_te_laat(self) -> bool:
        return not self.afgerond and self.deadline < timezone.localdate()


class Lobbycontact(models.Model):
    """One entry in a lobby dossier's contact log: who we spoke to, about what, with what result."""

    dossier = models.ForeignKey(
        Lobbydossier,
        on_delete=models.CASCADE,
        related_name="contacten",
        verbose_name=_("lobbydossier"),
    )
    datum = models.DateField(_("datum"))
    partner = models.ForeignKey(
        Partner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="lobbycontacten",
        verbose_name=_("partner"),
        help_text=_("De organisatie waarmee contact was, als die als partner bekend is."),
    )
    doelwit = models.CharField(
        _("doelwit"), max_length=20, choices=LobbyDoelwit.choices, default=LobbyDoelwit.RIJK
    )
    met_wie = models.CharField(
        _("met wie"),
        max_length=300,
        help_text=_("Organisatie en functie, bv. 'Ministerie van BZK, directie Wonen'."),
    )
    samenvatting = models.TextField(_("samenvatting"))
    uitkomst = models.TextField(_("uitkomst"), blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("lobbycontact")
        verbose_name_plural = _("lobbycontacten")
        ordering = ["-datum", "-aangemaakt_op"]
        indexes = [
            # dossier page and dashboard: the latest contacts first
            models.Index(fields=["dossier", "-datum"], name="lobbycontact_dossier_idx"),
            models.Index(fields=["-datum", "-aangemaakt_op"], name="lobbycontact_recent_idx"),
        ]

    def __str__(self):
        return f"{self.dossier} — {self.met_wie} ({self.datum:%d-%m-%Y})"


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

    history = HistoricalRecords()

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
        Enquete, on_delete=models.CASCADE, related_name="uitnodigingen", verbose_name=_("enquête")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="uitnodigingen", verbose_name=_("partner")
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
        Enquete, on_delete=models.CASCADE, related_name="reacties", verbose_name=_("enquête")
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
