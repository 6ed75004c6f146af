from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Doel, Effectindicator, Meting, Programma


@admin.register(Programma)
class ProgrammaAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "startjaar", "eindjaar"]
    prepopulated_fields = {"slug": ["naam"]}


class EffectindicatorInline(admin.TabularInline):
    model = Effectindicator
    fields = ["nummer", "tekst", "soort"]
    extra = 0
    show_change_link = True


@admin.register(Doel)
class DoelAdmin(SimpleHistoryAdmin):
    list_display = ["code", "titel", "programma"]
    list_select_related = ["programma"]
    prepopulated_fields = {"slug": ["titel"]}
    inlines = [EffectindicatorInline]


class MetingInline(admin.TabularInline):
    model = Meting
    fields = ["datum", "waarde", "beoordeling", "toelichting", "bron", "gepubliceerd", "is_demo"]
    extra = 0


@admin.register(Effectindicator)
class EffectindicatorAdmin(SimpleHistoryAdmin):
    list_display = ["nummer", "kort", "doel", "soort", "streefwaarde", "eenheid"]
    list_filter = ["doel", "soort"]
    list_select_related = ["doel"]
    search_fields = ["tekst"]
    inlines = [MetingInline]

    @admin.display(description="tekst")
    def kort(self, obj):
        return obj.tekst[:90]


@admin.register(Meting)
class MetingAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "datum", "waarde", "beoordeling", "gepubliceerd", "is_demo"]
    list_filter = ["gepubliceerd", "is_demo", "indicator__doel"]
    list_select_related = ["indicator"]
    date_hierarchy = "datum"
    autocomplete_fields = ["indicator"]
    exclude = ["door"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.door = request.user
        super().save_model(request, obj, form, change)
