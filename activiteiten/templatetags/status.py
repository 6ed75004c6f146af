"""The one place that turns a status value into its Dutch label in templates.

Annotated values (``laatste_status`` from ``activiteiten.selectors.met_laatste_status``) have no
``get_…_display``; ``{{ value|statuslabel }}`` gives the label. Other template libraries
re-register this same function under their own names.
"""

from django import template

from activiteiten.constants import Status

register = template.Library()


@register.filter
def statuslabel(waarde) -> str:
    """Dutch label of a status value; no value means "Niet gestart"."""
    try:
        return Status(waarde or Status.NIET_GESTART).label
    except ValueError:
        return str(waarde)
