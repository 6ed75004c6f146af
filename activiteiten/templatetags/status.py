"""The one place that turns a status value into its Dutch label in templates.

Annotated values (``laatste_status`` from ``activiteiten.selectors.met_laatste_status``) have no
``get_…_display``; ``{{ value|statuslabel }}`` gives the label. Other template libraries
re-register this same function under their own names.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from activiteiten.constants import Status

register = template.Library()


@register.filter
def statuslabel(waarde) -> str:
    """Dutch label of a status value; no value means "Niet gestart"."""
    try:
        return Status(waarde or Status.NIET_GESTART).label
    except ValueError:
        return str(waarde)


# Rows of long lists render these two without a template include per row (an include per cell
# cost most of the werkruimte list's time); the markup is that of includes/status_badge.html and
# includes/demo_label.html.
@register.simple_tag
def statusbadge(status, label="") -> str:
    """``<span class="badge badge--…">label</span>``; the label defaults to the status's."""
    return format_html(
        '<span class="badge badge--{}">{}</span>',
        status or Status.NIET_GESTART,
        label or statuslabel(status),
    )


@register.filter
def demolabel(obj) -> str:
    """The "Demo" badge (with a leading space) of a demo row, else nothing."""
    return DEMO_LABEL if getattr(obj, "is_demo", False) else ""


DEMO_LABEL = mark_safe(' <span class="badge badge--demo">Demo</span>')
