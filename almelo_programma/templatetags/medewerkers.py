"""``{{ user|medewerker }}``: a member of staff's name on internal pages, "(gedeactiveerd)" when
their account was deactivated (see ``almelo_programma.kern.historie.medewerker_naam``)."""

from django import template

from almelo_programma.kern.historie import medewerker_naam

register = template.Library()


@register.filter
def medewerker(user) -> str:
    return medewerker_naam(user)
