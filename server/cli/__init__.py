"""The `clearpost` command, in groups by who uses them: serve, token, register …, admin …, audit.

A thin layer over the library: errors become one clean message and exit 1.
"""

import click

from .. import __version__
from . import (
    admin,
    batch,
    check,
    find,
    register,
    register_people,  # noqa: F401 - adds its commands to `register`
    school,
    serve,
)
from .common import edge


class Commands(click.Group):
    """The top-level group: a library error from any command, with @edge or without, is
    one line and exit 1 (a missing model says "run make install", never a traceback)."""

    def invoke(self, ctx):
        return edge(super().invoke)(ctx)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clearpost")
@click.option(
    "--debug",
    is_flag=True,
    help="Show the full traceback of an error instead of its one-line message.",
)
def main(debug):
    """Clearpost: check a school's posts for children's personal data before they go out.

    Data lives in CLEARPOST_HOME (default: your user data folder); `clearpost info`
    says where.
    """


for command in (
    serve.serve, serve.info, serve.token, serve.tokens,
    check.check, batch.batch, find.find_photos,
    register.register, school.school,
    admin.admin, admin.backup_command, admin.restore_command, admin.retention_command,
    admin.export_command, admin.audit,
):  # fmt: skip
    main.add_command(command)
