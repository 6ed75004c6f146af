"""The public partner survey, mounted at /enquete/ (namespace ``enquete``): no account needed."""

from django.urls import path

from . import views

app_name = "enquete"

urlpatterns = [
    path("<str:token>/", views.enquete_invullen, name="invullen"),
]
