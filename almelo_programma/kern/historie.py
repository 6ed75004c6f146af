"""The audit history of programme data, and who a history line names.

``Historie`` is simple_history's ``HistoricalRecords`` with one change: the ``history_user`` of a
history row is ``on_delete=PROTECT`` (simple_history hard-codes ``SET_NULL``). A user with an
audit trail therefore cannot be deleted — not in the admin, not in code — and the trail keeps who
did what; staff who leave are deactivated instead (``gebruiker_deactiveren``).

``medewerker_naam(user)`` is the one way an internal page names a member of staff: full name or
username, marked "(gedeactiveerd)" when the account has been deactivated.

``herstellen(model, pk)`` brings a deleted row back from its history, with its deleted children.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from simple_history.models import HistoricalRecords


class Historie(HistoricalRecords):
    """``HistoricalRecords`` whose history rows protect the user they name."""

    def _get_history_user_fields(self):
        velden = super()._get_history_user_fields()
        if self.user_id_field is None:
            veld = velden["history_user"]
            velden["history_user"] = models.ForeignKey(
                veld.remote_field.model,
                null=True,
                related_name=self.user_related_name,
                on_delete=models.PROTECT,
                db_constraint=self.user_db_constraint,
            )
        return velden


GEDEACTIVEERD = "(gedeactiveerd)"


def medewerker_naam(user) -> str:
    """``user``'s full name (or username), with "(gedeactiveerd)" for a deactivated account."""
    if user is None:
        return ""
    naam = user.get_full_name() or user.get_username()
    return naam if user.is_active else f"{naam} {GEDEACTIVEERD}"


def herstellen(model, pk, *, door=None, met_kinderen: bool = True):
    """Bring back a deleted ``model`` row from its audit history, with its deleted children.

    The row comes back as it was just before the delete (same primary key, so its links work
    again) and the history gets a "aangemaakt" line naming ``door``. With ``met_kinderen``, rows
    of history-keeping models that pointed at it (sub-tracks, updates, agreements, …) and were
    deleted too are restored after it, recursively. Many-to-many links are not restored. Raises
    ``ValidationError`` when the history holds no deleted row with this key.
    """
    laatste = _laatste_records(model, **{model._meta.pk.attname: pk})
    record = laatste.get(pk)
    if record is None or record.history_type != "-":
        raise ValidationError(
            f"Er is geen verwijderde {model._meta.verbose_name} met nummer {pk} in de historie."
        )
    with transaction.atomic():
        obj = record.instance
        obj._history_user = door
        obj.save(force_insert=True)
        if met_kinderen:
            for relatie in model._meta.related_objects:
                kind = relatie.related_model
                if relatie.many_to_many or not hasattr(kind, "history"):
                    continue
                for kind_pk, kind_record in _laatste_records(
                    kind, **{relatie.field.attname: pk}
                ).items():
                    if kind_record.history_type == "-":
                        herstellen(kind, kind_pk, door=door)
    return obj


def _laatste_records(model, **filter) -> dict:
    """The latest history record per primary key among ``model``'s history rows matching
    ``filter``: a row whose latest record is "-" is deleted."""
    attname = model._meta.pk.attname
    laatste = {}
    for record in model.history.filter(**filter).order_by("history_id"):
        laatste[getattr(record, attname)] = record
    return laatste
