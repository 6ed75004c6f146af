import django.db.models.deletion
from django.db import migrations, models


def aan_eerste_programma(apps, schema_editor):
    """Until now there was one programme: everything recorded belongs to it."""
    Programma = apps.get_model('doelen', 'Programma')
    Besluit = apps.get_model('besluiten', 'Besluit')
    programma = Programma.objects.order_by('pk').first()
    if programma is not None:
        Besluit.objects.filter(programma__isnull=True).update(programma=programma)


class Migration(migrations.Migration):
    dependencies = [
        ('besluiten', '0002_auteurs_beschermd'),
        ('doelen', '0005_programmarollen_bestaande_gebruikers'),
    ]

    operations = [
        migrations.AddField(
            model_name='besluit',
            name='programma',
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name='besluiten',
                to='doelen.programma',
                verbose_name='programma',
            ),
        ),
        migrations.RunPython(aan_eerste_programma, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='besluit',
            name='programma',
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name='besluiten',
                to='doelen.programma',
                verbose_name='programma',
            ),
        ),
    ]
