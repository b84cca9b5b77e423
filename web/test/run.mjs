// Compile test/*.test.ts with esbuild into a temp dir, then run them with node:test.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith(".test.ts")).map((f) => join(here, f));
// Inside web/ so the external packages resolve from web/node_modules.
mkdirSync(join(here, "..", "node_modules", ".cache"), { recursive: true });
const out = mkdtempSync(join(here, "..", "node_modules", ".cache", "wasmlit-test-"));
try {
  await build({
    entryPoints: files,
    outdir: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "warning",
  });
  const compiled = readdirSync(out).filter((f) => f.endsWith(".mjs")).map((f) => join(out, f));
  const r = spawnSync(process.execPath, ["--test", ...compiled], { stdio: "inherit", cwd: join(here, "..") });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
