"""Headers: every page type, for every role, answers with a Content-Security-Policy without
'unsafe-inline' and a Permissions-Policy, and its HTML holds no inline style, script or event
handler (which that policy would block); no template or static script has one either. The
Redoc page is the one documented exception (inline styles only). In production mode
`check --deploy` gives no warning."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.paginatypen import FOUTSTATUS, laad_alle_demo, paginatypen

ROOT = Path(__file__).resolve().parents[2]

INLINE = {
    "style-attribuut": re.compile(r"<[^>]+\sstyle\s*=", re.I),
    "inline script": re.compile(
        r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
    ),
    "event-handler": re.compile(r"<[^>]+\son[a-z]+\s*=", re.I),
    "style-element": re.compile(r"<style[\s>]", re.I),
}
# Extra page types beside tests/paginatypen.py: the map, the API documentation, the lockout page.
EXTRA = {
    "programmamanager": {"woningbouw-kaart": "/werkruimte/woningbouw/kaart/"},
    None: {"api-docs": "/api/v1/docs/", "api-docs-script": "/api/v1/docs/?script="},
}


def _richtlijnen(header: str) -> dict[str, list[str]]:
    return {deel.split()[0]: deel.split()[1:] for deel in header.split(";") if deel.strip()}


def _inline_in(html: str) -> list[str]:
    return [f"{soort}: {m.group(0)[:80]}" for soort, r in INLINE.items() for m in r.finditer(html)]


@pytest.mark.django_db
def test_every_page_type_has_the_policies_and_no_inline_code(demo, settings):
    laad_alle_demo()
    tegels = settings.KAART_TEGELS_URL.split("/")[2]
    fouten = []
    User = get_user_model()
    for rol, paginas in paginatypen().items():
        client = Client()
        if rol:
            client.force_login(User.objects.get(username=rol))
        for naam, pad in {**paginas, **EXTRA.get(rol, {})}.items():
            response = client.get(pad)
            verwacht = (FOUTSTATUS.get(naam, 200), 404)
            assert response.status_code in verwacht, (rol, pad, response.status_code)
            csp = response["Content-Security-Policy"]
            regels = _richtlijnen(csp)
            if "unsafe-inline" in csp or "unsafe-eval" in csp:
                fouten.append(f"{rol} {pad}: {csp}")
            assert regels["default-src"] == ["'self'"], pad
            assert regels["script-src"] == ["'self'"], pad
            assert regels["object-src"] == ["'none'"], pad
            assert f"https://{tegels}" in regels["img-src"], pad
            assert "geolocation=()" in response["Permissions-Policy"], pad
            if response["Content-Type"].startswith("text/html"):
                fouten += [f"{rol} {pad}: {f}" for f in _inline_in(response.content.decode())]
    assert not fouten, "\n".join(fouten)


@pytest.mark.django_db
def test_the_lockout_page_has_the_policy_and_no_inline_code(client):
    from tests.factories import UserFactory

    UserFactory(username="doelwit")
    for _ in range(6):
        response = client.post("/inloggen/", {"username": "doelwit", "password": "fout"})
    assert response.status_code == 429
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert not _inline_in(response.content.decode())


@pytest.mark.django_db
def test_redoc_alone_allows_inline_styles_and_no_inline_script(client):
    response = client.get("/api/v1/redoc/")
    regels = _richtlijnen(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in regels["style-src"]
    assert regels["script-src"] == ["'self'"]
    assert regels["worker-src"] == ["'self'", "blob:"]
    html = response.content.decode()
    assert not INLINE["inline script"].search(html)
    assert "fonts.googleapis.com" not in html  # no CDN


def _bronbestanden():
    """Every template and static script or stylesheet of the portal, except the PDF documents
    (``*_pdf.html``: WeasyPrint renders them to a PDF; they are never served as a page)."""
    for map_ in ("templates", "static"):
        for pad in sorted((ROOT / map_).rglob("*")):
            if pad.suffix in (".html", ".js", ".txt") and not pad.name.endswith("_pdf.html"):
                yield pad


def test_no_template_or_static_file_has_inline_code():
    bestanden = list(_bronbestanden())
    assert len(bestanden) > 50
    fouten = []
    for pad in bestanden:
        tekst = pad.read_text(encoding="utf-8")
        tekst = re.sub(r"{% comment %}.*?{% endcomment %}", "", tekst, flags=re.S)
        if pad.suffix == ".js":
            # scripts that write markup or set attributes: no style/on* attributes either
            patronen = [r"setAttribute\(\s*['\"](style|on[a-z]+)['\"]", r"\son[a-z]+\s*=\s*['\"]"]
            fouten += [f"{pad}: {p}" for p in patronen if re.search(p, tekst)]
        else:
            fouten += [f"{pad.relative_to(ROOT)}: {f}" for f in _inline_in(tekst)]
    assert not fouten, "\n".join(fouten)


def _manage(*args, env_extra: dict, timeout=300):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_check_deploy_in_production_mode_has_no_warnings(tmp_path):
    productie = {
        "DJANGO_DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "programma.almelo.nl",
        "CSRF_TRUSTED_ORIGINS": "https://programma.almelo.nl",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    # drf-spectacular's check builds the schema, which reads the programme: a migrated database
    migrate = _manage("migrate", "--noinput", env_extra=productie)
    assert migrate.returncode == 0, migrate.stderr
    check = _manage("check", "--deploy", "--fail-level", "WARNING", env_extra=productie)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "System check identified no issues" in check.stdout


def test_the_settings_come_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME.total_seconds(), s.API_LIMIETEN['anon'], "
        "s.API_LIMIETEN['user'], s.REST_KNOX['TOKEN_TTL'].days, s.PROXY_AANTAL, "
        "' '.join(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="almelo_programma.settings",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_MINUTEN="45",
        API_LIMIET_ANONIEM="10/min",
        API_LIMIET_GEBRUIKER="1000/hour",
        API_TOKEN_DAGEN="30",
        PROXY_AANTAL="1",
        KAART_TEGELS_URL="https://tegels.example.org/wmts/{z}/{x}/{y}.png",
    )
    uit = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert uit.stdout.split() == [
        "3", "2700.0", "10/min", "1000/hour", "30", "1",
        "'self'", "data:", "https://tegels.example.org",
    ], uit.stderr  # fmt: skip
    env["API_LIMIET_ANONIEM"] = "veel"
    fout = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert fout.returncode != 0
    assert "API_LIMIET_ANONIEM='veel' is geen limiet" in fout.stderr
