from django.urls import path

from . import views

app_name = "publiek"

urlpatterns = [
    path("", views.home, name="home"),
    path("doelen/<slug:slug>/", views.doel_detail, name="doel"),
    path("indicatoren/<slug:slug>/", views.indicator_detail, name="indicator"),
    path("lijnen/<slug:slug>/", views.lijn_detail, name="lijn"),
    path("activiteiten/<slug:slug>/", views.activiteit_detail, name="activiteit"),
    path("agenda/<slug:slug>/", views.bijeenkomst_detail, name="bijeenkomst"),
]
