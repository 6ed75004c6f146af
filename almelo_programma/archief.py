"""The portable archive of all programme data: ``exporteer_archief`` / ``importeer_archief``.

An archive is a zip file that restores into an EMPTY, migrated database of the same code version
with identical pages (the round trip is tested in ``tests/beheer/test_archief.py``):

- ``manifest.json``: the format (``FORMAAT``, ``FORMAATVERSIE``), when it was made, the applied
  migrations of every archived app (the schema the data fits), whether password hashes are in it,
  and per model its file, row count and SHA-256; per media file its path, size and SHA-256.
- ``data/<app>.<model>.json``: the rows of one model, Django's JSON serialization with their own
  primary keys (links and URLs stay the same) and natural keys for users, groups, permissions and
  content types. The audit history (simple_history's ``Historical*`` tables) and the admin log
  are programme data too: they travel along, and keep who did what.
- ``media/…``: every file under ``MEDIA_ROOT`` (the Bestuursrapportage PDFs).

Users come along with their names, e-mail, roles and active flag — the authorship of updates and
history rows — but WITHOUT their password hashes unless ``met_wachtwoorden``: an archive is a
portable file, and a leaked hash can be cracked offline. Restored users then have no usable
password and get a new one (``manage.py changepassword``, or the admin). API tokens, sessions,
permissions and content types are not archived: the first are credentials, the others are made by
``migrate``.

Restoring checks everything before writing anything: the format version, every checksum, that
the database's migrations match the archive's, and that the database holds no programme data.
Then it loads all rows in one transaction (``loaddata`` with simple_history switched off, so no
new history rows; constraints checked at the end; sequences reset) and writes the media files.
Any error leaves the database as it was, with a Dutch message.
"""

import datetime
import hashlib
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JsonSerializer
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings

from almelo_programma.kern.publieke_versie import versie_ophogen

FORMAAT = "almelo-programmaportaal-archief"
FORMAATVERSIE = 1

# The apps whose every model is programme data (including their history tables).
PROGRAMMA_APPS = ("doelen", "activiteiten", "netwerk", "woondeals", "evaluatie", "dashboard")
# Models of Django's own apps that belong to the programme's record.
EXTRA_MODELLEN = ("auth.group", "auth.user", "admin.logentry")
# Made by ``migrate`` (the role groups): may exist in the "empty" database a restore goes into.
DOOR_MIGRATIE_GEMAAKT = ("auth.group",)


class ArchiefFout(Exception):
    """A Dutch message: why an archive cannot be made or restored."""


def archief_modellen() -> list:
    """The archived models, in an order that loads (natural-key dependencies first)."""
    modellen = [
        m
        for app in PROGRAMMA_APPS
        for m in apps.get_app_config(app).get_models()
        if not m._meta.proxy
    ]
    modellen += [apps.get_model(label) for label in EXTRA_MODELLEN]
    gesorteerd = serializers.sort_dependencies(
        [(None, modellen)], allow_cycles=True
    )  # users and groups before what names them
    return gesorteerd


def _label(model) -> str:
    return model._meta.label_lower


def _app_labels(modellen) -> list[str]:
    return sorted({m._meta.app_label for m in modellen})


def toegepaste_migraties(app_labels) -> dict[str, list[str]]:
    """Per app, the names of the migrations applied to the database (sorted)."""
    rijen = MigrationRecorder(connection).migration_qs.filter(app__in=app_labels)
    migraties: dict[str, list[str]] = {app: [] for app in app_labels}
    for app, naam in rijen.values_list("app", "name"):
        migraties[app].append(naam)
    return {app: sorted(namen) for app, namen in migraties.items()}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Encoder(DjangoJSONEncoder):
    """Django's encoder with times to the microsecond (it cuts them to milliseconds, which
    would reorder updates saved in the same millisecond and change API cursors)."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            tekst = o.isoformat()
            return tekst[:-6] + "Z" if tekst.endswith("+00:00") else tekst
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class _Serializer(JsonSerializer):
    """Natural keys for groups, permissions and content types (made by ``migrate``, their
    primary keys may differ between databases), plain primary keys for everything else — users
    too: a history row may name a user id that no longer exists, and users keep their ids."""

    def _natuurlijk(self, field) -> bool:
        return field.remote_field.model is not get_user_model()

    def handle_fk_field(self, obj, field):
        if self._natuurlijk(field):
            return super().handle_fk_field(obj, field)
        self._current[field.name] = getattr(obj, field.attname)

    def handle_m2m_field(self, obj, field):
        natuurlijk = self.use_natural_foreign_keys
        self.use_natural_foreign_keys = natuurlijk and self._natuurlijk(field)
        try:
            super().handle_m2m_field(obj, field)
        finally:
            self.use_natural_foreign_keys = natuurlijk


def _serialiseer(model, met_wachtwoorden: bool) -> bytes:
    opties = {"use_natural_foreign_keys": True, "indent": 1, "cls": _Encoder}
    if _label(model) == "auth.group":
        # groups are matched by name: the role groups exist already after ``migrate``
        opties["use_natural_primary_keys"] = True
    if model is get_user_model() and not met_wachtwoorden:
        opties["fields"] = [
            f.name
            for f in model._meta.get_fields()
            if f.concrete and not f.primary_key and f.name != "password"
        ]
    rijen = model._base_manager.order_by("pk")
    return _Serializer().serialize(rijen.iterator(), **opties).encode()


def archief_maken(pad: Path, *, met_wachtwoorden: bool = False) -> dict:
    """Write the archive to ``pad`` (a .zip) and return its manifest."""
    modellen = archief_modellen()
    manifest = {
        "formaat": FORMAAT,
        "formaatversie": FORMAATVERSIE,
        "aangemaakt_op": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "migraties": toegepaste_migraties(_app_labels(modellen)),
        "wachtwoorden": met_wachtwoorden,
        "modellen": [],
        "media": [],
    }
    tijdelijk = Path(pad).with_name(Path(pad).name + ".bezig")
    eigen_transactie = not connection.in_atomic_block
    with transaction.atomic(), zipfile.ZipFile(tijdelijk, "w", zipfile.ZIP_DEFLATED) as zf:
        # one transaction: on PostgreSQL every model is read from the same snapshot
        if connection.vendor == "postgresql" and eigen_transactie:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for model in modellen:
            data = _serialiseer(model, met_wachtwoorden)
            bestand = f"data/{len(manifest['modellen']):03d}-{_label(model).replace('.', '-')}.json"
            zf.writestr(bestand, data)
            manifest["modellen"].append(
                {
                    "model": _label(model),
                    "bestand": bestand,
                    "aantal": model._base_manager.count(),
                    "sha256": _sha256(data),
                }
            )
        media = Path(settings.MEDIA_ROOT)
        if media.is_dir():
            for bestand in sorted(p for p in media.rglob("*") if p.is_file()):
                data = bestand.read_bytes()
                relatief = bestand.relative_to(media).as_posix()
                zf.writestr(f"media/{relatief}", data)
                manifest["media"].append(
                    {"pad": relatief, "grootte": len(data), "sha256": _sha256(data)}
                )
        zf.writestr("manifest.json", json.dumps(manifest, indent=1, ensure_ascii=False))
    tijdelijk.replace(pad)
    return manifest


def _lees_manifest(zf: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except KeyError as fout:
        raise ArchiefFout(
            "Dit is geen archief van het programmaportaal: manifest.json ontbreekt."
        ) from fout
    except ValueError as fout:
        raise ArchiefFout("Het manifest van dit archief is geen geldige JSON.") from fout
    if manifest.get("formaat") != FORMAAT:
        raise ArchiefFout("Dit is geen archief van het programmaportaal (onbekend formaat).")
    versie = manifest.get("formaatversie")
    if versie != FORMAATVERSIE:
        raise ArchiefFout(
            f"Dit archief heeft formaatversie {versie}; deze versie van het portaal leest alleen "
            f"formaatversie {FORMAATVERSIE}. Herstel het met de versie van het portaal waarmee "
            "het gemaakt is."
        )
    return manifest


def _controleer_sommen(zf: zipfile.ZipFile, manifest: dict) -> None:
    verwacht = [(m["bestand"], m["sha256"]) for m in manifest["modellen"]]
    verwacht += [(f"media/{m['pad']}", m["sha256"]) for m in manifest["media"]]
    for naam, som in verwacht:
        try:
            data = zf.read(naam)
        except KeyError as fout:
            raise ArchiefFout(f"Het archief is onvolledig: {naam} ontbreekt.") from fout
        if _sha256(data) != som:
            raise ArchiefFout(f"Het archief is beschadigd: de controlesom van {naam} klopt niet.")


def _controleer_schema(manifest: dict, modellen) -> None:
    hier = toegepaste_migraties(_app_labels(modellen))
    daar = manifest["migraties"]
    verschil = sorted(
        app for app in set(hier) | set(daar) if hier.get(app, []) != daar.get(app, [])
    )
    if verschil:
        raise ArchiefFout(
            "Het databaseschema past niet bij het archief (migraties van "
            f"{', '.join(verschil)} verschillen). Herstel met dezelfde versie van het portaal "
            "als waarmee het archief gemaakt is, in een database waarop `migrate` is gedraaid."
        )


def _controleer_leeg(modellen) -> None:
    gevuld = [
        f"{m._meta.verbose_name_plural} ({m._base_manager.count()})"
        for m in modellen
        if _label(m) not in DOOR_MIGRATIE_GEMAAKT and m._base_manager.exists()
    ]
    if gevuld:
        raise ArchiefFout(
            "De database is niet leeg: er staan al gegevens in ("
            + ", ".join(gevuld[:5])
            + (", …" if len(gevuld) > 5 else "")
            + "). Herstel een archief alleen in een lege database waarop `migrate` is gedraaid; "
            "er is niets gewijzigd."
        )


def archief_herstellen(pad: Path) -> dict:
    """Restore the archive at ``pad`` into this (empty, migrated) database; return its manifest.

    Raises ``ArchiefFout`` (Dutch) and changes nothing when the archive or the database is not
    fit for it.
    """
    try:
        zf = zipfile.ZipFile(pad)
    except (OSError, zipfile.BadZipFile) as fout:
        raise ArchiefFout(f"{pad} is geen leesbaar zip-archief.") from fout
    with zf:
        manifest = _lees_manifest(zf)
        _controleer_sommen(zf, manifest)
        modellen = archief_modellen()
        bekend = {_label(m) for m in modellen}
        onbekend = [m["model"] for m in manifest["modellen"] if m["model"] not in bekend]
        if onbekend:
            raise ArchiefFout(f"Het archief bevat onbekende modellen: {', '.join(onbekend)}.")
        _controleer_schema(manifest, modellen)
        _controleer_leeg(modellen)
        media = Path(settings.MEDIA_ROOT)
        bestaand = [m["pad"] for m in manifest["media"] if (media / m["pad"]).exists()]
        if bestaand:
            raise ArchiefFout(
                f"MEDIA_ROOT ({media}) bevat al bestanden uit het archief, zoals {bestaand[0]}; "
                "herstel in een lege map."
            )
        with tempfile.TemporaryDirectory() as map_:
            bestanden = []
            for m in manifest["modellen"]:
                if m["aantal"]:
                    doel = Path(map_) / Path(m["bestand"]).name
                    doel.write_bytes(zf.read(m["bestand"]))
                    bestanden.append(str(doel))
            with transaction.atomic():
                if bestanden:
                    try:
                        # the archive holds the history: loading must not add to it (m2m links
                        # would otherwise write "changed" rows over the archived ones)
                        with override_settings(SIMPLE_HISTORY_ENABLED=False):
                            call_command("loaddata", *bestanden, verbosity=0, stdout=io.StringIO())
                    except (DeserializationError, DatabaseError) as fout:
                        raise ArchiefFout(
                            f"Het archief kon niet worden teruggezet; er is niets gewijzigd. "
                            f"Oorzaak: {fout}"
                        ) from fout
                if not manifest["wachtwoorden"]:
                    _zonder_wachtwoord()
                geschreven = []
                try:
                    for m in manifest["media"]:
                        doel = media / m["pad"]
                        doel.parent.mkdir(parents=True, exist_ok=True)
                        with zf.open(f"media/{m['pad']}") as bron, open(doel, "wb") as uit:
                            shutil.copyfileobj(bron, uit)
                        geschreven.append(doel)
                except OSError as fout:
                    for doel in geschreven:
                        doel.unlink(missing_ok=True)
                    raise ArchiefFout(
                        f"De mediabestanden konden niet worden geschreven: {fout}"
                    ) from fout
    versie_ophogen()
    return manifest


def _zonder_wachtwoord() -> None:
    """Restored users without a hash in the archive get an unusable password."""
    gebruikers = list(get_user_model()._base_manager.filter(password=""))
    for gebruiker in gebruikers:
        gebruiker.set_unusable_password()
    get_user_model()._base_manager.bulk_update(gebruikers, ["password"])


def tellingen() -> dict[str, int]:
    """Row count per archived model: what a restore must reproduce."""
    return {_label(m): m._base_manager.count() for m in archief_modellen()}
