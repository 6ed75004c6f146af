"""schemathesis, run as its command line runs it, against a live server with a write token: every
check (``--checks all``) in every phase finds no failure.

The activities that exist are given to it as test data (a dictionary for ``activiteit`` in the
body), and only for ``POST /api/v1/statusupdates/`` is a 400 taken as a valid answer to valid
data: the schema cannot say which activity slugs exist, so a random slug is refused with
"Er is geen activiteit met slug …". The same rules without that field are checked in full on
``POST /api/v1/deelsporen/{slug}/statusupdates/``. The number of examples is kept small so the
run stays near two minutes.
"""

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from activiteiten.models import Activiteit
from tests.api.live import schrijftoken

pytestmark = pytest.mark.django_db(transaction=True)

CONFIG = """
[dictionaries.activiteiten]
values = {slugs}

[parameters]
"body.activiteit" = {{ dictionary = "activiteiten", probability = 1.0 }}

[[operations]]
include-name = "POST /api/v1/statusupdates/"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404"]
"""


def test_schemathesis_with_every_check_finds_no_failure(live_server, demo, tmp_path):
    slugs = list(Activiteit.objects.order_by("slug").values_list("slug", flat=True)[:50])
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG.format(slugs=json.dumps(slugs)))
    schema = tmp_path / "schema.json"  # fetched here: a busy machine can take over 10 s
    schema.write_bytes(
        httpx.get(f"{live_server.url}/api/v1/schema/?format=json", timeout=120).content
    )
    uitvoer = subprocess.run(
        [
            Path(sys.executable).parent / "schemathesis", "--config-file", config, "run",
            schema, "--url", live_server.url,
            "--checks", "all",
            "--phases", "examples,coverage,fuzzing,stateful",
            "--header", f"Authorization: Token {schrijftoken()}",
            "--max-examples", "5",
            "--workers", "1",
            "--generation-deterministic",
            "--suppress-health-check", "all",
            "--request-timeout", "60",
        ],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert uitvoer.returncode == 0, uitvoer.stdout[-6000:]
    assert "24 selected / 24 total" in uitvoer.stdout
    for fase in ("Coverage", "Fuzzing", "Stateful"):
        assert f"✅  {fase}" in uitvoer.stdout, uitvoer.stdout[-3000:]
