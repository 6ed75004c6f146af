from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AlmeloProgrammaConfig(AppConfig):
    name = "almelo_programma"
    verbose_name = "Programmaportaal"

    def ready(self):
        from .kern.rechten import sync_role_permissions

        # Keep the role groups' model permissions in step with the models after every migrate.
        post_migrate.connect(sync_role_permissions, sender=self)
