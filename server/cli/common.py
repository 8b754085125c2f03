"""What every command shares: who is acting, the data folder, errors at the edge,
reading files, progress bars, the options several commands take."""

import getpass
import sys
from functools import wraps
from pathlib import Path

import click

from ..errors import ClearpostError
from ..vocab import Account, Channel, YesNo

CHANNELS = click.Choice([c.value for c in Channel])
YES_NO = click.Choice([v.value for v in YesNo], case_sensitive=False)


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in containers with odd uids
        return "cli"


def services(ctx: click.Context):
    """Open the data folder once per command (created on first use)."""
    obj = ctx.find_root().ensure_object(dict)
    if "services" not in obj:
        from ..services import Services

        obj["services"] = Services()
        ctx.call_on_close(obj["services"].close)
    return obj["services"]


def _debugging() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("debug"))


def edge(command):
    """Turn library errors (errors.py) into click errors: one line, exit 1; with
    `clearpost --debug` the error goes on with its traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ClearpostError as exc:
            if _debugging():
                raise
            raise click.ClickException(str(exc)) from exc

    return wrapper


account_option = click.option(
    "--account",
    type=click.Choice([a.value for a in Account]),
    default=Account.OFFICIAL.value,
    show_default=True,
    help="The school's account, or a member of staff's own.",
)

OUT_FILE = click.Path(dir_okay=False, writable=True, path_type=Path)
OUT_DIR = click.Path(file_okay=False, writable=True, path_type=Path)


def read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ClearpostError(f"Cannot read {path}: {exc.strerror}.") from exc


def progress(total: int, initial: int, label: str):
    """A progress bar with count, rate and time left: tqdm when installed, else click's."""
    try:
        from tqdm import tqdm
    except ImportError:
        bar = click.progressbar(length=total, label=label, show_pos=True, file=sys.stderr)
        bar.update(initial)
        return bar
    return tqdm(total=total, initial=initial, desc=label, unit="photo", file=sys.stderr,
                smoothing=0.1)  # fmt: skip
