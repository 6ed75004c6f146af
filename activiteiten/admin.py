from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.herkomst import KeuzesAdminMixin
from doelen.admin import AuteurAdmin

from .models import (
    Activiteit,
    Activiteitenlijn,
    Herinnering,
    Rapportageperiode,
    Statusupdate,
    Volger,
    Volgmelding,
)


class ActiviteitInline(admin.TabularInline):
    model = Activiteit
    fields = ["jaar", "titel", "trekker", "openbaar"]
    extra = 0
    show_change_link = True


@admin.register(Activiteitenlijn)
class ActiviteitenlijnAdmin(SimpleHistoryAdmin):
    list_display = ["code", "naam", "doel", "trekker"]
    list_filter = ["doel"]
    list_select_related = ["doel", "trekker"]
    search_fields = ["code", "naam"]
    prepopulated_fields = {"slug": ["code", "naam"]}
    inlines = [ActiviteitInline]


class StatusupdateInline(admin.TabularInline):
    model = Statusupdate
    fields = ["rapportagedatum", "status", "voortgang", "toelichting", "gepubliceerd", "is_demo"]
    extra = 0


@admin.register(Activiteit)
class ActiviteitAdmin(KeuzesAdminMixin, SimpleHistoryAdmin):
    keuzevelden = ("titel", "jaar", "titel_herkomst", "jaar_herkomst")
    list_display = ["titel", "lijn", "jaar", "trekker", "openbaar", "is_demo"]
    list_filter = ["lijn__doel", "lijn", "jaar", "openbaar", "is_demo"]
    list_select_related = ["lijn", "trekker"]
    search_fields = ["titel", "omschrijving"]
    prepopulated_fields = {"slug": ["titel"]}
    autocomplete_fields = ["lijn", "vorige"]
    inlines = [StatusupdateInline]

    def save_model(self, request, obj, form, change):
        if change:  # an admin edit also invalidates open werkruimte edit forms (optimistic lock)
            obj.versie += 1
        super().save_model(request, obj, form, change)


@admin.register(Statusupdate)
class StatusupdateAdmin(AuteurAdmin):
    list_display = [
        "activiteit",
        "rapportagedatum",
        "status",
        "voortgang",
        "auteur",
        "gepubliceerd",
    ]
    list_filter = ["status", "gepubliceerd", "is_demo", "activiteit__lijn"]
    list_select_related = ["activiteit__lijn", "auteur"]
    date_hierarchy = "rapportagedatum"
    autocomplete_fields = ["activiteit"]


@admin.register(Rapportageperiode)
class RapportageperiodeAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "startdatum", "einddatum", "deadline"]
    list_filter = ["jaar", "soort"]


@admin.register(Volger)
class VolgerAdmin(admin.ModelAdmin):
    list_display = ["gebruiker", "activiteit", "lijn", "aangemaakt_op"]
    list_select_related = ["gebruiker", "activiteit__lijn", "lijn"]
    autocomplete_fields = ["activiteit", "lijn"]


@admin.register(Volgmelding)
class VolgmeldingAdmin(admin.ModelAdmin):
    list_display = ["statusupdate", "gebruiker", "geclaimd_op", "verstuurd_op"]
    list_select_related = ["statusupdate__activiteit__lijn", "gebruiker"]
    readonly_fields = ["statusupdate", "gebruiker", "geclaimd_op", "verstuurd_op"]


@admin.register(Herinnering)
class HerinneringAdmin(admin.ModelAdmin):
    """Claimed reminders; one without 'verstuurd op' was claimed by a worker that died."""

    list_display = ["gebruiker", "periode", "aantal_items", "geclaimd_op", "verstuurd_op"]
    list_filter = ["periode"]
    list_select_related = ["gebruiker", "periode"]
    readonly_fields = ["gebruiker", "periode", "aantal_items", "geclaimd_op", "verstuurd_op"]
