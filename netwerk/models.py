import uuid

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from activiteiten.models import Activiteitenlijn

from .constants import BijeenkomstSoort, DossierStatus, PartnerSoort


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
