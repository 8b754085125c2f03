"""The school's logo and uniform, for the photo check."""

import json
from pathlib import Path

import click

from ..vocab import MarkKind
from .common import actor, edge, read, services


@click.group()
def school():
    """Register the school's logo (badge) and uniform for the photo check."""


def _mark_commands(kind: str, what: str):
    group = click.Group(kind, help=f"The school's {what}: add, list, remove.")

    @group.command("list")
    @click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
    @click.pass_context
    @edge
    def list_marks(ctx, as_json):
        marks = services(ctx).marks.views(kind)
        if as_json:
            click.echo(json.dumps([m.to_dict() for m in marks], indent=2))
            return
        for m in marks:
            click.echo(f"{m.id:4}  {m.name:30}  added {m.created_at:%Y-%m-%d}")
        click.echo(f"{len(marks)} {kind}(s).")

    list_marks.help = f"List the registered {what} images."

    @group.command("remove")
    @click.argument("mark_id", type=int)
    @click.pass_context
    @edge
    def remove_mark(ctx, mark_id):
        services(ctx).marks.remove(kind, mark_id, actor())
        click.echo(f"Removed {kind} {mark_id}.")

    remove_mark.help = f"Remove the {kind} with this id (see `clearpost school {kind} list`)."
    return group


logo_group = _mark_commands(MarkKind.LOGO, "logo or badge")
uniform_group = _mark_commands(MarkKind.UNIFORM, "uniform")
school.add_command(logo_group)
school.add_command(uniform_group)


@logo_group.command("add")
@click.argument(
    "images", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.pass_context
@edge
def add_logo(ctx, images):
    """Add one or more images of the badge (a scan or a clean photo of it)."""
    from ..register.school_marks import add_logo as add

    for path in images:
        view = add(services(ctx).marks, read(path), path.name, actor())
        click.echo(f"Added logo {view.id} ({view.name}).")


@uniform_group.command("add")
@click.argument(
    "images", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--name", default="uniform", show_default=True, help="e.g. jumper, polo, blazer.")
@click.pass_context
@edge
def add_uniform(ctx, images, name):
    """Add photos of one uniform garment (jumper, polo, blazer); only its colours are kept."""
    from ..register.school_marks import add_uniform as add

    view = add(services(ctx).marks, [(p.name, read(p)) for p in images], name, actor())
    click.echo(f"Added uniform {view.id} ({view.name}) from {len(images)} photo(s).")
