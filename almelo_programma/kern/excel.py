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
    ws.add_data_validation(regel)
    regel.add(bereik)
    return regel


def keuzelijst(ws, bereik: str, keuzes, *, titel: str, fout: str) -> DataValidation:
    """Only one of ``keuzes`` (strings without commas), offered as a drop-down list."""
    return _regel(
        ws, bereik, titel=titel, fout=fout, type="list", formula1='"' + ",".join(keuzes) + '"'
    )


def geheel_getal(
    ws, bereik: str, *, minimum: int, maximum: int, titel: str, fout: str
) -> DataValidation:
    """A whole number from ``minimum`` to ``maximum``."""
    return _regel(
        ws,
        bereik,
        titel=titel,
        fout=fout,
        type="whole",
        operator="between",
        formula1=str(minimum),
        formula2=str(maximum),
    )


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
    return _regel(
        ws,
        bereik,
        titel=titel,
        fout=fout,
        type="date",
        operator="between",
        formula1=f"DATE({van.year},{van.month},{van.day})",
        formula2=f"DATE({tot.year},{tot.month},{tot.day})",
    )
