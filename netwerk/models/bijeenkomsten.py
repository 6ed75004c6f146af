"""Events (bijeenkomsten) and their follow-up actions (vervolgacties)."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.herkomst import herkomstveld
from almelo_programma.kern.historie import Historie

from ..constants import BijeenkomstSoort
from .partners import Partner


class BijeenkomstQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: public events, never their ``interne_notities``."""
        return self.filter(openbaar=True).defer("interne_notities")


class Bijeenkomst(models.Model):
    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    titel = models.CharField(_("titel"), max_length=300)
    titel_herkomst = herkomstveld("titel")
    plantekst = models.TextField(
        _("tekst uit het programmaplan"),
        blank=True,
        help_text=_("De zin uit het programmaplan waar deze bijeenkomst op teruggaat, letterlijk."),
    )
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

    history = Historie(m2m_fields=[partners, lijnen])

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


class Vervolgactie(models.Model):
    """A follow-up action from an event: shown in its owner's werkruimte until done."""

    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.PROTECT,
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

    history = Historie()

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
