"""Alembic environment: runs on the engine the app hands over (SQLite or PostgreSQL)."""

from alembic import context

from clearpost.register.models import Base

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            # SQLite cannot ALTER most things in place; batch mode copies the table.
            render_as_batch=connection.dialect.name == "sqlite",
        )
        context.run_migrations()


run_migrations_online()
