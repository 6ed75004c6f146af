"""A large project-list upload, imported in the background (``kern.importtaken``)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.importtaken import Importtaak


class Projectimport(Importtaak):
    """A project list of more than ``IMPORT_ACHTERGROND_RIJEN`` rows, imported by a task."""

    class Meta(Importtaak.Meta):
        verbose_name = _("import van een projectenlijst")
        verbose_name_plural = _("imports van projectenlijsten")

    def get_absolute_url(self):
        return reverse("woondeals:import_status", kwargs={"uuid": self.uuid})
