from django import template

from activiteiten.templatetags.status import statuslabel

register = template.Library()
register.filter("status_label", statuslabel)
