from django import template

from activiteiten.constants import Status

register = template.Library()


@register.filter
def statuslabel(waarde):
    """Dutch label of a status value (annotations carry the value only)."""
    try:
        return Status(waarde or Status.NIET_GESTART).label
    except ValueError:
        return waarde
