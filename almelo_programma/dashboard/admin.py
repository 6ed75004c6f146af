from django.contrib import admin

from almelo_programma.kern.admin import ArchiefAdminMixin

from .models import Bestuursrapportage


@admin.register(Bestuursrapportage)
class BestuursrapportageAdmin(ArchiefAdminMixin, admin.ModelAdmin):
    """Read-only view of the PDF jobs (requested from the dashboard), to see failures."""

    list_display = ["stand_label", "status", "voortgang", "pogingen", "aangemaakt_op", "klaar_op"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in Bestuursrapportage._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
