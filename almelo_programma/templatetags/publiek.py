"""Template filters of the public pages (issue 5)."""

from django import template

from activiteiten.templatetags.status import statuslabel

register = template.Library()
register.filter("statuslabel", statuslabel)


@register.filter
def samen(tekst, extra) -> str:
    """Join two values as text ("Effectindicator "|samen:3)."""
    return f"{tekst}{extra}"
