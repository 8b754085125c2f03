// The Firefox build: web-ext lint finds nothing (0 errors, 0 warnings, 0 notices: AMO's own
// linter, so the unlisted signing goes through), and web-ext build packs it as an .xpi.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WEB_EXT = join(ROOT, "node_modules", "web-ext", "bin", "web-ext.js");
// web-ext asks the npm registry for a newer version of itself unless told not to.
const ENV = { ...process.env, NO_UPDATE_NOTIFIER: "1" };

function webExt(...args) {
  return execFileSync(process.execPath, [WEB_EXT, ...args, "--no-config-discovery"], { env: ENV, encoding: "utf8", maxBuffer: 1 << 26 });
}

/** The file `name` inside the zip `data` (the central directory says where it is). */
function unzip(data, name) {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < data.readUInt16LE(end + 10); i++) {
    const nameLength = data.readUInt16LE(at + 28);
    const entry = data.subarray(at + 46, at + 46 + nameLength).toString();
    if (entry === name) {
      const local = data.readUInt32LE(at + 42);
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const packed = data.subarray(start, start + data.readUInt32LE(at + 20));
      return data.readUInt16LE(at + 10) === 8 ? inflateRawSync(packed) : packed;
    }
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return null;
}

test("the Firefox build passes web-ext lint with 0 errors, 0 warnings, 0 notices; web-ext builds the .xpi", async () => {
  const { build } = await import("../build.mjs");
  const out = mkdtempSync(join(tmpdir(), "clearpost-xpi-"));
  try {
    const source = build("firefox", { zipIt: false, dist: out });
    const report = JSON.parse(webExt("lint", "--source-dir", source, "--output", "json"));
    const found = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code}: ${m.message}`);
    assert.deepEqual(found, [], "web-ext lint");
    webExt("build", "--source-dir", source, "--artifacts-dir", join(out, "xpi"), "--filename", "clearpost.xpi", "--overwrite-dest");
    const manifest = JSON.parse(unzip(readFileSync(join(out, "xpi", "clearpost.xpi")), "manifest.json"));
    assert.equal(manifest.browser_specific_settings.gecko.id, "clearpost@clearpost.invalid");
    assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions.required, ["websiteContent", "personallyIdentifyingInfo"]);
    assert.equal(manifest.storage.managed_schema, "managed_schema.json");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
