from django import template

from activiteiten.constants import Status

register = template.Library()


@register.filter
def statuslabel(waarde) -> str:
    """Dutch label of a status value (for annotated ``laatste_status``)."""
    try:
        return Status(waarde).label
    except ValueError:
        return Status.NIET_GESTART.label


@register.filter
def procent(waarde) -> str:
    """A share as Dutch text: 33,3%; '–' when unknown."""
    if waarde is None:
        return "–"
    return f"{float(waarde):.1f}".replace(".", ",") + "%"
