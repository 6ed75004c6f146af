"""The Content-Security-Policy in a real browser: on every page type, for every role, plus the
map, the API documentation (Swagger UI, Redoc), the token page and the lockout page, Chromium
reports no violation (``securitypolicyviolation`` events, collected by a script the driver
injects, and console errors), and the pages still work: charts drawn, the map's markers placed,
Swagger UI rendered."""

import pytest
from django.core.cache import cache

from tests.e2e.helpers import login, screenshot, vastleggen
from tests.paginatypen import WACHTWOORD, laad_alle_demo, paginatypen

pytestmark = pytest.mark.django_db(transaction=True)

VERZAMELEN = """
window.__cspSchendingen = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspSchendingen.push(
    `${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
});
"""
EXTRA = {
    None: {"api-docs": "/api/v1/docs/", "api-redoc": "/api/v1/redoc/"},
    "programmamanager": {"woningbouw-kaart": "/werkruimte/woningbouw/kaart/"},
}


def _pagina(browser, live_server):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.add_init_script(VERZAMELEN)
    # the map's tiles come from outside: block them, the policy is what is tested here
    context.route(lambda url: not url.startswith(live_server.url), lambda route: route.abort())
    page = context.new_page()
    console = []
    page.on(
        "console",
        lambda m: (
            console.append(m.text)
            if m.type == "error" and "Content Security Policy" in m.text
            else None
        ),
    )
    return context, page, console


# Redoc's sidebar shows the "API docs by Redocly" logo from its CDN; the policy blocks that load
# (as it should: no CDN), which is the one violation expected (README, "Beveiliging").
VERWACHT = "https://cdn.redoc.ly/redoc/logo-mini.svg"


def _schendingen(page, console) -> list[str]:
    gevonden = page.evaluate("window.__cspSchendingen || []") + list(console)
    console.clear()
    return [s for s in gevonden if VERWACHT not in s]


def test_no_page_violates_the_content_security_policy(demo, live_server, browser):
    laad_alle_demo()
    cache.clear()
    fouten = []
    for rol, paginas in paginatypen().items():
        context, page, console = _pagina(browser, live_server)
        if rol:
            login(page, live_server, rol, WACHTWOORD)
        for naam, pad in {**paginas, **EXTRA.get(rol, {})}.items():
            page.goto(live_server.url + pad)
            if naam == "api-docs":
                page.wait_for_selector(".swagger-ui .info")
            elif naam == "api-redoc":
                page.wait_for_selector("redoc h1, .api-content h1", timeout=20_000)
            elif naam in ("woningbouw-kaart", "woningbouw"):
                page.wait_for_selector(".leaflet-marker-icon")
            page.wait_for_timeout(100)  # late violations (scripts that run after load)
            fouten += [f"{rol or 'anoniem'} {pad}: {s}" for s in _schendingen(page, console)]
        context.close()
    assert not fouten, f"{len(fouten)} CSP-schendingen:\n" + "\n".join(fouten)


def test_chart_and_map_pages_work_under_the_policy(demo, live_server, browser):
    context, page, console = _pagina(browser, live_server)
    page.goto(live_server.url + "/woningbouw/")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator("svg.grafiek, .grafiek svg, figure svg").count() > 0
    page.goto(live_server.url + "/")
    balk = page.locator(".voortgang__vulling").first
    assert balk.bounding_box()["width"] > 0  # the progress bar is drawn without inline style
    assert not _schendingen(page, console)
    context.close()


def test_token_and_lockout_pages(demo, live_server, browser):
    from tests.factories import UserFactory

    UserFactory(username="doelwit")
    context, page, console = _pagina(browser, live_server)
    login(page, live_server, "programmamanager", WACHTWOORD)
    page.goto(live_server.url + "/werkruimte/tokens/")
    page.get_by_label("Naam van de token").fill("koppeling GIS")
    page.get_by_role("button", name="Token aanmaken").click()
    veld = page.get_by_role("textbox", name="Token", exact=True)
    veld.wait_for()
    assert len(veld.input_value()) == 64
    vastleggen(page, "werkruimte-api-tokens")
    assert not _schendingen(page, console)
    context.close()

    context, page, console = _pagina(browser, live_server)
    for _ in range(6):
        login(page, live_server, "doelwit", "fout-wachtwoord")
    assert page.get_by_role("heading", name="Inloggen tijdelijk geblokkeerd").is_visible()
    vastleggen(page, "inloggen-geblokkeerd")
    assert not _schendingen(page, console)
    context.close()
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(live_server.url + "/inloggen/")
    screenshot(page, "inloggen-320")
    page.close()
