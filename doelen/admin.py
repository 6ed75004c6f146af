from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from almelo_programma.kern import rechten
from almelo_programma.kern.herkomst import KeuzesAdminMixin

from .models import Doel, Effectindicator, Meting, Programma, Programmarol


class AuteurAdmin(SimpleHistoryAdmin):
    """A history-keeping admin that records the signed-in user as the author (``auteur_veld``)
    of what it creates; the field is not on the form. Shared with the other apps' admins
    (``doelen`` is the lowest app)."""

    auteur_veld = "auteur"

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or []), self.auteur_veld]

    def save_model(self, request, obj, form, change):
        if not change:
            setattr(obj, self.auteur_veld, request.user)
        super().save_model(request, obj, form, change)


@admin.register(Programma)
class ProgrammaAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "startjaar", "eindjaar", "voorganger", "gearchiveerd_op", "is_demo"]
    list_select_related = ["voorganger"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Programmarol)
class ProgrammarolAdmin(SimpleHistoryAdmin):
    """Who holds which role in which programme; the role groups follow on every change."""

    list_display = ["gebruiker", "rol", "programma"]
    list_filter = ["programma", "rol"]
    list_select_related = ["gebruiker", "programma"]
    search_fields = ["gebruiker__username", "gebruiker__first_name", "gebruiker__last_name"]
    autocomplete_fields = ["gebruiker"]

    def save_model(self, request, obj, form, change):
        vorige = None
        if change:
            vorige = Programmarol.objects.get(pk=obj.pk).gebruiker
        super().save_model(request, obj, form, change)
        rechten.rollen_groepen_bijwerken(obj.gebruiker)
        if vorige is not None and vorige.pk != obj.gebruiker_id:
            rechten.rollen_groepen_bijwerken(vorige)

    def delete_model(self, request, obj):
        gebruiker = obj.gebruiker
        super().delete_model(request, obj)
        rechten.rollen_groepen_bijwerken(gebruiker)

    def delete_queryset(self, request, queryset):
        gebruikers = list({r.gebruiker for r in queryset.select_related("gebruiker")})
        super().delete_queryset(request, queryset)
        for gebruiker in gebruikers:
            rechten.rollen_groepen_bijwerken(gebruiker)


class EffectindicatorInline(admin.TabularInline):
    model = Effectindicator
    fields = ["nummer", "tekst", "soort"]
    extra = 0
    show_change_link = True


@admin.register(Doel)
class DoelAdmin(KeuzesAdminMixin, SimpleHistoryAdmin):
    keuzevelden = ("titel", "titel_herkomst")
    list_display = ["code", "titel", "programma"]
    list_select_related = ["programma"]
    prepopulated_fields = {"slug": ["titel"]}
    inlines = [EffectindicatorInline]


class MetingInline(admin.TabularInline):
    model = Meting
    fields = ["datum", "waarde", "beoordeling", "toelichting", "bron", "gepubliceerd", "is_demo"]
    extra = 0


@admin.register(Effectindicator)
class EffectindicatorAdmin(KeuzesAdminMixin, SimpleHistoryAdmin):
    keuzevelden = (
        "basiswaarde", "basisjaar", "streefjaar", "meetkader_herkomst", "streefwaarde_herkomst",
        "toelichting", "toelichting_herkomst", "toelichting_bron",
    )  # fmt: skip
    list_display = ["nummer", "kort", "doel", "soort", "streefwaarde", "eenheid"]
    list_filter = ["doel", "soort"]
    list_select_related = ["doel"]
    search_fields = ["tekst"]
    inlines = [MetingInline]

    @admin.display(description="tekst")
    def kort(self, obj):
        return obj.tekst[:90]


@admin.register(Meting)
class MetingAdmin(AuteurAdmin):
    list_display = ["indicator", "datum", "waarde", "beoordeling", "gepubliceerd", "is_demo"]
    list_filter = ["gepubliceerd", "is_demo", "indicator__doel"]
    list_select_related = ["indicator"]
    date_hierarchy = "datum"
    autocomplete_fields = ["indicator"]
    auteur_veld = "door"
