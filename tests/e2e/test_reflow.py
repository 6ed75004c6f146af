"""Reflow (WCAG 2.1 SC 1.4.10, AA): in a window 320 CSS pixels wide no page scrolls sideways,
for every page type and every role. Charts scale to their container; a data table may scroll
inside its own container, the page may not. axe-core does not test this; each page type is
also checked with axe-core and photographed at this width."""

import pytest
from django.core.cache import cache

from tests.e2e.helpers import axe_violations, login, screenshot
from tests.paginatypen import WACHTWOORD, laad_alle_demo, paginatypen

pytestmark = pytest.mark.django_db(transaction=True)

BREEDTE = 320

# The element that sticks out furthest, to say in the failure what to fix.
BREEDSTE = """() => {
  const w = window.innerWidth;
  let slechtste = null, rechts = w;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > rechts + 0.5) {
      let binnen = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') { binnen = true; break; }
      }
      if (!binnen) { rechts = r.right; slechtste = el; }
    }
  }
  if (!slechtste) return '';
  const c = slechtste.className && slechtste.className.baseVal !== undefined
    ? slechtste.className.baseVal : slechtste.className;
  return `${slechtste.tagName.toLowerCase()}.${c} (${Math.round(rechts)}px)`;
}"""


def test_no_page_scrolls_sideways_at_320_px(demo, live_server, browser):
    laad_alle_demo()
    cache.clear()
    gezien, fouten = set(), []
    for rol, paginas in paginatypen().items():
        context = browser.new_context(locale="nl-NL", viewport={"width": BREEDTE, "height": 640})
        page = context.new_page()
        if rol:
            login(page, live_server, rol, WACHTWOORD)
        for naam, pad in paginas.items():
            page.goto(live_server.url + pad)
            breedte = page.evaluate("document.documentElement.scrollWidth")
            venster = page.evaluate("window.innerWidth")
            assert venster == BREEDTE
            if breedte > venster:
                fouten.append(f"{rol or 'anoniem'} {pad}: {breedte}px — {page.evaluate(BREEDSTE)}")
            if naam not in gezien:
                gezien.add(naam)
                screenshot(page, f"reflow-{naam}")
                fouten += [f"{pad}: axe-core {v['id']}: {v['help']}" for v in axe_violations(page)]
        context.close()
    assert not fouten, f"{len(fouten)} problemen bij {BREEDTE}px:\n" + "\n".join(fouten)
