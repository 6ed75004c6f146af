from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.admin import ArchiefAdminMixin
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
from .services import laatste_updates_bijwerken


class ActiviteitInline(ArchiefAdminMixin, admin.TabularInline):
    model = Activiteit
    fields = ["jaar", "titel", "trekker", "openbaar"]
    extra = 0
    show_change_link = True


@admin.register(Activiteitenlijn)
class ActiviteitenlijnAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "naam", "doel", "trekker"]
    list_filter = ["doel"]
    list_select_related = ["doel", "trekker"]
    search_fields = ["code", "naam"]
    prepopulated_fields = {"slug": ["code", "naam"]}
    inlines = [ActiviteitInline]


class StatusupdateInline(ArchiefAdminMixin, admin.TabularInline):
    model = Statusupdate
    fields = ["rapportagedatum", "status", "voortgang", "toelichting", "gepubliceerd", "is_demo"]
    extra = 0


@admin.register(Activiteit)
class ActiviteitAdmin(ArchiefAdminMixin, KeuzesAdminMixin, SimpleHistoryAdmin):
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

    def save_related(self, request, form, formsets, change):
        """Status updates edited, added or deleted inline: store the latest one again."""
        super().save_related(request, form, formsets, change)
        laatste_updates_bijwerken([form.instance.pk])


@admin.register(Statusupdate)
class StatusupdateAdmin(ArchiefAdminMixin, AuteurAdmin):
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

    # Every write here changes which update is an activity's latest (``laatste_update``): the
    # activity it belonged to and the one it belongs to now are stored again, in the same
    # transaction (the admin saves in one).

    def save_model(self, request, obj, form, change):
        was = list(Statusupdate.objects.filter(pk=obj.pk).values_list("activiteit_id", flat=True))
        super().save_model(request, obj, form, change)
        laatste_updates_bijwerken([*was, obj.activiteit_id])

    def delete_model(self, request, obj):
        activiteit_id = obj.activiteit_id
        super().delete_model(request, obj)
        laatste_updates_bijwerken([activiteit_id])

    def delete_queryset(self, request, queryset):
        ids = list(queryset.values_list("activiteit_id", flat=True).distinct())
        super().delete_queryset(request, queryset)
        laatste_updates_bijwerken(ids)


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
