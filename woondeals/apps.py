from django.apps import AppConfig


class WoondealsConfig(AppConfig):
    name = "woondeals"
    verbose_name = "Woondeals en woningbouw"
