"""Where a text or a norm comes from, shown beside it so no reader mistakes a choice for plan text.

Every text field and norm that the programme plan does not state verbatim carries one of these
(``<veld>_herkomst`` on the model), and rows with choices of the programme team record who last
set them and when (``vastgesteld_door``, ``vastgesteld_op``). The plan's own texts are loaded by
``laden.py`` and checked against the plan file by the fidelity test.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Herkomst(models.TextChoices):
    PROGRAMMAPLAN = "programmaplan", _("uit het programmaplan")
    PROGRAMMATEAM = "programmateam", _("vastgesteld door het programmateam")
    LANDELIJK = "landelijk", _("landelijke afspraak")
    DEMO = "demo", _("demo")


def herkomstveld(onderwerp: str, default: str = Herkomst.PROGRAMMATEAM) -> models.CharField:
    """The provenance field of ``onderwerp`` (e.g. "titel"): anything typed into the portal is
    the programme team's until the loader says it is the plan's."""
    return models.CharField(
        _("herkomst %(onderwerp)s") % {"onderwerp": onderwerp},
        max_length=20,
        choices=Herkomst.choices,
        default=default,
    )


class VastgesteldeKeuzes(models.Model):
    """Who of the programme team last set this row's choices (its ``<veld>_herkomst`` fields
    that say "vastgesteld door het programmateam") and when."""

    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("keuzes vastgesteld door"),
        help_text=_("Leeg bij keuzes die bij het laden van het programma zijn vastgelegd."),
    )
    vastgesteld_op = models.DateTimeField(_("keuzes vastgesteld op"), null=True, blank=True)

    class Meta:
        abstract = True


def keuze_vastleggen(instance, *, door, velden: tuple[str, ...], oud: dict) -> bool:
    """Record ``door`` and now as who set the team's choices of ``instance`` when any of
    ``velden`` differs from ``oud`` (their values before the change); returns whether it did."""
    if all(getattr(instance, veld) == oud.get(veld) for veld in velden):
        return False
    instance.vastgesteld_door = door
    instance.vastgesteld_op = timezone.now()
    return True


class KeuzesAdminMixin:
    """Admin of a ``VastgesteldeKeuzes`` model: an edit of one of ``keuzevelden`` (the team's
    choices and their provenance) records the editor and the time; both are read-only."""

    keuzevelden: tuple[str, ...] = ()
    readonly_fields = ("vastgesteld_door", "vastgesteld_op")

    def save_model(self, request, obj, form, change):
        if set(form.changed_data) & set(self.keuzevelden):
            obj.vastgesteld_door = request.user
            obj.vastgesteld_op = timezone.now()
        super().save_model(request, obj, form, change)
