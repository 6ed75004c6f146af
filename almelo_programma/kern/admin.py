from django.contrib import admin

from .models import UitgaandeTaak


@admin.register(UitgaandeTaak)
class UitgaandeTaakAdmin(admin.ModelAdmin):
    """Read-only: operators see what waits for the broker and why."""

    list_display = ("pk", "taak", "aangemaakt_op", "verstuurd_op", "pogingen")
    list_filter = ("taak", ("verstuurd_op", admin.EmptyFieldListFilter))
    readonly_fields = [f.name for f in UitgaandeTaak._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
