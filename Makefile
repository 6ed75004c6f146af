# The two commands of the README: `make run` and `make test`; `make lock` refreshes the lock files.
VENV      := .venv
PY        := $(VENV)/bin/python
PIP       := $(VENV)/bin/pip
PYTHON    ?= python3
LOCK_BASE := requirements/base.txt
LOCK_DEV  := requirements/dev.txt

.PHONY: run test lock chromium clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# Exact versions from the lock file; the project itself is installed without its dependencies.
$(VENV)/.runtime: $(LOCK_BASE) | $(PY)
	$(PIP) install -q -r $(LOCK_BASE)
	$(PIP) install -q --no-deps -e .
	touch $@

$(VENV)/.dev: $(LOCK_DEV) $(VENV)/.runtime
	$(PIP) install -q -r $(LOCK_DEV)
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

## make test: dev dependencies, ruff, import contracts, migrations check and the whole suite
## (incl. browser tests). Uses SQLite and an in-memory Celery broker unless DATABASE_URL /
## CELERY_BROKER_URL are set.
test: $(VENV)/.dev chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-memory://} $(VENV)/bin/pytest $(PYTEST_ARGS)

## make lock: recompute requirements/base.txt (runtime) and requirements/dev.txt (runtime + the
## `dev` extra) from pyproject.toml with pip-compile. Pins that still fit are kept;
## `make lock LOCK_ARGS=--upgrade` moves every pin to the newest release the bounds allow.
LOCK_OPTS := -q --strip-extras --no-emit-index-url --no-emit-find-links --no-emit-trusted-host
lock: $(VENV)/.dev
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile $(LOCK_OPTS) $(LOCK_ARGS) \
		-o $(LOCK_BASE) pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile $(LOCK_OPTS) $(LOCK_ARGS) \
		--extra dev -c $(LOCK_BASE) -o $(LOCK_DEV) pyproject.toml

chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get install -y chromium || (apt-get update && apt-get install -y chromium))

clean:
	rm -rf $(VENV) var
