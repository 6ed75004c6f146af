"""Benchmark: the cached public home page against a trivial view, both served by gunicorn.

    .venv/bin/python benchmarks/public_rps.py [--duur 10] [--verbindingen 16] [--workers 2]

Builds a throw-away SQLite database with the programme and demo data (``var/bench-publiek``),
runs ``collectstatic``, starts gunicorn in production mode (``DJANGO_DEBUG=false``) and measures
requests per second on ``/health/`` (a trivial view: one ``SELECT 1`` and a small JSON body)
and on ``/`` (the public home page, served from the cache after the first request per worker).
The load generator is ``wrk`` when installed (``apt-get install wrk``), otherwise a small
threaded Python client. The target of the issue: the cached home page reaches at least half the
requests per second of the trivial view. Exit status 1 when it does not.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent
WERKMAP = BASIS / "var" / "bench-publiek"


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def omgeving() -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_DEBUG": "false",
            "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{WERKMAP / 'db.sqlite3'}",
            "STATIC_ROOT": str(WERKMAP / "static"),
            "CELERY_BROKER_URL": "memory://",
            "LOG_LEVEL": "WARNING",
        }
    )
    env.pop("CACHE_URL", None)  # the default per-process cache, as in a plain deployment
    return env


def voorbereiden(env: dict) -> None:
    if WERKMAP.exists():
        shutil.rmtree(WERKMAP)
    WERKMAP.mkdir(parents=True)
    manage = [sys.executable, str(BASIS / "manage.py")]
    for args in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(manage + args, env=env, check=True, cwd=BASIS)
    subprocess.run(
        manage + ["laad_programma", "--demo"],
        env=env,
        check=True,
        cwd=BASIS,
        stdout=subprocess.DEVNULL,
    )


def wacht_tot_bereikbaar(url: str, seconden: float = 30) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} antwoordt niet")


def meet_wrk(url: str, duur: int, verbindingen: int) -> float:
    uit = subprocess.run(
        ["wrk", "-t2", f"-c{verbindingen}", f"-d{duur}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fouten = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)
    if fouten:
        raise RuntimeError(f"{url}: {fouten.group(1)} foutantwoorden\n{uit}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", uit).group(1))


def meet_python(url: str, duur: int, verbindingen: int) -> float:
    """Fallback load generator: ``verbindingen`` threads with keep-alive connections."""
    import http.client
    from urllib.parse import urlsplit

    deel = urlsplit(url)
    tellers = [0] * verbindingen
    stop = time.monotonic() + duur

    def werker(i):
        conn = http.client.HTTPConnection(deel.hostname, deel.port, timeout=10)
        while time.monotonic() < stop:
            conn.request("GET", deel.path)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duur", type=int, default=10, help="seconden per meting")
    parser.add_argument("--verbindingen", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    env = omgeving()
    print("Database en statische bestanden voorbereiden …", flush=True)
    voorbereiden(env)
    poort = vrije_poort()
    basis = f"http://127.0.0.1:{poort}"
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "almelo_programma.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{poort}",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=BASIS,
    )
    try:
        wacht_tot_bereikbaar(basis + "/health/")
        for _ in range(4 * args.workers):  # every worker renders and caches the page once
            wacht_tot_bereikbaar(basis + "/")
        with urllib.request.urlopen(basis + "/", timeout=5) as r:
            if r.headers.get("X-Publiek-Cache") != "hit":
                raise RuntimeError("de publieke home komt niet uit de cache")
        meet = meet_wrk if shutil.which("wrk") else meet_python
        generator = "wrk" if meet is meet_wrk else "Python-client"
        triviaal = meet(basis + "/health/", args.duur, args.verbindingen)
        home = meet(basis + "/", args.duur, args.verbindingen)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
    verhouding = home / triviaal
    print(
        f"gunicorn {args.workers} workers, {generator}, {args.verbindingen} verbindingen, "
        f"{args.duur} s per meting"
    )
    print(f"  /health/ (triviale view):        {triviaal:8.0f} verzoeken/s")
    print(f"  /  (publieke home, uit cache):   {home:8.0f} verzoeken/s")
    print(f"  verhouding: {verhouding:.2f} (doel: minstens 0,50)")
    return 0 if verhouding >= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
