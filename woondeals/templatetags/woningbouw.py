from django import template

from activiteiten.templatetags.status import statuslabel

register = template.Library()
register.filter("statuslabel", statuslabel)


@register.filter
def procent(waarde) -> str:
    """A share as Dutch text: 33,3%; '–' when unknown."""
    if waarde is None:
        return "–"
    return f"{float(waarde):.1f}".replace(".", ",") + "%"
