"""Throughput under gunicorn: start it on a free port and count requests per second with ``wrk``
(``apt-get install wrk``) or, when wrk is missing, a small threaded Python client.

No Django here: the server runs in its own processes with the environment it is given.
"""

import contextlib
import http.client
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

BASIS = Path(__file__).resolve().parent.parent


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wacht_tot_bereikbaar(url: str, seconden: float = 60) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} antwoordt niet")


def ophalen(url: str, headers=None) -> bytes:
    """One GET request (to warm a worker up); raises on anything but status 200."""
    with urllib.request.urlopen(
        urllib.request.Request(url, headers=headers or {}), timeout=120
    ) as r:
        return r.read()


@contextlib.contextmanager
def gunicorn(env: dict, workers: int):
    """A running gunicorn of the portal; yields its base URL (``http://127.0.0.1:<port>``)."""
    poort = vrije_poort()
    proces = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "almelo_programma.wsgi",
            "-w",
            str(workers),
            "-b",
            f"127.0.0.1:{poort}",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=BASIS,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        wacht_tot_bereikbaar(basis + "/health/")
        yield basis
    finally:
        proces.terminate()
        proces.wait(timeout=30)


def meet_wrk(url: str, duur: int, verbindingen: int, headers: dict) -> float:
    opties = [f"-H{naam}: {waarde}" for naam, waarde in headers.items()]
    uit = subprocess.run(
        ["wrk", "-t2", f"-c{verbindingen}", f"-d{duur}s", "--timeout", "60s", *opties, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fouten = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)
    if fouten:
        raise RuntimeError(f"{url}: {fouten.group(1)} foutantwoorden\n{uit}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", uit).group(1))


def meet_python(url: str, duur: int, verbindingen: int, headers: dict) -> float:
    """Fallback load generator: ``verbindingen`` threads with keep-alive connections."""
    deel = urlsplit(url)
    pad = deel.path + (f"?{deel.query}" if deel.query else "")
    tellers = [0] * verbindingen
    stop = time.monotonic() + duur

    def werker(i):
        conn = http.client.HTTPConnection(deel.hostname, deel.port, timeout=60)
        while time.monotonic() < stop:
            conn.request("GET", pad, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{url}: status {response.status}")
            tellers[i] += 1

    threads = [threading.Thread(target=werker, args=(i,)) for i in range(verbindingen)]
    begin = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(tellers) / (time.monotonic() - begin)


def verzoeken_per_seconde(url: str, duur: int, verbindingen: int, headers=None) -> float:
    """Requests per second on ``url`` (wrk when installed, otherwise the Python client)."""
    meet = meet_wrk if shutil.which("wrk") else meet_python
    return meet(url, duur, verbindingen, headers or {})


def generator() -> str:
    return "wrk" if shutil.which("wrk") else "Python-client"
