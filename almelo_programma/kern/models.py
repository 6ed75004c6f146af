"""The kernel's one model: the outbox of background tasks (see ``uitgaand.py``)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class UitgaandeTaak(models.Model):
    """A Celery task that a write asked for, stored in the write's own transaction.

    It is handed to the broker after the commit and, when the broker was away, by the periodic
    sweep; ``verstuurd_op`` says when the broker took it.
    """

    taak = models.CharField(_("taak"), max_length=200, help_text=_("De naam van de Celery-taak."))
    argumenten = models.JSONField(_("argumenten"), default=list, blank=True)
    geheim = models.BooleanField(
        _("geheim"),
        default=False,
        help_text=_("De argumenten (bijv. een persoonlijke link) worden gewist na het versturen."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    pogingen = models.PositiveIntegerField(
        _("mislukte pogingen"), default=0, help_text=_("Hoe vaak de broker onbereikbaar was.")
    )
    laatste_fout = models.TextField(_("laatste fout"), blank=True)

    class Meta:
        verbose_name = _("uitgaande taak")
        verbose_name_plural = _("uitgaande taken")
        ordering = ["pk"]
        indexes = [
            # the sweep: the unsent tasks, oldest first
            models.Index(
                fields=["id"], condition=Q(verstuurd_op__isnull=True), name="uitgaand_open_idx"
            ),
        ]

    def __str__(self):
        return f"{self.taak}{tuple(self.argumenten) if not self.geheim else ''}"
