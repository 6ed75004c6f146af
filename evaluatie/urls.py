"""The end evaluation in the portal, under /dashboard/evaluatie/."""

from django.urls import path

from . import views, views_opvolging

app_name = "evaluatie"

urlpatterns = [
    path("", views.evaluatie, name="evaluatie"),
    path("teksten/", views.teksten, name="teksten"),
    path("doelen/<str:code>/", views.doel_onderdeel, name="doel"),
    path("lijnen/<slug:slug>/", views.lijn_onderdeel, name="lijn"),
    path("oordelen/<slug:slug>/", views.oordeel, name="oordeel"),
    path("status/", views.status, name="status"),
    path("eindevaluatie.pdf", views.pdf, name="pdf"),
    path("eindevaluatie.xlsx", views.xlsx, name="xlsx"),
    path("opvolger/", views_opvolging.opvolger, name="opvolger"),
]
