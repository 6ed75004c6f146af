from django.contrib import admin
from knox.models import AuthToken

from almelo_programma.kern.importtaken import ImporttaakAdmin

from .models import ApiToken, Bijwerkimport

# knox registers its own token model, which this portal replaces (KNOX_TOKEN_MODEL).
if admin.site.is_registered(AuthToken):
    admin.site.unregister(AuthToken)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Every user's API tokens (no secrets: the digest is not shown); delete = revoke."""

    list_display = ("naam", "user", "created", "expiry", "laatst_gebruikt")
    list_filter = ("expiry",)
    search_fields = ("naam", "user__username")
    fields = ("naam", "user", "created", "expiry", "laatst_gebruikt")
    readonly_fields = fields
    ordering = ("-created",)

    def has_add_permission(self, request):
        return False  # made by the user in the werkruimte, where the token is shown once

    def has_change_permission(self, request, obj=None):
        return False


admin.site.register(Bijwerkimport, ImporttaakAdmin)
