from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Bijeenkomst, Contactpersoon, Lobbydossier, Partner


class ContactpersoonInline(admin.TabularInline):
    model = Contactpersoon
    extra = 0


@admin.register(Partner)
class PartnerAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "soort", "platformlid", "lid_sinds", "is_demo"]
    list_filter = ["soort", "platformlid", "is_demo"]
    search_fields = ["naam"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [ContactpersoonInline]


@admin.register(Contactpersoon)
class ContactpersoonAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "partner", "functie"]
    list_select_related = ["partner"]
    search_fields = ["naam", "partner__naam"]


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "soort", "start", "locatie", "openbaar", "is_demo"]
    list_filter = ["soort", "openbaar", "is_demo"]
    search_fields = ["titel"]
    date_hierarchy = "start"
    prepopulated_fields = {"slug": ["titel"]}
    filter_horizontal = ["partners", "lijnen"]


@admin.register(Lobbydossier)
class LobbydossierAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "status"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["titel"]}
    filter_horizontal = ["lijnen"]
