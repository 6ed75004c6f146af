"""Links to a page of a given programme: ``{% programma_url programma 'publiek:home' %}``."""

from django import template

from almelo_programma.programmakeuze import programma_reverse

register = template.Library()


@register.simple_tag
def programma_url(programma, viewname, *args, **kwargs):
    return programma_reverse(programma, viewname, *args, **kwargs)
