"""Who is listening on a TCP port, for the message when `clearpost serve` finds it taken.

Linux only, and cheap: /proc/net/tcp{,6} give the listening socket's inode, /proc/*/fd
link to "socket:[inode]". Another user's processes (or root's) cannot be looked into
without privileges: then the answer is None and the message just says the port is taken.
"""

import os
from pathlib import Path

LISTEN = "0A"  # the TCP state column in /proc/net/tcp


def _listening_inodes(port: int, proc: Path) -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6"):
        try:
            lines = (proc / "net" / table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 10:
                continue
            local, state, inode = fields[1], fields[3], fields[9]
            if state == LISTEN and int(local.rsplit(":", 1)[1], 16) == port and inode != "0":
                inodes.add(inode)
    return inodes


def _command(pid_dir: Path) -> str:
    try:
        raw = (pid_dir / "cmdline").read_bytes()
    except OSError:
        return ""
    return " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)[:200]


def port_owner(port: int, proc: Path = Path("/proc")) -> str | None:
    """'process 1234 (python3 -m http.server 8000)' for the process listening on `port`,
    or None when it cannot be told (not Linux, another user's process, nothing found)."""
    wanted = {f"socket:[{inode}]" for inode in _listening_inodes(port, proc)}
    if not wanted:
        return None
    for pid_dir in proc.iterdir():
        if not pid_dir.name.isdigit():
            continue
        try:
            fds = os.listdir(pid_dir / "fd")
        except OSError:  # another user's process, or it has just ended
            continue
        for fd in fds:
            try:
                if os.readlink(pid_dir / "fd" / fd) in wanted:
                    command = _command(pid_dir)
                    return f"process {pid_dir.name}" + (f" ({command})" if command else "")
            except OSError:
                continue
    return None
