# Exosome Facts — the commands a newcomer and CI use. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=config.settings.dev
PROD := DJANGO_SETTINGS_MODULE=config.settings.production

.DEFAULT_GOAL := help
.PHONY: help run test lint admin install install-test serve collectstatic backup restore bench profile

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.installed-test: requirements/test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/test.txt
	@touch $@ $(VENV)/.installed-base

install: $(VENV)/.installed-base ## Create .venv and install the pinned runtime dependencies

install-test: $(VENV)/.installed-test ## Install what the tests need

run: install ## Install, migrate, load demo content (first time) and serve on SQLite (PORT, default 8000)
	env -u DATABASE_URL $(DEV) $(BIN)/python manage.py migrate --noinput
	env -u DATABASE_URL $(DEV) $(BIN)/python manage.py load_initial_content --if-empty
	@echo ""
	@echo "  サイト:       http://127.0.0.1:$(PORT)/"
	@echo "  管理画面:     http://127.0.0.1:$(PORT)/admin/"
	@echo "  管理者を作る: make admin  (別のターミナルで)"
	@echo ""
	env -u DATABASE_URL $(DEV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

admin: install ## Create an admin account for the SQLite site (asks for a name and password)
	env -u DATABASE_URL $(DEV) $(BIN)/python manage.py createsuperuser

test: install-test ## Install test dependencies and run the whole suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test ## ruff format --check, ruff check, manage.py check, makemigrations --check, .mo up to date
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(DEV) $(BIN)/python manage.py check
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(DEV) $(BIN)/python manage.py compile_translations --check

collectstatic: install ## Production static files: hashed names, gzip and brotli copies, in staticfiles/
	$(PROD) $(BIN)/python manage.py collectstatic --noinput -v0

serve: install ## Production server (gunicorn) on :$(PORT); needs SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (README)
	$(PROD) $(BIN)/python manage.py check --deploy
	$(PROD) $(BIN)/python manage.py collectstatic --noinput -v0
	$(PROD) PORT=$(PORT) exec $(BIN)/gunicorn -c config/gunicorn.conf.py

backup: install ## Save all content and media to backups/exosome-<time>.tar (or FILE=...)
	$(BIN)/python manage.py backup $(if $(FILE),--output "$(FILE)")

restore: install ## Restore FILE=backups/....tar into an empty database (same settings as the site)
	@test -n "$(FILE)" || { echo "使い方: make restore FILE=backups/exosome-....tar"; exit 2; }
	$(BIN)/python manage.py restore "$(FILE)"

bench: install-test ## Load benchmark on loopback: gunicorn + PostgreSQL + 1,000 articles (README)
	$(BIN)/python bench/load_bench.py $(BENCH_ARGS)

profile: install-test ## Profile (cProfile) an uncached article, /check/result/ and an uncached search on the bench database
	$(BIN)/python bench/profile_render.py $(PROFILE_ARGS)
