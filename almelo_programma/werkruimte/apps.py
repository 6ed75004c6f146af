from django.apps import AppConfig


class WerkruimteConfig(AppConfig):
    name = "almelo_programma.werkruimte"
    label = "werkruimte"
    verbose_name = "Werkruimte"
