from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.admin import ArchiefAdminMixin

from .models import Eindevaluatie, Onderdeelconclusie, Oordeelcorrectie


class OnderdeelInline(ArchiefAdminMixin, admin.TabularInline):
    model = Onderdeelconclusie
    archief_pad = "evaluatie__programma"
    extra = 0


class CorrectieInline(ArchiefAdminMixin, admin.TabularInline):
    model = Oordeelcorrectie
    archief_pad = "evaluatie__programma"
    extra = 0
    readonly_fields = ("door", "op")


@admin.register(Eindevaluatie)
class EindevaluatieAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "status", "vastgesteld_op", "besluitkenmerk")
    readonly_fields = ("bijgewerkt_door", "bijgewerkt_op")
    inlines = [OnderdeelInline, CorrectieInline]

    def has_change_permission(self, request, obj=None):
        # a vastgestelde evaluation is frozen, in the admin too
        if obj is not None and obj.is_vastgesteld:
            return False
        return super().has_change_permission(request, obj)
