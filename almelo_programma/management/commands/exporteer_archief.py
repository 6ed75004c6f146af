from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from almelo_programma.archief import ArchiefFout, archief_maken


class Command(BaseCommand):
    help = (
        "Schrijft alle programmagegevens (met historie, gebruikers en mediabestanden) naar een "
        "geversioneerd zip-archief dat importeer_archief in een lege database terugzet."
    )

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path, help="Het archief dat wordt geschreven (.zip).")
        parser.add_argument(
            "--met-wachtwoorden",
            action="store_true",
            help="Neem ook de wachtwoord-hashes van gebruikers op (het archief is dan geheim).",
        )

    def handle(self, *args, pad, met_wachtwoorden=False, **options):
        try:
            manifest = archief_maken(pad, met_wachtwoorden=met_wachtwoorden)
        except (ArchiefFout, OSError) as fout:
            raise CommandError(str(fout)) from fout
        rijen = sum(m["aantal"] for m in manifest["modellen"])
        self.stdout.write(
            f"Archief geschreven: {pad} ({len(manifest['modellen'])} modellen, {rijen} rijen, "
            f"{len(manifest['media'])} mediabestanden"
            f"{', met wachtwoord-hashes' if met_wachtwoorden else ', zonder wachtwoorden'})."
        )
