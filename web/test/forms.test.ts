import assert from "node:assert/strict";
import { test } from "node:test";
import { sendWidget, setSender } from "../src/page/bridge";
import type { PageMessage } from "../src/protocol.gen";
import { formEpoch, noteForm, noteFormWidget, resetForms, submitForm, submitOnEnter } from "../src/render/forms";
import { refusal } from "../src/render/elements/file_uploader";
import { encodeBatch } from "../src/worker/page-bytes";

function capture(): PageMessage[] {
  const sent: PageMessage[] = [];
  setSender((m) => sent.push(m));
  resetForms();
  return sent;
}

test("form widgets are held until the submit click, then sent in one interaction", () => {
  const sent = capture();
  noteForm("f", false, true);
  noteFormWidget("a", "f", false, false);
  noteFormWidget("b", "f", false, false);
  noteFormWidget("go", "f", true, false);
  sendWidget("a", "x");
  sendWidget("b", 3);
  sendWidget("a", "y"); // the newest value wins
  sendWidget("outside", true);
  assert.deepEqual(sent, [{ type: "interaction", updates: [{ id: "outside", value: true }] }]);
  submitForm("f", "go");
  assert.deepEqual(sent[1], {
    type: "interaction",
    updates: [
      { id: "a", value: "y" },
      { id: "b", value: 3 },
      { id: "go", value: true },
    ],
  });
  submitForm("f", "go"); // nothing held any more: just the click
  assert.deepEqual(sent[2], { type: "interaction", updates: [{ id: "go", value: true }] });
  assert.equal(formEpoch("f"), 0);
});

test("clear_on_submit bumps the remount epoch; Enter submits only with enter_to_submit", () => {
  const sent = capture();
  noteForm("c", true, true);
  noteFormWidget("t", "c", false, false);
  noteFormWidget("s", "c", true, false);
  noteForm("n", false, false);
  noteFormWidget("u", "n", false, false);
  noteFormWidget("s2", "n", true, false);
  sendWidget("t", "hello");
  submitOnEnter("t");
  assert.deepEqual(sent.at(-1), { type: "interaction", updates: [{ id: "t", value: "hello" }, { id: "s", value: true }] });
  assert.equal(formEpoch("c"), 1);
  sendWidget("u", "x");
  submitOnEnter("u");
  assert.equal(sent.length, 1);
});

test("a form without an enabled submit button does not submit on Enter", () => {
  const sent = capture();
  noteForm("d", false, true);
  noteFormWidget("t", "d", false, false);
  noteFormWidget("s", "d", true, true);
  sendWidget("t", "x");
  submitOnEnter("t");
  assert.equal(sent.length, 0);
});

test("uploads: bytes leave the JSON as {$binary: i} with the buffers beside it", () => {
  const data = new Uint8Array([1, 2, 3]);
  const [json, buffers] = encodeBatch([
    { type: "interaction", updates: [{ id: "up", value: [{ file_id: "1", name: "a.csv", type: "text/csv", size: 3, data }] }] },
  ]);
  assert.deepEqual(JSON.parse(json)[0].updates[0].value[0].data, { $binary: 0 });
  assert.equal(buffers![0], data);
  assert.deepEqual(encodeBatch([{ type: "rerun" }]), ['[{"type":"rerun"}]', null]);
});

test("uploads: size and type checks match file_uploader.py's messages", () => {
  assert.equal(refusal("a.csv", "text/csv", 2 * 1024 * 1024, [".csv"], 1), "File must be 1.0MB or smaller.");
  assert.equal(refusal("a.csv", "text/csv", 10, null, 0.5), null);
  assert.equal(refusal("a.txt", "text/plain", 10, [".csv"], 200), "text/plain files are not allowed.");
  assert.equal(refusal("A.CSV", "", 10, [".csv"], 200), null);
  assert.equal(refusal("p.png", "image/png", 10, ["image/*"], 200), null);
});
