"""Uitwisseling: the period's update sheet as .xlsx — export, and an all-or-nothing import.

The workbook has two sheets to fill in, with the yellow columns in the same places (I–M):
"Bijwerken" lists the activities of the period's year the user may edit, "Deelsporen woondeal"
the woondeal sub-tracks they may edit (sub-tracks have no year; they belong to a woondeal).
A third sheet, "Uitleg", explains how to fill them in.

Import: every row of both sheets is validated first
(``activiteiten.services.statusupdate_valideren``, the rules of every status update); errors
are reported per sheet, row and column in Dutch; then all new updates — activities and
sub-tracks — are saved in one transaction through ``statusupdates_bulk_create`` and
``deelspoorupdates_bulk_create`` (followers are told, the history records the author), or none
are. Rows left empty, and rows equal to the item's latest update, change nothing. A sheet
without the sub-track tab (an older download) imports as before.

- ``blad``: the sheets and their columns, shared by export and import;
- ``exporteren``: the workbook for a user and a period (write-only: streamed to a file);
- ``importeren``: reading a filled-in workbook back.
"""

from .blad import BLAD, DEELSPOOR_KOLOMMEN, DEELSPOREN_BLAD, KOLOM, KOLOMMEN
from .exporteren import exporteer, exporteer_naar
from .importeren import Fout, Importresultaat, importeer, importtaak_verwerken

__all__ = [
    "BLAD",
    "DEELSPOOR_KOLOMMEN",
    "DEELSPOREN_BLAD",
    "KOLOM",
    "KOLOMMEN",
    "Fout",
    "Importresultaat",
    "exporteer",
    "exporteer_naar",
    "importeer",
    "importtaak_verwerken",
]
