"""The SVG charts: valid SVG, accessible name, text alternative, data table, B/W cues."""

import xml.etree.ElementTree as ET

from django.template.loader import render_to_string

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.grafieken import lijndiagram, staafdiagram, voortgangsbalk

SVG = "{http://www.w3.org/2000/svg}"


def _svg(grafiek):
    return ET.fromstring(str(grafiek.svg))


def test_getal_in_dutch_format():
    assert nl_getal(4100) == "4.100"
    assert nl_getal(33.333, 1) == "33,3"
    assert nl_getal(None) == "onbekend"


def test_staafdiagram_bars_labels_and_table():
    g = staafdiagram(
        "Woningen per jaar",
        [2023, 2024],
        [("Opgeleverd", [120, 340]), ("In aanbouw genomen", [200, None])],
        eenheid="woningen",
        ident="test-staaf",
    )
    root = _svg(g)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "test-staaf-titel test-staaf-desc"
    assert root.find(f"{SVG}title").text == "Woningen per jaar"
    # three bars (the unknown value is left out), each with its value written above it
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("height") not in ("14",)]
    assert len([b for b in bars if b.get("stroke-width") == "1.5"]) == 3
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"120", "340", "200", "2023", "2024", "Opgeleverd", "In aanbouw genomen"} <= set(texts)
    # second series is hatched, so it reads in black and white
    assert root.find(f"{SVG}defs/{SVG}pattern").get("id") == "test-staaf-arcering"
    assert g.kolommen == ["Jaar", "Opgeleverd", "In aanbouw genomen"]
    assert g.rijen == [["2023", "120", "200"], ["2024", "340", "onbekend"]]
    assert "2023: 120, 2024: 340" in g.beschrijving


def test_lijndiagram_target_and_baseline_are_labelled():
    g = lijndiagram(
        "Cumulatief opgeleverd",
        [2023, 2024, 2025],
        {"Opgeleverd (cumulatief)": [100, 450, 1200]},
        streefwaarde=4100,
        streeflabel="Doel 2026: 4.100",
        basiswaarde=0,
        ident="test-lijn",
    )
    root = _svg(g)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Doel 2026: 4.100" in texts
    assert "Basis: 0" in texts
    assert "1.200" in texts  # last value written at the line's end
    assert len(list(root.iter(f"{SVG}polyline"))) == 1
    assert "Doel 2026: 4.100" in g.beschrijving


def test_lijndiagram_escapes_text():
    g = lijndiagram("<script>", ["a<b"], [("x&y", [1])], klein=True)
    root = _svg(g)  # parses: everything escaped
    assert root.find(f"{SVG}title").text == "<script>"
    assert "<script>" not in str(g.svg)


def test_voortgangsbalk_with_norm():
    g = voortgangsbalk("Aandeel sociale huur", 25.5, 100, norm=30, decimalen=1, ident="t")
    root = _svg(g)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "25,5%" in texts
    assert "▲ Norm: 30,0%" in texts  # marker under the norm line
    assert g.beschrijving == "Aandeel sociale huur: 25,5%. Norm: 30,0%."
    assert g.rijen == [["Waarde", "25,5"], ["Maximum", "100,0"], ["Norm", "30,0"]]


def test_template_renders_figure_with_disclosure_table():
    g = staafdiagram("Per fase", ["Initiatief", "Realisatie"], [("Woningen", [10, 20])])
    html = render_to_string("includes/chart.html", {"grafiek": g})
    assert "<figure" in html and "<figcaption" in html
    assert "<details" in html and "<summary>Tabel met de cijfers" in html
    assert '<th scope="row">Initiatief</th>' in html
    assert g.beschrijving in html
    assert g.render() == html


def test_empty_chart_says_so():
    g = lijndiagram("Trend", [], [("Meting", [])])
    assert g.leeg
    html = render_to_string("includes/chart.html", {"grafiek": g, "leeg": "Nog geen metingen."})
    assert "Nog geen metingen." in html
    assert "<svg" not in html
