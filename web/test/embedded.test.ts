import assert from "node:assert/strict";
import { test } from "node:test";
import { EMBEDDED_BASE, embeddedPath, installEmbedded } from "../src/worker/embedded";

const enc = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

function scope() {
  const real: string[] = [];
  const imported: string[][] = [];
  const s = {
    fetch: (async (input: RequestInfo | URL) => {
      real.push(String(input));
      return new Response("real");
    }) as typeof fetch,
    importScripts: (...urls: string[]) => {
      imported.push(urls);
    },
  };
  return { s, real, imported };
}

test("embeddedPath strips the placeholder origin, query and hash; other URLs are not embedded", () => {
  assert.equal(embeddedPath(`${EMBEDDED_BASE}wasmlit/runtime.zip?v=abc#x`), "wasmlit/runtime.zip");
  assert.equal(embeddedPath(`${EMBEDDED_BASE}pyodide/a%20b.whl`), "pyodide/a b.whl");
  assert.equal(embeddedPath("https://example.com/pyodide/pyodide.js"), null);
});

test("the shim answers embedded URLs from memory (wasm as application/wasm, again and again) and 404s unknown ones", async () => {
  const { s, real } = scope();
  installEmbedded(s, { "pyodide/pyodide.asm.wasm": enc("\0asm"), "wasmlit/manifest.json": enc('{"a":1}') });
  const wasm = await s.fetch(`${EMBEDDED_BASE}pyodide/pyodide.asm.wasm`);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.equal(new TextDecoder().decode(await wasm.arrayBuffer()), "\0asm");
  for (let i = 0; i < 2; i++) {
    assert.deepEqual(await (await s.fetch(new URL(`${EMBEDDED_BASE}wasmlit/manifest.json?v=1`))).json(), { a: 1 });
  }
  assert.equal((await s.fetch(`${EMBEDDED_BASE}pyodide/missing.whl`)).status, 404);
  assert.equal(await (await s.fetch("https://example.com/x")).text(), "real");
  assert.deepEqual(real, ["https://example.com/x"]);
});

test("importScripts of embedded scripts goes through one Blob URL per file; others pass through", () => {
  const { s, imported } = scope();
  installEmbedded(s, { "pyodide/pyodide.js": enc("var x = 1;") });
  s.importScripts(`${EMBEDDED_BASE}pyodide/pyodide.js`, "https://example.com/a.js");
  s.importScripts(`${EMBEDDED_BASE}pyodide/pyodide.js`);
  assert.match(imported[0][0], /^blob:/);
  assert.equal(imported[0][1], "https://example.com/a.js");
  assert.equal(imported[1][0], imported[0][0]);
  assert.throws(() => s.importScripts(`${EMBEDDED_BASE}pyodide/nope.js`), /not in this single-file build/);
});
