from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.admin import ArchiefAdminMixin

from .models import Besluit


@admin.register(Besluit)
class BesluitAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["kenmerk", "soort", "datum", "titel", "openbaar", "status", "termijn"]
    list_filter = ["soort", "openbaar", "status", "herkomst"]
    search_fields = ["kenmerk", "titel"]
    list_select_related = ["eigenaar"]
    prepopulated_fields = {"slug": ["kenmerk", "titel"]}
    filter_horizontal = [
        "doelen", "lijnen", "activiteiten", "indicatoren", "woondeals", "deelsporen",
        "projecten", "subsidieaanvragen",
    ]  # fmt: skip
