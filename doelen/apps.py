from django.apps import AppConfig


class DoelenConfig(AppConfig):
    name = "doelen"
    verbose_name = "Doelen en effecten"
