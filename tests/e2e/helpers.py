"""What the browser tests share: Chromium's launch flags, the axe-core check, screenshots for
review and logging in. The fixtures that use them (`browser`, `page`) are in conftest.py."""

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def axe_violations(page) -> list[dict]:
    """WCAG 2.1 A/AA violations axe-core finds on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.response["violations"]


def assert_toegankelijk(page):
    violations = axe_violations(page)
    details = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
    ]
    assert not violations, f"axe-core vond WCAG 2.1 AA-problemen op {page.url}:\n" + "\n".join(
        details
    )


def screenshot(page, naam: str):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{naam}.png"), full_page=True)


def vastleggen(page, naam: str):
    """Photograph the current page for review and check it with axe-core."""
    screenshot(page, naam)
    assert_toegankelijk(page)


def bekijk(page, url: str, naam: str):
    """Open `url`, photograph it and check it with axe-core."""
    page.goto(url)
    vastleggen(page, naam)


def login(page, live_server, username, password="geheim-wachtwoord-123"):
    page.goto(f"{live_server.url}/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
