"""The settings' defaults and limits: every field of settings.json with its value when the
file does not set it, and the bounds settings.py checks each against."""

import re

from ..vocab import ACCOUNTS, POST_CHANNELS, Account, Channel

# The words themselves are vocab.py's; these names say what each list is for here.
CHANNELS = POST_CHANNELS  # what a site posts to (site_channels)


ACCOUNT_KINDS = ACCOUNTS  # policy_overrides has one object per account kind


ORIGIN_RE = re.compile(
    r"^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
    r"-[0-9a-f]{4}-[0-9a-f]{12})$"
)


RULE_RE = re.compile(r"^[a-z]+\.[a-z_]+$")


DEFAULTS = {
    "school": {
        "name": "",
        "address": "",
        "postcode": "",
        "phone": "",
        "email": "",
        "website": "",
    },
    # Which consent channel a post on each site needs. A school's WordPress site is
    # its website; the social networks are social media.
    "site_channels": {
        "x.com": Channel.SOCIAL_MEDIA,
        "facebook.com": Channel.SOCIAL_MEDIA,
        "instagram.com": Channel.SOCIAL_MEDIA,
        "linkedin.com": Channel.SOCIAL_MEDIA,
        "wordpress": Channel.WEBSITE,
    },
    "policy_overrides": {kind: {} for kind in Account},
    "allowed_origins": [],
    # What the extension does when the service cannot be reached: hold the post
    # (closed) or let the person post after a warning (warn).
    "on_service_down": "closed",
    "photo_archive": "",
    # Host names the service answers to besides 127.0.0.1, localhost and [::1] (the name
    # staff use behind the TLS proxy); any other Host gets a 400 (DNS rebinding).
    "allowed_hosts": [],
    # How many reverse proxies in front of the service to believe X-Forwarded-* from
    # (0: none). Read at start, like allowed_origins.
    "trusted_proxies": 0,
    # The folders the admin page's Batch and archive search may read (and their
    # subfolders); none until the admin sets them. The CLI is not limited by them.
    "batch_roots": [],
    # Photos a batch checks at once, from the CLI and the admin page alike (runs/batch.py);
    # 0: one per core, at most 8. Each check already uses two cores.
    "batch_workers": 0,
    # All the photos of one post together, counted from their headers before any is
    # decoded: ten 12 MP phone photos pass; ten 59 MP PNGs (2.6 GB decoded) do not.
    "max_post_megapixels": 200,
    # Videos (server/video/): the largest file and the longest clip checked (a phone's
    # minute of 1080p is ~130 MB), and how much of it is looked at: frames per second
    # sampled (plus keyframes and scene cuts), at most max_samples frames in all.
    "video": {"max_mb": 250, "max_seconds": 600, "sample_fps": 2, "max_samples": 240},
    # Days each kind of record is kept before the service deletes it (retention.py):
    # reports and batch resume state show children's faces; the audit log is kept a
    # school year and a term, long enough to answer a complaint about the last year;
    # "this is wrong" reports (a typed note may name a child) as long as the log.
    "retention_days": {"reports": 90, "batch_state": 90, "audit_log": 365, "feedback": 365},
    # The daily backup the service writes (backup_schedule.py): off until a folder is set;
    # at or after `hour` (local time), the newest `keep` kept. A passphrase file encrypts it.
    "backup": {"folder": "", "keep": 7, "hour": 2, "passphrase_file": "", "template_key": True},
}


LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"


HOST_RE = re.compile(rf"^(?=.{{1,253}}$){LABEL}(\.{LABEL})*$")


MAX_TRUSTED_PROXIES = 5


MAX_POST_MEGAPIXELS = 600  # 10 photos of the 60 MP that one photo may have


MAX_RETENTION_DAYS = 3650


MAX_BACKUPS_KEPT = 366


MAX_BATCH_WORKERS = 8
# The bounds of each video setting: (lowest, highest). A request body may be as large as
# the largest video (app.py), so max_mb stays within what the machine's memory holds.
VIDEO_BOUNDS = {"max_mb": (1, 2000), "max_seconds": (1, 3600), "sample_fps": (1, 30),
                "max_samples": (10, 5000)}  # fmt: skip
