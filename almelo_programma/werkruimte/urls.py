"""The cross-app werkruimte pages: the work list and the Excel update sheet (namespace
``werkruimte``). The pages of one activity, line or sub-track belong to their apps."""

from django.urls import path

from . import views

app_name = "werkruimte"

urlpatterns = [
    path("", views.werklijst, name="lijst"),
    path("excel/export/", views.excel_export, name="excel_export"),
    path("excel/import/", views.excel_import, name="excel_import"),
    path("excel/import/<uuid:uuid>/", views.excel_import_status, name="excel_import_status"),
    path("tokens/", views.api_tokens, name="api_tokens"),
]
