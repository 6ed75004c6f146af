from django.contrib import admin

from almelo_programma.kern.importtaken import ImporttaakAdmin

from .models import Bijwerkimport

admin.site.register(Bijwerkimport, ImporttaakAdmin)
