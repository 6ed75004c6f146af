"""The werkruimte's one model: a large update-sheet upload, imported in the background."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.importtaken import Importtaak


class Bijwerkimport(Importtaak):
    """An update sheet of more than ``IMPORT_ACHTERGROND_RIJEN`` rows, imported by a task."""

    class Meta(Importtaak.Meta):
        verbose_name = _("import van een bijwerkblad")
        verbose_name_plural = _("imports van bijwerkbladen")

    def get_absolute_url(self):
        return reverse("werkruimte:excel_import_status", kwargs={"uuid": self.uuid})
