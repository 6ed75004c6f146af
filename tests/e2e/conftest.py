"""Browser tests: Debian's Chromium driven by Playwright, checked with axe-core.

Run them alone with `pytest -m e2e`. Screenshots go to `var/screenshots/` for review. The helpers
the tests call (axe check, screenshot, login) are in helpers.py.
"""

import pytest

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
