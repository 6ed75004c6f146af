from django.apps import AppConfig, apps
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate


def _na_laatste_app(sender, **kwargs):
    """Run the role sync once per migrate (or test flush): after the last app with models, when
    every app's permissions exist. Django sends ``post_migrate`` only to apps with models, and
    the project package has none of its own."""
    from .kern.rechten import sync_role_permissions

    met_modellen = [a for a in apps.get_app_configs() if a.models_module is not None]
    if sender is met_modellen[-1]:
        sync_role_permissions(sender=sender, **kwargs)


class AlmeloProgrammaConfig(AppConfig):
    name = "almelo_programma"
    verbose_name = "Programmaportaal"

    def ready(self):
        # Keep the role groups' model permissions in step with the models after every migrate.
        post_migrate.connect(_na_laatste_app, dispatch_uid="almelo_programma.rollen")
        # A successful login clears that user's failed attempts (not the address's).
        from .kern.afscherming import pogingen_wissen

        user_logged_in.connect(pogingen_wissen, dispatch_uid="almelo_programma.pogingen_wissen")
