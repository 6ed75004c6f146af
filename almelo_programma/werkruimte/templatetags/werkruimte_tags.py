from django import template

from activiteiten.constants import Status

register = template.Library()


@register.filter
def status_label(waarde) -> str:
    """Dutch label of a status value (annotations have no get_..._display)."""
    try:
        return Status(waarde).label
    except ValueError:
        return "Nog geen update"
