// Build the extension for each browser: dist/<browser>/ (unpacked, for "Load unpacked"
// and the tests) and dist/clearpost-<browser>-<version>.zip (for the stores).
// One source tree (src/), one manifest per browser (manifests/<browser>.json).
// Usage: node build.mjs [chrome|firefox …] [--no-zip]
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, "src");
const DIST = join(ROOT, "dist");
const BROWSERS = ["chrome", "firefox"];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A zip of `dir` (deflated, fixed timestamps so the same source gives the same bytes). */
export function zip(dir) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1;
  for (const path of filesUnder(dir)) {
    const name = Buffer.from(relative(dir, path).split(sep).join("/"));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The service's version: `version = "X.Y.Z"` in pyproject.toml's [project] table. */
export function serviceVersion(pyproject) {
  const project = /^\[project\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(pyproject);
  const version = project && /^version\s*=\s*"([^"]+)"\s*$/m.exec(project[1]);
  return version ? version[1] : null;
}

/** Every place whose version differs from the service's (the extension and the service are
 * released together: the options page warns when they differ, so the build must not). */
export function versionProblems(root = ROOT) {
  const pyproject = join(root, "..", "pyproject.toml");
  const wanted = serviceVersion(readFileSync(pyproject, "utf8"));
  if (!wanted) return [`${pyproject} has no version in its [project] table`];
  const problems = [];
  for (const file of [...BROWSERS.map((b) => `manifests/${b}.json`), "package.json"]) {
    const { version } = JSON.parse(readFileSync(join(root, file), "utf8"));
    if (version !== wanted) {
      problems.push(`${file} says ${version} but the service (pyproject.toml) is ${wanted}: set both to the same version`);
    }
  }
  return problems;
}

/** Build for `browser` into `dist`/<browser>/ (and its zip); `dist` for tests that must not
 * share the folder with another build running at the same time. */
export function build(browser, { zipIt = true, dist = DIST } = {}) {
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifests", `${browser}.json`), "utf8"));
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(SRC, out, { recursive: true });
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  if (!zipIt) return out;
  const archive = join(dist, `clearpost-${browser}-${manifest.version}.zip`);
  writeFileSync(archive, zip(out));
  return archive;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const zipIt = !args.includes("--no-zip");
  const wanted = args.filter((a) => !a.startsWith("--"));
  const problems = versionProblems();
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  for (const browser of wanted.length ? wanted : BROWSERS) {
    if (!BROWSERS.includes(browser)) {
      console.error(`Unknown browser ${browser}; use one of ${BROWSERS.join(", ")}.`);
      process.exit(2);
    }
    console.log(`${browser}: ${relative(process.cwd(), build(browser, { zipIt }))}`);
  }
}
