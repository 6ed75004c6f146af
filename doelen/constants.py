from django.db import models
from django.utils.translation import gettext_lazy as _


class DoelCode(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"


class IndicatorSoort(models.TextChoices):
    KWANTITATIEF = "kwantitatief", _("Kwantitatief")
    KWALITATIEF = "kwalitatief", _("Kwalitatief")


class Beoordeling(models.TextChoices):
    """The fixed scale on which a qualitative effect indicator is assessed."""

    NIET_GESTART = "niet_gestart", _("Niet gestart")
    IN_GANG = "in_gang", _("In gang")
    OP_KOERS = "op_koers", _("Op koers")
    BEREIKT = "bereikt", _("Bereikt")
