from django.apps import AppConfig


class DashboardConfig(AppConfig):
    """The 2026 dashboard for aldermen, its time travel and the Bestuursrapportage."""

    name = "almelo_programma.dashboard"
    label = "dashboard"
    verbose_name = "Dashboard"
