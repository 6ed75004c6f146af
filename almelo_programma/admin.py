"""The user admin: staff accounts are deactivated, not deleted.

The bulk "delete" action is replaced by "Deactiveren" (``gebruiker_deactiveren``). Only a
superuser sees a delete button at all, and deleting a user that has an audit trail (updates,
measurements, history rows, the admin log) is refused by ``on_delete=PROTECT`` with Django's
Dutch list of what still names them.
"""

from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from almelo_programma.kern import rechten
from almelo_programma.kern.gebruikers import gebruiker_deactiveren
from doelen.models import Programmarol

Gebruiker = get_user_model()


@admin.action(description="Geselecteerde gebruikers deactiveren", permissions=["change"])
def deactiveren(modeladmin, request, queryset):
    aantal = 0
    for gebruiker in queryset.filter(is_active=True):
        if gebruiker.pk == request.user.pk:
            modeladmin.message_user(
                request, "U kunt uw eigen account niet deactiveren.", messages.ERROR
            )
            continue
        gebruiker_deactiveren(gebruiker=gebruiker)
        aantal += 1
    modeladmin.message_user(
        request,
        f"{aantal} gebruiker(s) gedeactiveerd: zij kunnen niet meer inloggen, hun API-tokens "
        "zijn ingetrokken en hun naam blijft bij wat zij deden.",
        messages.SUCCESS,
    )


class ProgrammarolInline(admin.TabularInline):
    """Roles are given per programme; the role groups follow from these rows on save."""

    model = Programmarol
    fields = ["programma", "rol"]
    extra = 0
    verbose_name = "rol in een programma"
    verbose_name_plural = (
        "Rollen per programma (een lijntrekker in het ene programma is niemand in het andere)"
    )


class MedewerkerAdmin(UserAdmin):
    actions = [deactiveren]
    inlines = [ProgrammarolInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        rechten.rollen_groepen_bijwerken(form.instance)

    list_display = [*UserAdmin.list_display, "is_active"]

    def get_actions(self, request):
        acties = super().get_actions(request)
        acties.pop("delete_selected", None)
        return acties

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def get_deleted_objects(self, objs, request):
        """Django's admin log cascades with its user; treat it as protected, like the history."""
        te_verwijderen, aantallen, rechten, beschermd = super().get_deleted_objects(objs, request)
        log = LogEntry.objects.filter(user__in=objs).order_by("-action_time")
        beschermd = [*beschermd, *(f"Beheerlog: {regel}" for regel in log[:20])]
        return te_verwijderen, aantallen, rechten, beschermd


admin.site.unregister(Gebruiker)
admin.site.register(Gebruiker, MedewerkerAdmin)
