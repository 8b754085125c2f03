"""The school's settings file (settings.json in the data folder).

It holds the school's own public details (never findings), which channel each
site posts to, policy severity overrides per account kind and the browser
extension origins allowed to call the API. The admin page edits it; a person may
edit it by hand too, so every load validates and names the field at fault.
"""

import copy
import ipaddress
import json
from pathlib import Path

from ..errors import ConfigError
from ..vocab import SEVERITIES
from .paths import folder_problem, write_private
from .settings_defaults import (
    ACCOUNT_KINDS,
    CHANNELS,
    DEFAULTS,
    HOST_RE,
    MAX_BACKUPS_KEPT,
    MAX_BATCH_WORKERS,
    MAX_POST_MEGAPIXELS,
    MAX_RETENTION_DAYS,
    MAX_TRUSTED_PROXIES,
    ORIGIN_RE,
    RULE_RE,
    VIDEO_BOUNDS,
)


def _check(settings: dict, home: Path | None = None) -> dict:
    """Validate a settings dict; raise ConfigError naming the bad field. `home`: the data
    folder, which no folder setting may point into."""
    if not isinstance(settings, dict):
        raise ConfigError("settings.json must hold a JSON object.")
    out = copy.deepcopy(DEFAULTS)
    unknown = set(settings) - set(DEFAULTS)
    if unknown:
        raise ConfigError(
            f"settings.json: unknown field(s) {', '.join(sorted(unknown))}; "
            f"valid fields are {', '.join(DEFAULTS)}."
        )
    school = settings.get("school", {})
    if not isinstance(school, dict) or set(school) - set(DEFAULTS["school"]):
        raise ConfigError(
            f"settings.json: 'school' must be an object with {', '.join(DEFAULTS['school'])}."
        )
    for key, value in school.items():
        if not isinstance(value, str):
            raise ConfigError(f"settings.json: school.{key} must be text.")
        out["school"][key] = value.strip()

    channels = settings.get("site_channels", out["site_channels"])
    if not isinstance(channels, dict):
        raise ConfigError("settings.json: 'site_channels' must map a site to a channel.")
    for site, channel in channels.items():
        if channel not in CHANNELS:
            raise ConfigError(
                f"settings.json: site_channels.{site} is {channel!r}; "
                f"use one of {', '.join(CHANNELS)}."
            )
    out["site_channels"] = dict(channels)

    overrides = settings.get("policy_overrides", {})
    if not isinstance(overrides, dict) or set(overrides) - set(ACCOUNT_KINDS):
        raise ConfigError(
            "settings.json: 'policy_overrides' maps an account kind "
            f"({', '.join(ACCOUNT_KINDS)}) to {{rule id: severity}}."
        )
    for kind, rules in overrides.items():
        if not isinstance(rules, dict):
            raise ConfigError(f"settings.json: policy_overrides.{kind} must be an object.")
        for rule, severity in rules.items():
            if not RULE_RE.match(rule):
                raise ConfigError(f"settings.json: {rule!r} is not a rule id (e.g. face.unknown).")
            if severity not in SEVERITIES:
                raise ConfigError(
                    f"settings.json: policy_overrides.{kind}.{rule} is {severity!r}; "
                    f"use one of {', '.join(SEVERITIES)}."
                )
        out["policy_overrides"][kind] = dict(rules)

    origins = settings.get("allowed_origins", [])
    if not isinstance(origins, list):
        raise ConfigError("settings.json: 'allowed_origins' must be a list.")
    for origin in origins:
        if not isinstance(origin, str) or not ORIGIN_RE.match(origin):
            raise ConfigError(
                f"settings.json: allowed origin {origin!r} is not an extension origin; "
                "use chrome-extension://<32 letters a-p> or moz-extension://<uuid>."
            )
    out["allowed_origins"] = list(origins)

    down = settings.get("on_service_down", out["on_service_down"])
    if down not in ("closed", "warn"):
        raise ConfigError("settings.json: 'on_service_down' must be 'closed' or 'warn'.")
    out["on_service_down"] = down

    archive = settings.get("photo_archive", "")
    if not isinstance(archive, str):
        raise ConfigError("settings.json: 'photo_archive' must be a folder path.")
    if archive:
        _photo_folder("photo_archive", archive, home)
    out["photo_archive"] = archive

    hosts = settings.get("allowed_hosts", [])
    if not isinstance(hosts, list):
        raise ConfigError("settings.json: 'allowed_hosts' must be a list of host names.")
    out["allowed_hosts"] = [_host(h) for h in hosts]

    proxies = settings.get("trusted_proxies", 0)
    if type(proxies) is not int or not 0 <= proxies <= MAX_TRUSTED_PROXIES:
        raise ConfigError(
            f"settings.json: 'trusted_proxies' must be a whole number from 0 to "
            f"{MAX_TRUSTED_PROXIES}: how many reverse proxies stand in front of the service "
            "(1 for the usual nginx or Caddy; 0 when clients connect directly)."
        )
    out["trusted_proxies"] = proxies

    roots = settings.get("batch_roots", [])
    if not isinstance(roots, list) or not all(isinstance(r, str) and r.strip() for r in roots):
        raise ConfigError("settings.json: 'batch_roots' must be a list of folder paths.")
    for root in roots:
        _photo_folder("batch_roots", root, home)
    out["batch_roots"] = list(dict.fromkeys(r.strip() for r in roots))

    megapixels = settings.get("max_post_megapixels", out["max_post_megapixels"])
    if (
        not isinstance(megapixels, int)
        or isinstance(megapixels, bool)
        or not 1 <= megapixels <= MAX_POST_MEGAPIXELS
    ):
        raise ConfigError(
            "settings.json: 'max_post_megapixels' must be a whole number from 1 to "
            f"{MAX_POST_MEGAPIXELS} (megapixels of all the photos of one post together)."
        )
    out["max_post_megapixels"] = megapixels

    workers = settings.get("batch_workers", out["batch_workers"])
    if type(workers) is not int or not 0 <= workers <= MAX_BATCH_WORKERS:
        raise ConfigError(
            f"settings.json: 'batch_workers' must be a whole number from 0 to "
            f"{MAX_BATCH_WORKERS}: photos a batch checks at once (0: one per core)."
        )
    out["batch_workers"] = workers

    retention = settings.get("retention_days", {})
    kinds = DEFAULTS["retention_days"]
    if not isinstance(retention, dict) or set(retention) - set(kinds):
        raise ConfigError(
            f"settings.json: 'retention_days' must be an object with {', '.join(kinds)}: "
            "the number of days each is kept."
        )
    for kind, days in retention.items():
        if type(days) is not int or not 1 <= days <= MAX_RETENTION_DAYS:
            raise ConfigError(
                f"settings.json: retention_days.{kind} must be a whole number of days from 1 "
                f"to {MAX_RETENTION_DAYS} (default {kinds[kind]})."
            )
        out["retention_days"][kind] = days
    out["backup"] = _backup(settings.get("backup", {}), home)
    out["video"] = _video(settings.get("video", {}))
    return out


def _video(value) -> dict:
    """The video limits: whole numbers within VIDEO_BOUNDS, the defaults for those not given."""
    if not isinstance(value, dict) or set(value) - set(VIDEO_BOUNDS):
        raise ConfigError(
            f"settings.json: 'video' must be an object with {', '.join(VIDEO_BOUNDS)}."
        )
    out = dict(DEFAULTS["video"])
    for key, number in value.items():
        low, high = VIDEO_BOUNDS[key]
        if type(number) is not int or not low <= number <= high:
            raise ConfigError(
                f"settings.json: video.{key} must be a whole number from {low} to {high} "
                f"(default {DEFAULTS['video'][key]})."
            )
        out[key] = number
    return out


def _backup(value, home: Path | None) -> dict:
    """The daily backup's settings: a full folder path outside the data folder (a backup
    beside the register is lost with it), how many kept, the hour, the passphrase file."""
    out = copy.deepcopy(DEFAULTS["backup"])
    if not isinstance(value, dict) or set(value) - set(out):
        raise ConfigError(
            f"settings.json: 'backup' must be an object with {', '.join(out)} (e.g. "
            '{"folder": "/srv/clearpost-backups", "keep": 7, "hour": 2}).'
        )
    out.update(value)
    for name in ("folder", "passphrase_file"):
        if not isinstance(out[name], str):
            raise ConfigError(f"settings.json: backup.{name} must be a full path (or empty).")
        out[name] = out[name].strip()
        if out[name] and not Path(out[name]).is_absolute():
            raise ConfigError(
                f"settings.json: backup.{name}: {out[name]!r} is not a full path "
                "(e.g. /srv/clearpost-backups)."
            )
    if out["folder"] and home is not None:
        folder, data = Path(out["folder"]).resolve(), Path(home).resolve()
        if folder == data or folder.is_relative_to(data):
            raise ConfigError(
                f"settings.json: backup.folder {out['folder']} is inside the data folder: a "
                "backup there is lost with the register. Choose a folder on another disk."
            )
    if type(out["keep"]) is not int or not 1 <= out["keep"] <= MAX_BACKUPS_KEPT:
        raise ConfigError(
            f"settings.json: backup.keep must be a whole number from 1 to {MAX_BACKUPS_KEPT}: "
            "how many daily backups are kept."
        )
    if type(out["hour"]) is not int or not 0 <= out["hour"] <= 23:
        raise ConfigError(
            "settings.json: backup.hour must be a whole number from 0 to 23: the hour (this "
            "machine's local time) from which the day's backup is written."
        )
    if type(out["template_key"]) is not bool:
        raise ConfigError("settings.json: backup.template_key must be true or false.")
    return out


def _host(value) -> str:
    """A host name or IP address as the Host header carries it, without port or scheme."""
    name = value.strip().lower().rstrip(".") if isinstance(value, str) else ""
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        pass
    if not HOST_RE.match(name):
        raise ConfigError(
            f"settings.json: allowed host {value!r} is not a host name; give the name alone, "
            "as staff type it (e.g. clearpost.school.lan), without http:// or a port."
        )
    return name


def _photo_folder(name: str, folder: str, home: Path | None) -> None:
    """A folder of photos: a full path, never the whole disk or the data folder."""
    if not Path(folder).is_absolute():
        raise ConfigError(
            f"settings.json: {name}: {folder!r} is not a full path (e.g. /srv/photos)."
        )
    if home is not None and (problem := folder_problem(Path(folder), home)):
        raise ConfigError(f"settings.json: {name}: {problem}")


class Settings:
    """The settings file, loaded and validated; `save` writes it back atomically."""

    def __init__(self, path: Path):
        self.path = path
        self.data = self._load()

    def _load(self) -> dict:
        if not self.path.exists():
            data = copy.deepcopy(DEFAULTS)
            write_private(self.path, json.dumps(data, indent=2) + "\n")
            return data
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{self.path} is not valid JSON (line {exc.lineno}: {exc.msg}). "
                "Fix it, or delete it to start again from the defaults."
            ) from exc
        return _check(raw, self.path.parent)

    def reload(self) -> None:
        self.data = self._load()

    def update(self, changes: dict) -> None:
        """Merge `changes` (top-level fields), validate, and save."""
        merged = copy.deepcopy(self.data)
        merged.update(changes)
        self.data = _check(merged, self.path.parent)
        write_private(self.path, json.dumps(self.data, indent=2) + "\n")

    @property
    def school(self) -> dict:
        return self.data["school"]
