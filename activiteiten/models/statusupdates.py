"""Status updates: what every progress report is (``StatusupdateBase``, shared with the woondeal
sub-tracks) and an activity's own."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.historie import Historie

from ..constants import TOELICHTING_VERPLICHT, VOORTGANG_BEREIK, Status
from .lijnen import Activiteit

# "The latest update" everywhere: by reporting date, then creation time, the pk as tiebreak.
LAATSTE_EERST = ("-rapportagedatum", "-aangemaakt_op", "-id")


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
        on_delete=models.PROTECT,
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
    gewijzigd_op = models.DateTimeField(
        _("gewijzigd op"),
        auto_now=True,
        help_text=_("Wanneer deze statusupdate het laatst is gewijzigd (Atom-feed: updated)."),
    )

    class Meta:
        abstract = True

    def clean(self):
        errors = {}
        if self.voortgang is not None and self.voortgang > 100:
            errors["voortgang"] = VOORTGANG_BEREIK
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
        violation_error_message=VOORTGANG_BEREIK,
    )


class StatusupdateHistorie(Historie):
    """The audit history of status updates with only the indexes its reads use: its key, the
    update's id (the admin's "Geschiedenis" of one update) and the user (it protects the user
    from deletion, ``Historie``). Not the copies of the update's own indexes (``uuid``,
    ``activiteit``, ``auteur``, ``besluit``) nor ``history_date``: nothing looks history rows
    of updates up by them, and at a million updates they were a third of the table's size and
    four extra writes per update."""

    def __init__(self, **kwargs):
        super().__init__(no_db_index=["uuid", "activiteit", "auteur", "besluit"], **kwargs)

    def get_extra_fields(self, model, fields):
        extra = super().get_extra_fields(model, fields)
        extra["history_date"] = models.DateTimeField(db_index=False)
        return extra


class StatusupdateQuerySet(models.QuerySet):
    def openbaar(self):
        """What a visitor may see: published updates of public activities (publication rule)."""
        return self.filter(gepubliceerd=True, activiteit__openbaar=True)


class Statusupdate(StatusupdateBase):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "activiteit__lijn__doel__programma"

    activiteit = models.ForeignKey(
        Activiteit,
        on_delete=models.PROTECT,
        related_name="statusupdates",
        verbose_name=_("activiteit"),
    )
    # a string reference: the besluiten app sits above activiteiten and is not imported here
    besluit = models.ForeignKey(
        "besluiten.Besluit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statusupdates",
        verbose_name=_("besluit"),
        help_text=_("Het besluit, de motie of de toezegging achter deze update (optioneel)."),
    )

    history = StatusupdateHistorie()

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
            # the public order, newest first, pk as tiebreak, published rows only: the API's
            # status-update list (its keyset cursor seeks into this index), the Atom feed, the
            # public home page and the goal and line pages (``openbare_statusupdates()``)
            models.Index(
                fields=["-rapportagedatum", "-aangemaakt_op", "-id"],
                name="statusupdate_openbaar_idx",
                condition=models.Q(gepubliceerd=True),
            ),
            # the same order within one activity or one status: the API's status-update list
            # filtered by ``?activiteit=`` or ``?status=`` (a rare status would otherwise walk
            # the whole index above), and an activity's latest published updates nested in the
            # API's activity list and shown on its public page
            models.Index(
                fields=["activiteit", "-rapportagedatum", "-aangemaakt_op", "-id"],
                name="statusupdate_act_openbaar_idx",
                condition=models.Q(gepubliceerd=True),
            ),
            models.Index(
                fields=["status", "-rapportagedatum", "-aangemaakt_op", "-id"],
                name="statusupdate_st_openbaar_idx",
                condition=models.Q(gepubliceerd=True),
            ),
        ]
        constraints = [_voortgang_constraint("statusupdate_voortgang_0_100")]

    def __str__(self):
        return f"{self.activiteit} — {self.get_status_display()} ({self.rapportagedatum:%d-%m-%Y})"
