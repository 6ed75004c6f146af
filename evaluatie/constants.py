from django.db import models
from django.utils.translation import gettext_lazy as _


class EvaluatieStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    TER_VASTSTELLING = "ter_vaststelling", _("Ter vaststelling")
    VASTGESTELD = "vastgesteld", _("Vastgesteld")


# (from, to): the steps of the workflow; "vastgesteld" is final.
OVERGANGEN = {
    (EvaluatieStatus.CONCEPT, EvaluatieStatus.TER_VASTSTELLING),
    (EvaluatieStatus.TER_VASTSTELLING, EvaluatieStatus.CONCEPT),
    (EvaluatieStatus.TER_VASTSTELLING, EvaluatieStatus.VASTGESTELD),
}
