// The deploy/ examples for school IT: every setting they push is one the extension's schema
// knows, with a value it accepts, so an example copied as it is never locks a wrong value.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import "../src/shared/sites.js";
import "../src/shared/settings.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (...path) => readFileSync(join(ROOT, ...path), "utf8");
const schema = JSON.parse(read("src", "managed_schema.json"));
const firefoxId = JSON.parse(read("manifests", "firefox.json")).browser_specific_settings.gecko.id;
const { settings } = globalThis.Clearpost;

/** Every setting valid by the schema, and none that the extension would report wrong. */
function assertValid(policy, where) {
  for (const [key, value] of Object.entries(policy)) {
    const rule = schema.properties[key];
    assert.ok(rule, `${where}: ${key} is not a Clearpost setting`);
    if (rule.enum) assert.ok(rule.enum.includes(value), `${where}: ${key}=${value}`);
    if (rule.type === "array") for (const item of value) assert.ok(rule.items.enum.includes(item), `${where}: ${key} ${item}`);
    if (rule.type === "object") for (const v of Object.values(value)) assert.ok(rule.additionalProperties.enum.includes(v), `${where}: ${key} ${v}`);
  }
  const merged = settings.merge({}, {}, policy);
  assert.deepEqual(merged.managed.problems, [], where);
  assert.ok(merged.managed.any && merged.managed.serviceUrl, where);
}

test("the Chrome policy file's settings are valid", () => {
  const policy = JSON.parse(read("deploy", "chrome", "clearpost.json"));
  assert.equal(policy.ExtensionSettings.EXTENSION_ID.installation_mode, "force_installed");
  assertValid(policy["3rdparty"].extensions.EXTENSION_ID, "chrome/clearpost.json");
});

test("the Google Admin console's settings are valid", () => {
  const admin = JSON.parse(read("deploy", "chrome", "google-admin.json"));
  assertValid(Object.fromEntries(Object.entries(admin).map(([k, v]) => [k, v.Value])), "chrome/google-admin.json");
});

test("Firefox's policies.json installs this add-on by its id and its settings are valid", () => {
  const { policies } = JSON.parse(read("deploy", "firefox", "policies.json"));
  assert.equal(policies.ExtensionSettings[firefoxId].installation_mode, "force_installed");
  assertValid(policies["3rdparty"].Extensions[firefoxId], "firefox/policies.json");
});

test("the ADMX writes each setting under the extension's policy key, by the schema's names", () => {
  const admx = read("deploy", "windows", "clearpost.admx");
  const adml = read("deploy", "windows", "en-US", "clearpost.adml");
  const names = [...admx.matchAll(/valueName="([^"]+)"/g)].map((m) => m[1]);
  const listKeys = [...admx.matchAll(/<list id="\w+" key="[^"]+\\policy\\(\w+)"/g)].map((m) => m[1]);
  assert.deepEqual([...names, ...listKeys].sort(), Object.keys(schema.properties).sort());
  for (const key of admx.matchAll(/key="([^"]+)"/g)) {
    assert.match(key[1], /^Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\EXTENSION_ID\\policy(\\\w+)?$/);
  }
  for (const id of admx.matchAll(/\$\((string|presentation)\.(\w+)\)/g)) {
    assert.ok(adml.includes(`id="${id[2]}"`), `${id[2]} is in the ADML`);
  }
  const values = [...admx.matchAll(/<string>(\w+)<\/string>/g)].map((m) => m[1]);
  assert.deepEqual(values, schema.properties.onServiceDown.enum);
});
