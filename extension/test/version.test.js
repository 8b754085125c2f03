// The version the extension and the service share: the build refuses to differ, and the
// options page warns when the service it talks to is another version.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import "../src/shared/version.js";
import { serviceVersion, versionProblems } from "../build.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version: V } = globalThis.Clearpost;

test("the same version matches, whatever the spelling of a missing .0", () => {
  assert.deepEqual(V.compare("0.1.0", "0.1.0"), { match: true, older: null, text: "Connected to Clearpost service 0.1.0." });
  assert.equal(V.compare("1.2", "1.2.0").match, true);
});

test("a different version warns and names the one to update", () => {
  const older = V.compare("0.1.0", "0.2.0");
  assert.equal(older.match, false);
  assert.equal(older.older, "extension");
  assert.match(older.text, /service 0\.2\.0, but this extension is version 0\.1\.0.*update the extension/);
  // Compared as numbers, not as text: 0.10.0 is newer than 0.9.0.
  assert.equal(V.compare("0.10.0", "0.9.0").older, "service");
  assert.equal(V.compare("0.1.0", "0.1.0rc1").match, false);
});

test("a service that gives no version is a warning, not a match", () => {
  for (const missing of [undefined, "", "unknown"]) {
    const result = V.compare("0.1.0", missing);
    assert.equal(result.match, false);
    assert.match(result.text, /did not say which version/);
  }
});

test("the manifests, package.json and the service's pyproject.toml give one version", () => {
  assert.deepEqual(versionProblems(), []);
  const pyproject = readFileSync(join(ROOT, "..", "pyproject.toml"), "utf8");
  assert.equal(serviceVersion(pyproject), JSON.parse(readFileSync(join(ROOT, "manifests", "chrome.json"))).version);
});

test("the build fails when a manifest's version differs from the service's", () => {
  // A copy of the extension beside a copy of pyproject.toml with another version.
  const dir = mkdtempSync(join(tmpdir(), "clearpost-version-"));
  try {
    cpSync(join(ROOT, "build.mjs"), join(dir, "extension", "build.mjs"));
    cpSync(join(ROOT, "manifests"), join(dir, "extension", "manifests"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(dir, "extension", "package.json"));
    cpSync(join(ROOT, "src"), join(dir, "extension", "src"), { recursive: true });
    const pyproject = readFileSync(join(ROOT, "..", "pyproject.toml"), "utf8");
    writeFileSync(join(dir, "pyproject.toml"), pyproject.replace(/^version = ".*"$/m, 'version = "9.9.9"'));
    assert.throws(
      () => execFileSync(process.execPath, [join(dir, "extension", "build.mjs"), "--no-zip"], { stdio: "pipe" }),
      (err) => /manifests\/chrome\.json says .* but the service \(pyproject\.toml\) is 9\.9\.9/.test(err.stderr.toString()),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
