from django.conf import settings
from django.core.management.base import BaseCommand

from almelo_programma import laden


class Command(BaseCommand):
    help = (
        "Laadt het Programma Stedelijke Ontwikkeling Almelo (missie, doelen, indicatoren, "
        "lijnen, activiteiten 2023, woondeal, netwerk). Nogmaals draaien brengt teksten die "
        "niemand in het portaal heeft gewijzigd op de tekst van het programmaplan en verandert "
        "verder niets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo",
            action="store_true",
            help=(
                "Voeg ook demogegevens en demo-accounts toe (alles gemarkeerd als demo), en een "
                "demo-vervolgprogramma 2027–2030."
            ),
        )
        parser.add_argument(
            "--schaal",
            type=int,
            default=1,
            help="Vermenigvuldig het aantal demo-activiteiten en -projecten (voor benchmarks).",
        )

    def handle(self, *args, demo=False, schaal=1, **options):
        verslag = laden.laad_programma()
        self._meld("Programma", verslag)
        if demo:
            verslag = laden.laad_demo(schaal=schaal)
            self._meld("Demogegevens", verslag)
            self._meld("Demo-vervolgprogramma", laden.laad_demo_opvolger())
            self._meld("Demo-archief", laden.laad_demo_archief())
            self.stdout.write(
                f"\nDemo-accounts (wachtwoord voor allemaal: {laden.DEMO_WACHTWOORD}):"
            )
            for username, _first, _last, rol, _staff in laden.DEMO_GEBRUIKERS:
                self.stdout.write(f"  {username:<18} rol: {rol}")
            self.stdout.write(f"  {'beheerder':<18} superuser (beheer via /admin/)")
            if settings.TWEE_FACTOR_VERPLICHT:
                self.stdout.write(
                    "Tweestapsverificatie staat aan (TWEE_FACTOR_VERPLICHT): programmamanager en "
                    "beheerder stellen bij de eerste keer inloggen een authenticator-app in."
                )
            else:
                self.stdout.write(
                    "Tweestapsverificatie is niet verplicht (ontwikkelmodus): alle demo-accounts "
                    "loggen in met alleen het wachtwoord. In productie staat het aan."
                )

    def _meld(self, wat, verslag):
        if verslag.totaal == 0:
            self.stdout.write(f"{wat}: al geladen, niets gewijzigd.")
        if verslag.aangemaakt:
            details = ", ".join(f"{n} {k}" for k, n in verslag.aangemaakt.items() if n)
            self.stdout.write(self.style.SUCCESS(f"{wat}: aangemaakt {details}."))
        if verslag.bijgewerkt:
            details = ", ".join(f"{n} {k}" for k, n in verslag.bijgewerkt.items())
            self.stdout.write(
                self.style.SUCCESS(f"{wat}: bijgewerkt naar het programmaplan: {details}.")
            )
        for regel in verslag.behouden:
            self.stdout.write(
                self.style.WARNING(
                    f"Niet bijgewerkt, want in het portaal gewijzigd (wijkt af van het plan): "
                    f"{regel}"
                )
            )
