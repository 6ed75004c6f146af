from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from almelo_programma.archief import ArchiefFout, archief_herstellen


class Command(BaseCommand):
    help = (
        "Zet een archief van exporteer_archief terug in een LEGE database waarop migrate is "
        "gedraaid (zelfde versie van het portaal). Controleert eerst formaatversie, "
        "controlesommen en schema; bij een fout verandert er niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path, help="Het archief (.zip).")

    def handle(self, *args, pad, **options):
        try:
            manifest = archief_herstellen(pad)
        except ArchiefFout as fout:
            raise CommandError(str(fout)) from fout
        rijen = sum(m["aantal"] for m in manifest["modellen"])
        self.stdout.write(
            f"Archief van {manifest['aangemaakt_op']} hersteld: {rijen} rijen, "
            f"{len(manifest['media'])} mediabestanden."
        )
        if not manifest["wachtwoorden"]:
            self.stdout.write(
                "Het archief bevat geen wachtwoorden: geef gebruikers een nieuw wachtwoord "
                "(python manage.py changepassword <gebruikersnaam>, of via /admin/)."
            )
