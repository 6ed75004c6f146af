"""The update sheet's tabs and columns: one layout for export and import."""

BLAD = "Bijwerken"
DEELSPOREN_BLAD = "Deelsporen woondeal"
INVUL_KOLOMMEN = [
    ("Nieuwe status", "status"),
    ("Nieuwe voortgang (%)", "voortgang"),
    ("Toelichting", "toelichting"),
    ("Rapportagedatum", "rapportagedatum"),
    ("Publiceren (ja/nee)", "gepubliceerd"),
]
# (header, attribute) — the first eight columns are information, the last five are filled in.
KOLOMMEN = [
    ("Sleutel (niet wijzigen)", "sleutel"),
    ("Lijn", "lijn"),
    ("Jaar", "jaar"),
    ("Activiteit", "titel"),
    ("Trekker", "trekker"),
    ("Huidige status", "huidige_status"),
    ("Huidige voortgang (%)", "huidige_voortgang"),
    ("Laatste update", "laatste_datum"),
    *INVUL_KOLOMMEN,
]
# The sub-track sheet: the same attributes in the same columns, so the letters match (column C
# holds the woondeal where the activity sheet has the year).
DEELSPOOR_KOLOMMEN = [
    ("Sleutel (niet wijzigen)", "sleutel"),
    ("Lijn", "lijn"),
    ("Woondeal", "jaar"),
    ("Deelspoor", "titel"),
    *KOLOMMEN[4:],
]
KOLOM = {attr: i for i, (_, attr) in enumerate(KOLOMMEN)}  # the same for both sheets
INVUL = tuple(attr for _, attr in INVUL_KOLOMMEN)


def letter(attr: str) -> str:
    return chr(ord("A") + KOLOM[attr])
