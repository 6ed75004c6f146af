from django.apps import AppConfig


class BesluitenConfig(AppConfig):
    name = "besluiten"
    verbose_name = "Besluiten, moties en toezeggingen"
