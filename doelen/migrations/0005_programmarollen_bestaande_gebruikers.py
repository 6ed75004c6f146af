from django.db import migrations

ROLLEN = ('programmamanager', 'lijntrekker', 'bestuurder', 'partner')


def rollen_per_programma(apps, schema_editor):
    """Until now a role held for the one programme there was: keep it, per programme."""
    Programma = apps.get_model('doelen', 'Programma')
    Programmarol = apps.get_model('doelen', 'Programmarol')
    User = apps.get_model('auth', 'User')
    programmas = list(Programma.objects.all())
    for user in User.objects.filter(groups__name__in=ROLLEN).distinct():
        for groep in user.groups.filter(name__in=ROLLEN):
            for programma in programmas:
                Programmarol.objects.get_or_create(
                    gebruiker=user, programma=programma, rol=groep.name
                )


class Migration(migrations.Migration):
    dependencies = [
        ('doelen', '0004_programmas_over_tijd'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.RunPython(rollen_per_programma, migrations.RunPython.noop),
    ]
