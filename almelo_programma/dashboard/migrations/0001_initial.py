"""The Bestuursrapportage model moves from the project package to the dashboard app.

The table stays where it is (``db_table``): only Django's state changes, no SQL runs.
"""

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("almelo_programma", "0002_bestuursrapportage"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.CreateModel(
            name='Bestuursrapportage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uuid', models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name='UUID')),
                ('stand', models.CharField(blank=True, help_text="Leeg: actueel; '2024': eind 2024; '2024-t2': eind tertiaal 2 van 2024.", max_length=20, verbose_name='stand')),
                ('stand_label', models.CharField(max_length=200, verbose_name='omschrijving van de stand')),
                ('peildatum', models.DateField(verbose_name='peildatum')),
                ('status', models.CharField(choices=[('wachtrij', 'In de wachtrij'), ('bezig', 'Wordt gemaakt'), ('klaar', 'Klaar'), ('mislukt', 'Mislukt')], default='wachtrij', max_length=10, verbose_name='status')),
                ('voortgang', models.PositiveSmallIntegerField(default=0, help_text='Hoe ver het maken van de pdf is.', verbose_name='voortgang (%)')),
                ('stap', models.CharField(blank=True, max_length=200, verbose_name='huidige stap')),
                ('bestand', models.FileField(blank=True, upload_to='rapportages/', verbose_name='bestand')),
                ('foutmelding', models.TextField(blank=True, verbose_name='foutmelding')),
                ('pogingen', models.PositiveSmallIntegerField(default=0, verbose_name='pogingen')),
                ('aangemaakt_op', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt op')),
                ('klaar_op', models.DateTimeField(blank=True, null=True, verbose_name='klaar op')),
                ('aangevraagd_door', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='aangevraagd door')),
            ],
            options={
                'db_table': 'almelo_programma_bestuursrapportage',
                'verbose_name': 'bestuursrapportage',
                'verbose_name_plural': 'bestuursrapportages',
                'ordering': ['-aangemaakt_op'],
                'constraints': [models.CheckConstraint(condition=models.Q(('voortgang__gte', 0), ('voortgang__lte', 100)), name='rapportage_voortgang_0_100', violation_error_message='De voortgang is een percentage van 0 tot en met 100.'), models.CheckConstraint(condition=models.Q(('status__in', ['wachtrij', 'bezig', 'klaar', 'mislukt'])), name='rapportage_status_geldig', violation_error_message='Onbekende status.')],
            },
        ),
    ],
            database_operations=[],
        ),
    ]
