"""django-rest-knox's migrations, replaced by none (``MIGRATION_MODULES`` in the settings).

The portal keeps its API tokens in its own model (``werkruimte.ApiToken``, ``KNOX_TOKEN_MODEL``);
knox's own ``AuthToken`` is swapped out and never used. knox's migrations do not mark it as
swappable, so they would still create its table, with a foreign key to the users that nothing
clears: on PostgreSQL that blocks ``manage.py flush`` (and the browser tests' cleanup). With no
migrations for knox there is no such table.
"""
