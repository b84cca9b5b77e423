import assert from "node:assert/strict";
import { test } from "node:test";
import { PageState } from "../src/page/state";
import { emojiFavicon, faviconHref, isImageUrl } from "../src/page/pageconfig";
import { deltaDirection, deltaTone } from "../src/render/elements/metric";
import { formatNumber } from "../src/render/shared";
import { missingPackages, parseManifest } from "../src/worker/manifest";
import { BootError } from "../src/worker/errors";
import { stageFraction } from "../src/worker/fetching";
import { PROTOCOL_VERSION } from "../src/protocol.gen";

const MANIFEST = {
  protocol: PROTOCOL_VERSION,
  wasmlit_version: "0.1.0",
  app_id: "0123456789abcdef",
  title: "counter",
  main: "app.py",
  pyodide_version: "0.27.7",
  index_url: "pyodide/",
  lock_file: "pyodide/pyodide-lock.json?v=1",
  packages: ["numpy"],
  runtime_archive: "wasmlit/runtime.zip?v=1",
  app_archive: "wasmlit/app.zip?v=1",
  dev_events: null,
};

test("manifest: valid one parses", () => {
  const m = parseManifest(MANIFEST, "u");
  assert.equal(m.main, "app.py");
  assert.equal(m.dev_events, null);
});

test("manifest: another protocol is a clear BootError", () => {
  assert.throws(
    () => parseManifest({ ...MANIFEST, protocol: PROTOCOL_VERSION + 1 }, "u"),
    (e: unknown) =>
      e instanceof BootError &&
      new RegExp(`protocol ${PROTOCOL_VERSION + 1}`).test(e.message) &&
      new RegExp(`protocol ${PROTOCOL_VERSION}\\b`).test(e.message),
  );
});

test("manifest: missing keys are named", () => {
  const { app_archive: _, ...rest } = MANIFEST;
  assert.throws(() => parseManifest(rest, "u"), /app_archive/);
  assert.throws(() => parseManifest([], "u"), /not a JSON object/);
});

test("missingPackages compares normalized names", () => {
  assert.deepEqual(missingPackages(["NumPy", "python_dateutil", "pandas"], ["numpy", "python-dateutil"]), ["pandas"]);
});

test("stage fractions are monotonic across stages", () => {
  const seq = [
    stageFraction("manifest", 0),
    stageFraction("pyodide", 0),
    stageFraction("pyodide", 1),
    stageFraction("runtime", 0),
    stageFraction("packages", 0.5),
    stageFraction("app", 0.5), // "Starting app"
    stageFraction("cache", 0), // "Loading cached data"
    stageFraction("cache", 1),
    stageFraction("app", 1), // "Running app"
  ];
  for (let i = 1; i < seq.length; i++) assert.ok(seq[i] >= seq[i - 1]);
  assert.equal(seq.at(-1), 1);
});

test("formatNumber: printf subset", () => {
  assert.equal(formatNumber(3.14159, "%.2f"), "3.14");
  assert.equal(formatNumber(7.9, "%d"), "7");
  assert.equal(formatNumber(5, "%d%%"), "5%");
  assert.equal(formatNumber(1234.5, "%e"), "1.234500e+03");
  assert.equal(formatNumber(0.25, null), "0.25");
  assert.equal(formatNumber(2, null, true), "2");
  assert.equal(formatNumber(3, "$%.1f"), "$3.0");
});

test("metric delta direction and tone", () => {
  assert.equal(deltaDirection("-8%"), "down");
  assert.equal(deltaDirection(" 1.2 °F"), "up");
  assert.equal(deltaDirection(-1), "down");
  assert.equal(deltaDirection(null), null);
  assert.equal(deltaTone("up", "normal"), "good");
  assert.equal(deltaTone("up", "inverse"), "bad");
  assert.equal(deltaTone("down", "inverse"), "good");
  assert.equal(deltaTone("down", "off"), "off");
});

test("favicon: emoji becomes an SVG data URL, URLs stay", () => {
  assert.ok(emojiFavicon("🎈").startsWith("data:image/svg+xml,"));
  assert.ok(decodeURIComponent(emojiFavicon("🎈")).includes("🎈"));
  assert.equal(faviconHref("https://x.org/i.png"), "https://x.org/i.png");
  assert.ok(isImageUrl("./logo.svg"));
  assert.equal(faviconHref(":material/home:"), null);
});

test("page state: running flags follow the run lifecycle", () => {
  const s = new PageState();
  assert.equal(s.running, false);
  s.apply({ type: "ready", protocol: 1, session_id: "x", dev_events: null });
  assert.equal(s.running, true, "first run is pending after ready");
  s.apply({ type: "run_started", run_id: 1, scope: null });
  assert.equal(s.running, true);
  s.apply({ type: "run_finished", run_id: 1, status: "ok", scope: null });
  assert.equal(s.running, false);
  s.markPending();
  assert.equal(s.running, true, "pending interaction counts as running");
  s.apply({ type: "run_started", run_id: 2, scope: null });
  s.apply({ type: "run_finished", run_id: 2, status: "rerun", scope: null });
  assert.equal(s.running, true, "st.rerun keeps running until the next run ends");
  s.apply({ type: "run_started", run_id: 3, scope: null });
  s.apply({ type: "run_finished", run_id: 3, status: "ok", scope: null });
  assert.equal(s.running, false);
});

test("page state: effects and boot errors", () => {
  const s = new PageState();
  s.apply({ type: "boot_progress", stage: "pyodide", label: "Loading Python", fraction: 0.3 });
  s.apply({ type: "boot_progress", stage: "pyodide", label: "Loading Python", fraction: 0.2 });
  assert.equal(s.boot.fraction, 0.3, "progress never goes backwards");
  s.apply({ type: "effect", effect: "toast", body: "hi", icon: null });
  s.apply({ type: "effect", effect: "balloons", body: null, icon: null });
  assert.equal(s.toasts.length, 1);
  assert.equal(s.balloons.length, 1);
  s.dismissToast(s.toasts[0].key);
  assert.equal(s.toasts.length, 0);
  s.apply({ type: "boot_error", message: "m", detail: "d" });
  assert.deepEqual(s.error, { message: "m", detail: "d" });
  s.markPending();
  assert.equal(s.running, false, "nothing runs after a fatal error");
});
