from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern.admin import ArchiefAdminMixin
from almelo_programma.kern.herkomst import KeuzesAdminMixin
from almelo_programma.kern.importtaken import ImporttaakAdmin

from .models import (
    Deelspoor,
    DeelspoorUpdate,
    Gebiedsontwikkeling,
    Gebiedsrol,
    Koopprijsgrens,
    Mijlpaal,
    Projectimport,
    Realisatie,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
    Woondealafspraak,
)


def _inline(model, fields, **opties):
    """A table of ``model`` rows (``fields``) inside its parent's admin page, none added blank
    (read-only under an archived programme when the rows belong to one)."""
    basis = (admin.TabularInline,)
    if hasattr(model, "PROGRAMMA_PAD"):
        basis = (ArchiefAdminMixin, *basis)
    return type(
        f"{model.__name__}Inline",
        basis,
        {"model": model, "fields": fields, "extra": 0, **opties},
    )


@admin.register(Woondeal)
class WoondealAdmin(ArchiefAdminMixin, KeuzesAdminMixin, SimpleHistoryAdmin):
    keuzevelden = (
        "regio", "regio_herkomst", "aandeel_sociale_huur", "aandeel_betaalbaar",
        "normen_herkomst", "normen_bron",
    )  # fmt: skip
    list_display = ["gemeente", "regio", "ondertekend_op", "doel_woningen", "eindjaar"]
    prepopulated_fields = {"slug": ["regio", "gemeente"]}
    inlines = [
        _inline(Woondealafspraak, ["jaar", "woningen", "toelichting", "is_demo"]),
        _inline(Deelspoor, ["nummer", "naam", "trekker", "openbaar"], show_change_link=True),
    ]


@admin.register(Woondealafspraak)
class WoondealafspraakAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["woondeal", "jaar", "woningen", "is_demo"]
    list_filter = ["is_demo"]
    list_select_related = ["woondeal"]


@admin.register(Deelspoor)
class DeelspoorAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["nummer", "naam", "woondeal", "trekker"]
    list_select_related = ["woondeal", "trekker"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [
        _inline(
            DeelspoorUpdate,
            ["rapportagedatum", "status", "voortgang", "toelichting", "gepubliceerd", "is_demo"],
        )
    ]


@admin.register(DeelspoorUpdate)
class DeelspoorUpdateAdmin(ArchiefAdminMixin, SimpleHistoryAdmin):
    list_display = ["deelspoor", "rapportagedatum", "status", "voortgang", "gepubliceerd"]
    list_filter = ["status", "gepubliceerd", "is_demo"]
    list_select_related = ["deelspoor"]
    exclude = ["auteur"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.auteur = request.user
        super().save_model(request, obj, form, change)


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
    inlines = [_inline(Realisatie, ["jaar", "gestart", "opgeleverd", "is_demo"])]


@admin.register(Subsidieaanvraag)
class SubsidieaanvraagAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "regeling", "status", "aangevraagd_bedrag", "toegekend_bedrag"]
    list_filter = ["regeling", "status", "is_demo"]
    filter_horizontal = ["projecten"]
    inlines = [_inline(SubsidieVoorwaarde, ["soort", "waarde", "datum", "toelichting"])]


@admin.register(SubsidieVoorwaarde)
class SubsidieVoorwaardeAdmin(SimpleHistoryAdmin):
    list_display = ["aanvraag", "soort", "waarde", "datum"]
    list_filter = ["soort"]
    list_select_related = ["aanvraag"]


@admin.register(Gebiedsontwikkeling)
class GebiedsontwikkelingAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "wijk", "fase", "is_demo"]
    list_filter = ["fase", "is_demo"]
    search_fields = ["naam", "wijk"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [
        _inline(Mijlpaal, ["naam", "fase", "geplande_datum", "werkelijke_datum", "is_demo"]),
        _inline(Gebiedsrol, ["rol", "partner", "persoon", "toelichting"]),
    ]


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


admin.site.register(Projectimport, ImporttaakAdmin)
