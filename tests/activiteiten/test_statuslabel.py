from django.template.loader import render_to_string

from activiteiten.templatetags.status import statuslabel


def test_statuslabel_gives_the_dutch_label_of_an_annotated_value():
    assert statuslabel("aandacht_nodig") == "Aandacht nodig"
    assert statuslabel(None) == "Niet gestart"
    assert statuslabel("onbekend") == "onbekend"


def test_status_badge_derives_its_label_from_the_value():
    html = render_to_string("includes/status_badge.html", {"status": "vertraagd"})
    assert 'class="badge badge--vertraagd">Vertraagd</span>' in html
