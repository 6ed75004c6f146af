# The two commands of the README: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
PYTHON ?= python3

.PHONY: run test lint migrations-check chromium worker clean

$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.runtime
	$(PIP) install -q -e '.[dev]'
	touch $@

## make run: install, migrate the embedded SQLite database, load the programme and demo
## accounts, start a Celery worker (with beat) and serve http://127.0.0.1:8000
run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py laad_programma --demo
	@echo ""
	@echo "Portaal: http://127.0.0.1:8000   Beheer: http://127.0.0.1:8000/admin/"
	@echo "Stoppen met Ctrl-C (stopt ook de achtergrondwerker)."
	@trap 'kill 0' INT TERM EXIT; \
	$(VENV)/bin/celery -A almelo_programma worker --beat --loglevel=INFO --concurrency=1 \
		--schedule=var/celerybeat-schedule & \
	$(PY) manage.py runserver 127.0.0.1:8000

## make test: dev dependencies, ruff, migrations check and the whole suite (incl. browser tests).
## Uses SQLite and an in-memory Celery broker unless DATABASE_URL / CELERY_BROKER_URL are set.
test: $(VENV)/.dev chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-memory://} $(VENV)/bin/pytest $(PYTEST_ARGS)

chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get install -y chromium || (apt-get update && apt-get install -y chromium))

clean:
	rm -rf $(VENV) var
