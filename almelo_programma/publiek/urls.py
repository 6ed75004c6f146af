from django.urls import path

from . import feeds, uitwisseling, views

app_name = "publiek"

urlpatterns = [
    path("", views.home, name="home"),
    path("doelen/<slug:slug>/", views.doel_detail, name="doel"),
    path("indicatoren/<slug:slug>/", views.indicator_detail, name="indicator"),
    path("lijnen/<slug:slug>/", views.lijn_detail, name="lijn"),
    path("activiteiten/", views.activiteiten, name="activiteiten"),
    path("activiteiten.csv", uitwisseling.activiteiten_csv, name="activiteiten_csv"),
    path("activiteiten/<slug:slug>/", views.activiteit_detail, name="activiteit"),
    path("metingen.csv", uitwisseling.metingen_csv, name="metingen_csv"),
    path("agenda/", views.agenda, name="agenda"),
    path("agenda.ics", feeds.agenda_ics, name="agenda_ics"),
    path("agenda/<slug:slug>/", views.bijeenkomst_detail, name="bijeenkomst"),
    path("woningbouw/", views.woningbouw, name="woningbouw"),
    path("woningbouw/projecten.geojson", views.projecten_geojson, name="projecten_geojson"),
    path("feeds/statusupdates.atom", feeds.statusupdates_feed, name="statusupdates_feed"),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    path("evaluatie/", views.evaluatie, name="evaluatie"),
    path("evaluatie/eindevaluatie.pdf", views.evaluatie_pdf, name="evaluatie_pdf"),
]
