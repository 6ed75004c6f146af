"""Large imports as a background job, with their progress on a status page.

An upload of more than ``IMPORT_ACHTERGROND_RIJEN`` rows is not imported while the browser
waits (a web worker's time limit would cut it off): the view stores the file in a job row of a
concrete subclass of ``Importtaak`` (one per import: ``werkruimte.Bijwerkimport``,
``woondeals.Projectimport``) and a Celery task runs the same all-or-nothing import through
``importtaak_uitvoeren``. The job row holds the status, the rows done so far, the first
``MAX_FOUTEN_GETOOND`` errors and their count; the uploaded bytes are removed when it ends.

The task is idempotent: it claims the row (``wachtrij`` → ``bezig``) in one UPDATE, so a
message delivered twice imports once. When the broker cannot be reached, the job is marked
failed at once, with nothing saved, instead of the page answering 500. A job still ``bezig``
past the task's hard time limit lost its worker (its transaction rolled back): the status page
marks it failed (``importtaak_verlopen``), so it never shows "bezig" forever.
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.contrib import admin
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .admin import ArchiefAdminMixin
from .getallen import nl_getal
from .programmas import ProgrammaGearchiveerd
from .uitwisseling import MAX_FOUTEN_GETOOND, fouten_ingekort, fouten_telling

logger = logging.getLogger(__name__)


class ImportStatus(models.TextChoices):
    WACHTRIJ = "wachtrij", _("In de wachtrij")
    BEZIG = "bezig", _("Wordt ingelezen")
    OPGESLAGEN = "opgeslagen", _("Opgeslagen")
    AFGEWEZEN = "afgewezen", _("Niets opgeslagen: fouten in het bestand")
    MISLUKT = "mislukt", _("Mislukt")


class Importtaak(models.Model):
    """One large upload, imported by a background job (abstract: each import has its table)."""

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255)
    inhoud = models.BinaryField(
        _("inhoud"),
        blank=True,
        help_text=_("Het geüploade bestand; leeg zodra de import klaar is."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.WACHTRIJ
    )
    rijen = models.PositiveIntegerField(_("rijen"), default=0)
    verwerkt = models.PositiveIntegerField(
        _("verwerkte rijen"), default=0, help_text=_("Hoeveel rijen al gecontroleerd zijn.")
    )
    fouten = models.JSONField(
        _("fouten"), default=list, blank=True, help_text=_("De eerste fouten, als tekst.")
    )
    fouten_aantal = models.PositiveIntegerField(_("aantal fouten"), default=0)
    samenvatting = models.CharField(_("samenvatting"), max_length=300, blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aangevraagd door"),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gestart_op = models.DateTimeField(_("gestart op"), null=True, blank=True)
    klaar_op = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-aangemaakt_op"]

    def __str__(self):
        return f"Import {self.bestandsnaam}"

    @property
    def loopt(self) -> bool:
        return self.status in (ImportStatus.WACHTRIJ, ImportStatus.BEZIG)

    @property
    def voortgang(self) -> int:
        """Percentage of the rows checked (100 when it has ended)."""
        if not self.loopt:
            return 100
        return min(100, round(100 * self.verwerkt / self.rijen)) if self.rijen else 0

    @property
    def rijen_nl(self) -> str:
        return nl_getal(self.rijen)

    @property
    def verwerkt_nl(self) -> str:
        return nl_getal(self.verwerkt)

    @property
    def fouten_telling(self) -> str:
        return fouten_telling(self.fouten_aantal)

    @property
    def fouten_ingekort(self) -> str:
        return fouten_ingekort(self.fouten_aantal)


def importtaak_starten(taak: Importtaak, task) -> None:
    """Enqueue ``task`` (a Celery task taking the job's id) once the job row is committed."""

    def versturen():
        try:
            task.delay(taak.pk)
        except Exception:  # noqa: BLE001 - any broker failure: the job fails, the page works
            logger.exception("Import %s kon niet in de wachtrij", taak.uuid)
            type(taak).objects.filter(pk=taak.pk, status=ImportStatus.WACHTRIJ).update(
                status=ImportStatus.MISLUKT,
                samenvatting="De achtergrondverwerking is nu niet bereikbaar; er is niets "
                "opgeslagen. Probeer het later opnieuw.",
                inhoud=b"",
                klaar_op=timezone.now(),
            )

    transaction.on_commit(versturen)


def importtaak_uitvoeren(model: type[Importtaak], taak_id: int, importeer) -> None:
    """Run ``importeer(taak, voortgang)`` for job ``taak_id`` once. ``importeer`` returns
    ``(fouten, samenvatting)``: a list of errors (nothing was saved) or an empty list and a
    Dutch summary of what was saved; it calls ``voortgang(verwerkt)`` now and then, outside its
    writing transaction, so the status page can show it."""
    if not model.objects.filter(pk=taak_id, status=ImportStatus.WACHTRIJ).update(
        status=ImportStatus.BEZIG, gestart_op=timezone.now()
    ):
        return  # done, or being done: a message delivered twice imports once
    taak = model.objects.get(pk=taak_id)

    def voortgang(verwerkt: int) -> None:
        model.objects.filter(pk=taak_id).update(verwerkt=verwerkt)

    klaar = {"inhoud": b"", "klaar_op": timezone.now()}
    try:
        fouten, samenvatting = importeer(taak, voortgang)
    except ProgrammaGearchiveerd as exc:
        # a row of an archived programme: refused with its Dutch message, nothing saved
        model.objects.filter(pk=taak_id).update(
            status=ImportStatus.MISLUKT,
            samenvatting=f"{exc} Er is niets opgeslagen.",
            **klaar,
        )
        return
    except Exception:
        logger.exception("Import %s mislukt", taak.uuid)
        model.objects.filter(pk=taak_id).update(
            status=ImportStatus.MISLUKT,
            samenvatting="Er ging onverwacht iets mis; er is niets opgeslagen. Probeer het "
            "opnieuw of meld het aan de beheerder.",
            **klaar,
        )
        raise
    model.objects.filter(pk=taak_id).update(
        status=ImportStatus.AFGEWEZEN if fouten else ImportStatus.OPGESLAGEN,
        fouten=[str(f) for f in fouten[:MAX_FOUTEN_GETOOND]],
        fouten_aantal=len(fouten),
        samenvatting=samenvatting,
        verwerkt=taak.rijen,
        **klaar,
    )


def importtaak_verlopen(taak: Importtaak) -> Importtaak:
    """A job still "bezig" longer than the task's hard time limit has lost its worker (killed,
    restarted): its transaction was rolled back, so nothing was saved. Mark it failed so that
    the page says so instead of "bezig" forever; returns the job as it now is."""
    grens = timezone.now() - datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    if taak.status == ImportStatus.BEZIG and taak.gestart_op and taak.gestart_op < grens:
        type(taak).objects.filter(pk=taak.pk, status=ImportStatus.BEZIG).update(
            status=ImportStatus.MISLUKT,
            samenvatting="Het inlezen is afgebroken; er is niets opgeslagen. Lees het bestand "
            "opnieuw in.",
            inhoud=b"",
            klaar_op=timezone.now(),
        )
        taak.refresh_from_db()
    return taak


class ImporttaakAdmin(ArchiefAdminMixin, admin.ModelAdmin):
    """Background imports, to see what failed and why: every field read-only, the upload not
    shown. (Like every domain model's admin it has an add page; a job made there has no file
    and is never run.)"""

    list_display = ["bestandsnaam", "status", "rijen", "fouten_aantal", "aangemaakt_op", "klaar_op"]
    list_filter = ["status"]
    exclude = ["inhoud"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields if f.name != "inhoud"]
