from django.urls import path

from . import views

app_name = "aanmelden"

urlpatterns = [
    path("inloggen/code/", views.code, name="code"),
    path("inloggen/sso/", views.sso_start, name="sso_start"),
    path("inloggen/sso/terug/", views.sso_terug, name="sso_terug"),
    path("account/tweestapsverificatie/", views.instellen, name="instellen"),
    path("account/tweestapsverificatie/herstelcodes/", views.herstelcodes, name="herstelcodes"),
]
