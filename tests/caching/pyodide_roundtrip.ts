// Round trip of st.cache_data persistence through REAL Pyodide 0.27.7 (Node) + cache-store.ts over
// fake-indexeddb: boot → run → take_cache_ops → apply → "reload" (new Pyodide) → preload → the
// cached function is not executed again and its elements are replayed; quota → one toast;
// another app id sees nothing. Not part of `npm test` (4 Pyodide boots, ~10 s). Run:
//   (cd runtime_py && zip -qr /tmp/wasmlit_rt.zip wasmlit -x '*/__pycache__/*' 'wasmlit/build/*')
//   mkdir -p web/node_modules/.cache/itest && cp tests/caching/pyodide_roundtrip.ts web/node_modules/.cache/itest/itest.ts
//   cd web && npx esbuild node_modules/.cache/itest/itest.ts --bundle --platform=node --format=esm \
//     --external:pyodide --outfile=node_modules/.cache/itest/itest.mjs && node node_modules/.cache/itest/itest.mjs
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";
import { openCacheStore } from "../../../src/worker/cache-store";

const APP = `
import streamlit as st
import js

@st.cache_data
def load(n):
    js.globalThis.executions = getattr(js.globalThis, "executions", 0) + 1
    st.text(f"computed {n}")
    return {"n": n, "data": bytes(range(256)) * 10}

v = load(5)
st.write(f"n={v['n']} len={len(v['data'])}")
`;

async function bootOnce(appId: string, label: string) {
  const py = await loadPyodide();
  py.unpackArchive(new Uint8Array(readFileSync("/tmp/wasmlit_rt.zip")), "zip", { extractDir: "/lib/python3.12/site-packages" });
  py.FS.mkdirTree("/home/pyodide/app");
  py.FS.writeFile("/home/pyodide/app/app.py", APP);
  const store = await openCacheStore(appId);
  const records = store ? await store.preload() : null;
  const posted: any[] = [];
  const platform = py.pyimport("wasmlit._platform.pyodide");
  const session = platform.start(JSON.stringify({ app_dir: "/home/pyodide/app", main: "app.py", app_id: appId, session_id: "t" }),
    (json: string) => posted.push(JSON.parse(json)), records);
  session.handle_batch(JSON.stringify([{ type: "rerun" }]));
  const ops = session.take_cache_ops();
  const opsJs = ops.toJs ? ops.toJs() : ops;
  await store?.apply(opsJs);
  const texts = posted.filter((m) => m.type === "delta").map((m) => m.node.props.body ?? m.node.props.text);
  console.log(label, "records:", records?.length, "executions:", (globalThis as any).executions ?? 0,
    "ops:", opsJs.map((o: any) => `${o.op}${o.value ? `(${o.value.constructor.name} ${o.value.byteLength})` : ""}`).join(","),
    "texts:", JSON.stringify(texts));
  // quota path
  if (label === "third") {
    session.cache_storage_failed("QuotaExceededError: test");
    console.log("after quota:", JSON.stringify(posted.filter((m) => m.type === "effect")));
  }
  delete (globalThis as any).executions;
}

await bootOnce("itest-app", "first");
await bootOnce("itest-app", "second");
await bootOnce("itest-app", "third");
await bootOnce("other-app", "other");
