from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Deelspoor,
    DeelspoorUpdate,
    Gebiedsontwikkeling,
    Gebiedsrol,
    Koopprijsgrens,
    Mijlpaal,
    Realisatie,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
    Woondealafspraak,
)


class WoondealafspraakInline(admin.TabularInline):
    model = Woondealafspraak
    fields = ["jaar", "woningen", "toelichting", "is_demo"]
    extra = 0


class DeelspoorInline(admin.TabularInline):
    model = Deelspoor
    fields = ["nummer", "naam", "trekker", "openbaar"]
    extra = 0
    show_change_link = True


@admin.register(Woondeal)
class WoondealAdmin(SimpleHistoryAdmin):
    list_display = ["gemeente", "regio", "ondertekend_op", "doel_woningen", "eindjaar"]
    prepopulated_fields = {"slug": ["regio", "gemeente"]}
    inlines = [WoondealafspraakInline, DeelspoorInline]


@admin.register(Woondealafspraak)
class WoondealafspraakAdmin(SimpleHistoryAdmin):
    list_display = ["woondeal", "jaar", "woningen", "is_demo"]
    list_filter = ["is_demo"]
    list_select_related = ["woondeal"]


class DeelspoorUpdateInline(admin.TabularInline):
    model = DeelspoorUpdate
    fields = ["rapportagedatum", "status", "voortgang", "toelichting", "gepubliceerd", "is_demo"]
    extra = 0


@admin.register(Deelspoor)
class DeelspoorAdmin(SimpleHistoryAdmin):
    list_display = ["nummer", "naam", "woondeal", "trekker"]
    list_select_related = ["woondeal", "trekker"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [DeelspoorUpdateInline]


@admin.register(DeelspoorUpdate)
class DeelspoorUpdateAdmin(SimpleHistoryAdmin):
    list_display = ["deelspoor", "rapportagedatum", "status", "voortgang", "gepubliceerd"]
    list_filter = ["status", "gepubliceerd", "is_demo"]
    list_select_related = ["deelspoor"]
    exclude = ["auteur"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.auteur = request.user
        super().save_model(request, obj, form, change)


class RealisatieInline(admin.TabularInline):
    model = Realisatie
    fields = ["jaar", "gestart", "opgeleverd", "is_demo"]
    extra = 0


@admin.register(Woningbouwproject)
class WoningbouwprojectAdmin(SimpleHistoryAdmin):
    list_display = [
        "naam",
        "wijk",
        "planstatus",
        "fase",
        "sociale_huur",
        "middenhuur",
        "betaalbare_koop",
        "vrije_sector",
        "verwacht_opleverjaar",
        "gepubliceerd",
        "is_demo",
    ]
    list_filter = ["planstatus", "fase", "wijk", "gepubliceerd", "is_demo"]
    search_fields = ["naam", "wijk"]
    prepopulated_fields = {"slug": ["naam"]}
    autocomplete_fields = ["ontwikkelaar"]
    inlines = [RealisatieInline]


class SubsidieVoorwaardeInline(admin.TabularInline):
    model = SubsidieVoorwaarde
    fields = ["soort", "waarde", "datum", "toelichting"]
    extra = 0


@admin.register(Subsidieaanvraag)
class SubsidieaanvraagAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "regeling", "status", "aangevraagd_bedrag", "toegekend_bedrag"]
    list_filter = ["regeling", "status", "is_demo"]
    filter_horizontal = ["projecten"]
    inlines = [SubsidieVoorwaardeInline]


@admin.register(SubsidieVoorwaarde)
class SubsidieVoorwaardeAdmin(SimpleHistoryAdmin):
    list_display = ["aanvraag", "soort", "waarde", "datum"]
    list_filter = ["soort"]
    list_select_related = ["aanvraag"]


class MijlpaalInline(admin.TabularInline):
    model = Mijlpaal
    fields = ["naam", "fase", "geplande_datum", "werkelijke_datum", "is_demo"]
    extra = 0


class GebiedsrolInline(admin.TabularInline):
    model = Gebiedsrol
    fields = ["rol", "partner", "persoon", "toelichting"]
    extra = 0


@admin.register(Gebiedsontwikkeling)
class GebiedsontwikkelingAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "wijk", "fase", "is_demo"]
    list_filter = ["fase", "is_demo"]
    search_fields = ["naam", "wijk"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [MijlpaalInline, GebiedsrolInline]


@admin.register(Mijlpaal)
class MijlpaalAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "gebiedsontwikkeling", "fase", "geplande_datum", "werkelijke_datum"]
    list_filter = ["fase", "is_demo"]
    list_select_related = ["gebiedsontwikkeling"]


@admin.register(Gebiedsrol)
class GebiedsrolAdmin(SimpleHistoryAdmin):
    list_display = ["gebiedsontwikkeling", "rol", "partner", "persoon"]
    list_filter = ["rol"]
    list_select_related = ["gebiedsontwikkeling", "partner"]


@admin.register(Koopprijsgrens)
class KoopprijsgrensAdmin(SimpleHistoryAdmin):
    list_display = ["jaar", "bedrag", "toelichting"]


@admin.register(Realisatie)
class RealisatieAdmin(SimpleHistoryAdmin):
    list_display = ["project", "jaar", "gestart", "opgeleverd", "is_demo"]
    list_filter = ["jaar", "is_demo"]
    list_select_related = ["project"]
