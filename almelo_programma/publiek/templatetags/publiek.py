"""Template filters of the public pages."""

from django import template

register = template.Library()


@register.filter
def samen(tekst, extra) -> str:
    """Join two values as text ("Effectindicator "|samen:3)."""
    return f"{tekst}{extra}"
