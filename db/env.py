"""Alembic environment: always run on a connection handed over by gpa_desktop.storage.migrations."""

from alembic import context

from gpa_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its own connection
    raise SystemExit("Run migrations through gpa_desktop.storage.migrations.upgrade().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transactional_ddl=True,  # our connections emit a real BEGIN, so DDL rolls back with the rest
)
with context.begin_transaction():
    context.run_migrations()
