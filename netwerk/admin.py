import secrets

from django.contrib import admin, messages
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.admin import ArchiefAdminMixin

from .models import (
    Bijdrage,
    Bijeenkomst,
    Contactpersoon,
    Enquete,
    Enquetereactie,
    Lobbycontact,
    Lobbydossier,
    Partner,
    Partnerlidmaatschap,
    Uitnodiging,
    Vervolgactie,
)
from .tokens import token_hash


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


class LobbycontactInline(admin.StackedInline):
    model = Lobbycontact
    extra = 0
    fields = ["datum", "doelwit", "partner", "met_wie", "samenvatting", "uitkomst"]


@admin.register(Lobbydossier)
class LobbydossierAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "status"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["titel"]}
    filter_horizontal = ["lijnen"]
    inlines = [LobbycontactInline]


@admin.register(Lobbycontact)
class LobbycontactAdmin(SimpleHistoryAdmin):
    list_display = ["dossier", "datum", "met_wie", "doelwit", "is_demo"]
    list_filter = ["doelwit", "dossier", "is_demo"]
    list_select_related = ["dossier"]
    date_hierarchy = "datum"


@admin.register(Vervolgactie)
class VervolgactieAdmin(SimpleHistoryAdmin):
    list_display = ["omschrijving", "bijeenkomst", "eigenaar", "deadline", "afgerond", "is_demo"]
    list_filter = ["afgerond", "is_demo"]
    list_select_related = ["bijeenkomst", "eigenaar"]
    raw_id_fields = ["bijeenkomst"]


@admin.register(Enquete)
class EnqueteAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "periode_start", "periode_einde", "status", "aantal_reacties"]
    list_filter = ["status", "is_demo"]
    prepopulated_fields = {"slug": ["titel"]}
    readonly_fields = ["gesloten_op", "aantal_reacties", "gemiddelde", "meting"]


@admin.register(Uitnodiging)
class UitnodigingAdmin(admin.ModelAdmin):
    """Links are normally made in the werkruimte; one made here is shown once, in a message."""

    list_display = ["enquete", "partner", "contactpersoon", "verloopt_op", "gebruikt_op"]
    list_filter = ["enquete"]
    list_select_related = ["enquete", "partner", "contactpersoon"]
    readonly_fields = ["gebruikt_op"]

    def save_model(self, request, obj, form, change):
        token = None
        if not change:
            token = secrets.token_urlsafe(32)
            obj.token_hash = token_hash(token)
        super().save_model(request, obj, form, change)
        if token:
            url = request.build_absolute_uri(reverse("enquete:invullen", args=[token]))
            messages.info(request, f"Persoonlijke link (wordt niet opnieuw getoond): {url}")


@admin.register(Enquetereactie)
class EnquetereactieAdmin(admin.ModelAdmin):
    """Anonymous responses: not linked to an invitation or a partner."""

    list_display = ["enquete", "score_samenwerking", "score_duidelijkheid", "is_demo"]
    list_filter = ["enquete"]


@admin.register(Partnerlidmaatschap)
class PartnerlidmaatschapAdmin(SimpleHistoryAdmin):
    """Which user account acts for which partner organisation (with the role ``partner``)."""

    list_display = ["gebruiker", "partner", "is_demo"]
    list_select_related = ["gebruiker", "partner"]
    list_filter = ["is_demo"]
    search_fields = ["gebruiker__username", "partner__naam"]
    autocomplete_fields = ["gebruiker", "partner"]


@admin.register(Bijdrage)
class BijdrageAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["titel", "partner", "lijn", "status", "ingediend_op", "is_demo"]
    list_select_related = ["partner", "lijn"]
    list_filter = ["status", "lijn", "is_demo"]
    search_fields = ["titel", "partner__naam"]
    readonly_fields = ["uuid", "beoordelingen", "activiteit"]
    raw_id_fields = ["ingediend_door", "beoordeeld_door"]
