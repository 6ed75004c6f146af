from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NIET_GESTART = "niet_gestart", _("Niet gestart")
    OP_SCHEMA = "op_schema", _("Op schema")
    AANDACHT_NODIG = "aandacht_nodig", _("Aandacht nodig")
    VERTRAAGD = "vertraagd", _("Vertraagd")
    AFGEROND = "afgerond", _("Afgerond")
    GESTOPT = "gestopt", _("Gestopt")


# Statuses that put an item on the "needs attention" lists and trigger follower e-mails.
AANDACHT_STATUSSEN = (Status.AANDACHT_NODIG, Status.VERTRAAGD)
# Statuses that need an explanation in the status update.
TOELICHTING_VERPLICHT = (Status.AANDACHT_NODIG, Status.VERTRAAGD, Status.GESTOPT)

# The one message for a progress outside 0–100: model, form and API say it alike.
VOORTGANG_BEREIK = _("De voortgang is een percentage van 0 tot en met 100.")
VOORTGANG_FOUTEN = {"min_value": VOORTGANG_BEREIK, "max_value": VOORTGANG_BEREIK}


class PeriodeSoort(models.TextChoices):
    TERTIAAL = "tertiaal", _("Tertiaal")
    KWARTAAL = "kwartaal", _("Kwartaal")
