"""The Firefox build installs by enterprise policy: Firefox ESR (Debian's firefox-esr) with
a policies.json like extension/deploy/firefox/policies.json force-installs the .xpi that
`web-ext build` made, and the add-on is active in the profile.

The .xpi here is unsigned (signing needs the school's AMO account: extension/README.md), so
the profile turns off the signature requirement, which Firefox ESR allows and release
Firefox does not. Firefox reads policies.json from its installation's distribution/ folder
(root only): the test puts its own there, keeping any that was there before, and removes it.
"""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import EXTENSION

FIREFOX = shutil.which("firefox-esr")
DISTRIBUTION = Path("/usr/lib/firefox-esr/distribution")
ADDON_ID = "clearpost@clearpost.invalid"
WEB_EXT = EXTENSION / "node_modules" / "web-ext" / "bin" / "web-ext.js"

pytestmark = pytest.mark.skipif(
    FIREFOX is None or not os.access(DISTRIBUTION.parent, os.W_OK),
    reason="needs firefox-esr (apt install firefox-esr) and root for its distribution/ folder",
)


@pytest.fixture
def xpi(tmp_path) -> Path:
    if not WEB_EXT.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=EXTENSION, check=True)
    # Built in its own folder: the other tests' build of dist/ may run at the same time.
    options = json.dumps({"zipIt": False, "dist": str(tmp_path)})
    script = f"import('./build.mjs').then((m) => m.build('firefox', {options}))"
    subprocess.run(["node", "-e", script], cwd=EXTENSION, check=True, capture_output=True)
    subprocess.run(
        ["node", str(WEB_EXT), "build", "--source-dir", str(tmp_path / "firefox"),
         "--artifacts-dir", str(tmp_path), "--filename", "clearpost.xpi", "--no-config-discovery"],
        cwd=EXTENSION, check=True, capture_output=True,
        env={**os.environ, "NO_UPDATE_NOTIFIER": "1"},  # web-ext would ask npm for a newer self
    )  # fmt: skip
    return tmp_path / "clearpost.xpi"


@pytest.fixture
def policies(xpi):
    """deploy/firefox/policies.json, installing from the local .xpi."""
    example = json.loads((EXTENSION / "deploy" / "firefox" / "policies.json").read_text())
    example["policies"]["ExtensionSettings"][ADDON_ID]["install_url"] = xpi.as_uri()
    example["policies"]["DisableAppUpdate"] = True
    DISTRIBUTION.mkdir(exist_ok=True)
    target = DISTRIBUTION / "policies.json"
    before = target.read_bytes() if target.exists() else None
    target.write_text(json.dumps(example))
    yield example
    if before is None:
        target.unlink(missing_ok=True)
    else:
        target.write_bytes(before)


def addons(profile: Path) -> dict:
    path = profile / "extensions.json"
    if not path.exists():
        return {}
    try:
        return {a["id"]: a for a in json.loads(path.read_text())["addons"]}
    except (ValueError, KeyError):  # being written
        return {}


def test_the_xpi_installs_by_policy(policies, tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "user.js").write_text('user_pref("xpinstall.signatures.required", false);\n')
    firefox = subprocess.Popen(
        [FIREFOX, "--headless", "--no-remote", "--profile", str(profile), "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and ADDON_ID not in addons(profile):
            time.sleep(1)
        addon = addons(profile).get(ADDON_ID)
        assert addon, "Firefox did not install the add-on from the policy"
        assert addon["active"] and not addon["userDisabled"] and not addon["appDisabled"]
        assert addon["location"] == "app-profile"
    finally:
        firefox.terminate()
        try:
            firefox.wait(timeout=20)
        except subprocess.TimeoutExpired:
            firefox.kill()
            firefox.wait()
