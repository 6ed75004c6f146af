from django import template

from activiteiten.templatetags.status import statuslabel
from almelo_programma.kern.getallen import nl_procent

register = template.Library()
register.filter("statuslabel", statuslabel)


@register.filter
def procent(waarde) -> str:
    """A share as Dutch text: 33,3%; '–' when unknown."""
    return nl_procent(waarde, 1)
