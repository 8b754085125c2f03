// The build: an unpacked folder and a valid zip for each browser.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The files in a zip, read with nothing but its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString();
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    files[name] = inflateRawSync(buffer.subarray(start, start + size));
    at += 46 + nameLength + extra;
  }
  return files;
}

test("the build makes a zip per browser with its own manifest", () => {
  execFileSync(process.execPath, [join(ROOT, "build.mjs")]);
  for (const browser of ["chrome", "firefox"]) {
    const archive = join(ROOT, "dist", `clearpost-${browser}-0.1.0.zip`);
    assert.ok(existsSync(archive), archive);
    const files = unzip(readFileSync(archive));
    const manifest = JSON.parse(files["manifest.json"]);
    assert.deepEqual(manifest, JSON.parse(readFileSync(join(ROOT, "manifests", `${browser}.json`))));
    assert.ok(files["background.js"] && files["content/main.js"] && files["icons/icon-128.png"]);
    assert.equal(files["content/main.js"].toString(), readFileSync(join(ROOT, "src/content/main.js"), "utf8"));
  }
});
