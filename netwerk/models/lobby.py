"""Lobby dossiers and their contact log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.herkomst import herkomstveld
from almelo_programma.kern.historie import Historie

from ..constants import DossierStatus, LobbyDoelwit
from .partners import Partner


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
    doelwitten_herkomst = herkomstveld("doelwitten")
    status = models.CharField(
        _("status"), max_length=20, choices=DossierStatus.choices, default=DossierStatus.ACTIEF
    )
    lijnen = models.ManyToManyField(
        Activiteitenlijn,
        blank=True,
        related_name="lobbydossiers",
        verbose_name=_("activiteitenlijnen"),
    )

    history = Historie(m2m_fields=[lijnen])

    class Meta:
        verbose_name = _("lobbydossier")
        verbose_name_plural = _("lobbydossiers")
        ordering = ["titel"]

    def __str__(self):
        return self.titel


class Lobbycontact(models.Model):
    """One entry in a lobby dossier's contact log: who we spoke to, about what, with what result."""

    dossier = models.ForeignKey(
        Lobbydossier,
        on_delete=models.PROTECT,
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
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    is_demo = models.BooleanField(_("demogegeven"), default=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    history = Historie()

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
