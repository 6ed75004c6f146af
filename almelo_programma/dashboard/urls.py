from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("aandacht/", views.aandacht, name="aandacht"),
    path("doelen/<slug:slug>/", views.doel_detail, name="doel"),
    path("lijnen/<slug:slug>/", views.lijn_detail, name="lijn"),
    path("activiteiten/<slug:slug>/", views.activiteit_detail, name="activiteit"),
    path("deelsporen/<slug:slug>/", views.deelspoor_detail, name="deelspoor"),
    path("indicatoren/<slug:slug>/", views.indicator_detail, name="indicator"),
    path("export.xlsx", views.export_xlsx, name="export"),
    path("rapportages/", views.rapportages, name="rapportages"),
    path("rapportages/<uuid:uuid>/", views.rapportage_detail, name="rapportage"),
    path("rapportages/<uuid:uuid>/pdf/", views.rapportage_pdf, name="rapportage_pdf"),
]
