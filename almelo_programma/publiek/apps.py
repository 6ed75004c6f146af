from django.apps import AppConfig


class PubliekConfig(AppConfig):
    """The public progress pages, feeds and downloads (published items only)."""

    name = "almelo_programma.publiek"
    label = "publiek"
    verbose_name = "Publieke pagina's"

    def ready(self):
        from .cache import signalen_verbinden

        signalen_verbinden()
