// The two manifests: the same extension for each browser, with the least it needs.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const load = (name) => JSON.parse(readFileSync(join(ROOT, "manifests", `${name}.json`), "utf8"));
const chrome = load("chrome");
const firefox = load("firefox");

test("both manifests describe the same extension", () => {
  for (const key of ["manifest_version", "name", "version", "permissions", "host_permissions", "content_scripts", "action", "options_ui", "icons", "storage"]) {
    assert.deepEqual(chrome[key], firefox[key], key);
  }
  assert.equal(chrome.manifest_version, 3);
  assert.equal(chrome.background.service_worker, "background.js");
  assert.deepEqual(firefox.background.scripts, ["background.js"]);
  assert.ok(firefox.browser_specific_settings.gecko.id);
});

test("permissions are only storage and the service on this machine", () => {
  assert.deepEqual(chrome.permissions, ["storage"]);
  assert.deepEqual(chrome.host_permissions, ["http://127.0.0.1/*", "http://localhost/*"]);
  // Another machine's address is asked for, one host at a time, when the options save it.
  assert.deepEqual(chrome.optional_host_permissions, ["https://*/*"]);
});

test("content scripts run only on the listed sites and WordPress editor pages", () => {
  const [scripts] = chrome.content_scripts;
  assert.equal(chrome.content_scripts.length, 1);
  for (const match of scripts.matches) {
    assert.match(match, /^\*:\/\/(x\.com|\*\.x\.com|twitter\.com|\*\.twitter\.com|\*\.facebook\.com|\*\.instagram\.com|\*\.linkedin\.com|studio\.youtube\.com|\*)\/(\*|wp-admin\/post(-new)?\.php\*)$/);
  }
  // X Pro (TweetDeck), Meta Business Suite, LinkedIn company pages, YouTube Studio: any path.
  const coversHost = (pattern, host) => {
    const [, , patternHost, path] = pattern.split("/");
    if (path !== "*") return false;
    return patternHost === host || (patternHost.startsWith("*.") && host.endsWith(patternHost.slice(1)));
  };
  for (const host of ["pro.x.com", "tweetdeck.twitter.com", "business.facebook.com", "www.linkedin.com", "studio.youtube.com"]) {
    assert.ok(scripts.matches.some((m) => coversHost(m, host)), host);
  }
});

test("every file a manifest names exists", () => {
  const files = [
    ...chrome.content_scripts.flatMap((c) => c.js),
    "background.js", chrome.action.default_popup, chrome.options_ui.page,
    ...Object.values(chrome.icons),
  ];
  for (const file of files) assert.ok(existsSync(join(ROOT, "src", file)), file);
  // The shared namespace comes first; main.js, which starts everything, comes last.
  const js = chrome.content_scripts[0].js;
  assert.equal(js[0], "shared/sites.js");
  assert.equal(js.at(-1), "content/main.js");
});

test("the managed-settings schema is where the manifest says, and names every setting", () => {
  assert.equal(chrome.storage.managed_schema, "managed_schema.json");
  const schema = JSON.parse(readFileSync(join(ROOT, "src", chrome.storage.managed_schema), "utf8"));
  assert.equal(schema.type, "object");
  assert.deepEqual(Object.keys(schema.properties).sort(), ["allowedSites", "onServiceDown", "serviceUrl", "sites", "token"]);
});

test("icons at every size the stores and browsers use, each a PNG of its size", () => {
  const sizes = ["16", "32", "48", "96", "128"];
  for (const manifest of [chrome, firefox]) {
    assert.deepEqual(Object.keys(manifest.icons), sizes);
    assert.deepEqual(manifest.action.default_icon, manifest.icons);
  }
  for (const [size, file] of Object.entries(chrome.icons)) {
    const png = readFileSync(join(ROOT, "src", file));
    assert.equal(png.subarray(1, 4).toString(), "PNG", file);
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(size), Number(size)], file);
  }
});
