from django.apps import AppConfig


class EvaluatieConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "evaluatie"
    verbose_name = "Eindevaluatie"

    def ready(self):
        # the safety net: no write to a row of an archived programme (evaluatie/archief.py)
        from .archief import bewaking_aansluiten

        bewaking_aansluiten()
