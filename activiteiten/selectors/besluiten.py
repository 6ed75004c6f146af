"""The decisions a status update of an activity may name: those linked to the activity or to its
line. The ``besluiten`` app sits above this one (it links to activities), so the model is
reached through the status update's string reference, never imported."""

from django.db.models import Q, QuerySet

from ..models import Activiteit, Statusupdate


def besluit_model():
    return Statusupdate._meta.get_field("besluit").related_model


def besluiten_bij_activiteit(activiteit: Activiteit) -> QuerySet:
    """Decisions linked to ``activiteit`` or its line (public or not), newest first."""
    return (
        besluit_model()
        .objects.filter(Q(activiteiten=activiteit) | Q(lijnen=activiteit.lijn_id))
        .distinct()
        .order_by("-datum", "kenmerk")
    )
