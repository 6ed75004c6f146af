"""Template filters of the public pages (issue 5)."""

from django import template

from activiteiten.constants import Status

register = template.Library()

_STATUS_LABELS = dict(Status.choices)


@register.filter
def statuslabel(waarde) -> str:
    """The Dutch label of a status value (e.g. an annotated ``laatste_status``)."""
    return str(_STATUS_LABELS.get(waarde or Status.NIET_GESTART, waarde))


@register.filter
def samen(tekst, extra) -> str:
    """Join two values as text ("Effectindicator "|samen:3)."""
    return f"{tekst}{extra}"
