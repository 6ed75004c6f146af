"""State only: the Bestuursrapportage model now belongs to the dashboard app (same table)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("almelo_programma", "0002_bestuursrapportage"),
        ("dashboard", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Bestuursrapportage")],
            database_operations=[],
        ),
    ]
