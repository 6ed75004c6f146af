from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Eindevaluatie, Onderdeelconclusie, Oordeelcorrectie


class OnderdeelInline(admin.TabularInline):
    model = Onderdeelconclusie
    extra = 0


class CorrectieInline(admin.TabularInline):
    model = Oordeelcorrectie
    extra = 0
    readonly_fields = ("door", "op")


@admin.register(Eindevaluatie)
class EindevaluatieAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "status", "vastgesteld_op", "besluitkenmerk")
    readonly_fields = ("bijgewerkt_door", "bijgewerkt_op")
    inlines = [OnderdeelInline, CorrectieInline]

    def has_change_permission(self, request, obj=None):
        # a vastgestelde evaluation is frozen, in the admin too
        if obj is not None and obj.is_vastgesteld:
            return False
        return super().has_change_permission(request, obj)
