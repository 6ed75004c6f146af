import django.db.models.deletion
from django.db import migrations, models


def aan_eerste_programma(apps, schema_editor):
    """Until now there was one programme: everything recorded belongs to it."""
    Programma = apps.get_model('doelen', 'Programma')
    Bestuursrapportage = apps.get_model('dashboard', 'Bestuursrapportage')
    programma = Programma.objects.order_by('pk').first()
    if programma is not None:
        Bestuursrapportage.objects.filter(programma__isnull=True).update(programma=programma)


class Migration(migrations.Migration):
    dependencies = [
        ('dashboard', '0003_verwijderen_beschermd'),
        ('doelen', '0005_programmarollen_bestaande_gebruikers'),
    ]

    operations = [
        migrations.AddField(
            model_name='bestuursrapportage',
            name='programma',
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name='bestuursrapportages',
                to='doelen.programma',
                verbose_name='programma',
            ),
        ),
        migrations.RunPython(aan_eerste_programma, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='bestuursrapportage',
            name='programma',
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name='bestuursrapportages',
                to='doelen.programma',
                verbose_name='programma',
            ),
        ),
    ]
