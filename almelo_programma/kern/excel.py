"""Data validation for the columns a user fills in on a downloaded .xlsx sheet.

Excel itself then refuses bad input (with a Dutch title and message) before the portal's import
sees it; the import still checks everything, since other tools ignore these rules. Each helper
adds one rule to a cell range such as ``"I2:I200"``.
"""

import datetime

from openpyxl.worksheet.datavalidation import DataValidation

JA_NEE = ("ja", "nee")


def _regel(ws, bereik: str, *, titel: str, fout: str, **kwargs) -> DataValidation:
    regel = DataValidation(
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=titel,
        error=fout,
        showInputMessage=True,
        promptTitle=titel,
        prompt=fout,
        **kwargs,
    )
    ws.data_validations.append(regel)  # works on write-only sheets too
    regel.add(bereik)
    return regel


def keuzelijst(ws, bereik: str, keuzes, *, titel: str, fout: str) -> DataValidation:
    """Only one of ``keuzes`` (strings without commas), offered as a drop-down list."""
    return _regel(
        ws, bereik, titel=titel, fout=fout, type="list", formula1='"' + ",".join(keuzes) + '"'
    )


def _tussen(ws, bereik: str, soort: str, van: str, tot: str, *, titel: str, fout: str):
    return _regel(
        ws,
        bereik,
        titel=titel,
        fout=fout,
        type=soort,
        operator="between",
        formula1=van,
        formula2=tot,
    )


def geheel_getal(
    ws, bereik: str, *, minimum: int, maximum: int, titel: str, fout: str
) -> DataValidation:
    """A whole number from ``minimum`` to ``maximum``."""
    return _tussen(ws, bereik, "whole", str(minimum), str(maximum), titel=titel, fout=fout)


def datum(
    ws,
    bereik: str,
    *,
    titel: str,
    fout: str,
    van: datetime.date = datetime.date(2000, 1, 1),
    tot: datetime.date = datetime.date(2100, 12, 31),
) -> DataValidation:
    """A date (Excel stores dates as day numbers: the rule is a range of those)."""

    def excel_datum(d: datetime.date) -> str:
        return f"DATE({d.year},{d.month},{d.day})"

    return _tussen(ws, bereik, "date", excel_datum(van), excel_datum(tot), titel=titel, fout=fout)
