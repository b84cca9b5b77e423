// The element tree the page renders, patched by the worker's run messages.
//
// Pure logic (no DOM): a tree of slots addressed by `path` (path[0] is the root,
// 0 = main, 1 = sidebar; further numbers are child indices inside blocks).
//
//   run_started(run)        every slot becomes stale (not yet written by this run)
//   delta(run, path, node)  writes a slot. Same kind+type (+ same widget id) keeps the
//                           slot object and, for blocks, its children (which stay stale
//                           until re-sent); anything else replaces the slot.
//   run_finished(status)    ok/error/stopped: drop every slot this run did not write;
//                           rerun/compile_error: drop nothing.
//
// A run with a `scope` (an @st.fragment rerun: a list of block paths) marks stale and
// drops only slots *inside* those blocks; every slot outside them counts as written by
// the run, so the rest of the page is neither dimmed nor removed. run_finished's scope
// `[]` keeps everything (a callback raised; its exception is shown after the page).
//
// Each slot has a `uid` that never changes while the slot lives: the renderer uses
// it as the Preact key, so the DOM of a kept slot is patched in place and a replaced
// slot (new type, or a widget with another id) remounts.

import type { Node, RunStatus } from "../protocol.gen";

/** null = the whole page; otherwise the block paths a fragment rerun rewrites. */
export type Scope = number[][] | null;

function insideScope(path: number[], scope: number[][]): boolean {
  return scope.some((p) => path.length > p.length && p.every((v, i) => path[i] === v));
}

export interface Slot {
  uid: number;
  node: Node;
  /** Sparse: children[i] is the slot at child index i (blocks only). */
  children: (Slot | undefined)[];
  /** The run that last wrote this slot. */
  writtenBy: number;
}

/** The roots are implicit vertical blocks, one per Root value. */
export type Roots = (Slot | undefined)[];

let nextUid = 1;

function newSlot(node: Node, run: number): Slot {
  return { uid: nextUid++, node, children: [], writtenBy: run };
}

function rootNode(): Node {
  return { kind: "block", type: "vertical", props: {} };
}

/** Same "identity" for the renderer: the DOM of the slot can be kept. */
export function sameIdentity(a: Node, b: Node): boolean {
  if (a.kind !== b.kind || a.type !== b.type) return false;
  if (a.kind === "element" && b.kind === "element") return a.id === b.id;
  return true;
}

export class ElementTree {
  roots: Roots = [];
  /** The run currently streaming (or the last one), -1 before the first. */
  currentRun = -1;
  /** Bumped on every change, so views can cheaply tell something moved. */
  version = 0;

  root(index: number): Slot {
    let r = this.roots[index];
    if (!r) {
      r = newSlot(rootNode(), this.currentRun);
      this.roots[index] = r;
    }
    return r;
  }

  isStale(slot: Slot): boolean {
    return slot.writtenBy !== this.currentRun;
  }

  runStarted(runId: number, scope: Scope = null): void {
    this.currentRun = runId;
    // Roots are never stale: they are containers, not content.
    for (const r of this.roots) if (r) r.writtenBy = runId;
    if (scope) this.freshenOutside(scope);
    this.version++;
  }

  /** Every slot not inside one of the scope's blocks counts as written by the current run. */
  private freshenOutside(scope: number[][]): void {
    const walk = (s: Slot, path: number[]) => {
      s.children.forEach((c, i) => {
        if (!c) return;
        const p = [...path, i];
        if (insideScope(p, scope)) return; // a fragment's own content: stale until re-sent
        c.writtenBy = this.currentRun;
        walk(c, p);
      });
    };
    this.roots.forEach((r, i) => r && walk(r, [i]));
  }

  delta(runId: number, path: number[], node: Node): Slot {
    if (runId !== this.currentRun) {
      // A delta without its run_started (should not happen): adopt the run.
      this.runStarted(runId);
    }
    if (path.length < 2) throw new Error(`delta path too short: ${JSON.stringify(path)}`);
    let parent = this.root(path[0]);
    for (let i = 1; i < path.length - 1; i++) {
      let child = parent.children[path[i]];
      if (!child || child.node.kind !== "block") {
        // The runtime always sends a block before its children; be forgiving anyway.
        child = newSlot(rootNode(), runId);
        parent.children[path[i]] = child;
      }
      child.writtenBy = runId;
      parent = child;
    }
    const index = path[path.length - 1];
    const existing = parent.children[index];
    let slot: Slot;
    if (existing && sameIdentity(existing.node, node)) {
      existing.node = node;
      existing.writtenBy = runId;
      slot = existing;
    } else {
      slot = newSlot(node, runId);
      parent.children[index] = slot;
    }
    this.version++;
    return slot;
  }

  runFinished(runId: number, status: RunStatus, scope: Scope = null): void {
    if (runId !== this.currentRun) return; // a finish for a run we never saw start
    if (scope) this.freshenOutside(scope);
    if (status === "ok" || status === "error" || status === "stopped") {
      for (const r of this.roots) if (r) this.prune(r);
    }
    this.version++;
  }

  /** Remove children not written during the current run, recursively. */
  private prune(slot: Slot): void {
    const kids = slot.children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (!k) continue;
      if (k.writtenBy !== this.currentRun) kids[i] = undefined;
      else this.prune(k);
    }
    let n = kids.length;
    while (n > 0 && kids[n - 1] === undefined) n--;
    kids.length = n;
  }

  /** Children in index order, skipping holes. */
  static childList(slot: Slot): [number, Slot][] {
    const out: [number, Slot][] = [];
    slot.children.forEach((c, i) => {
      if (c) out.push([i, c]);
    });
    return out;
  }

  /** A plain snapshot for tests and debugging: {path: "type[:id]"}. */
  dump(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (s: Slot, path: number[]) => {
      s.children.forEach((c, i) => {
        if (!c) return;
        const p = [...path, i];
        const n = c.node;
        out[p.join(".")] =
          n.type + (n.kind === "element" && n.id ? `:${n.id}` : "") + (this.isStale(c) ? " (stale)" : "");
        walk(c, p);
      });
    };
    this.roots.forEach((r, i) => r && walk(r, [i]));
    return out;
  }
}
