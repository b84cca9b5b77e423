// The site manifest (wasmlit/manifest.json), written by the build.

import { PROTOCOL_VERSION } from "../protocol.gen";
import { BootError } from "./errors";

export interface Manifest {
  protocol: number;
  wasmlit_version: string;
  app_id: string;
  title: string;
  main: string;
  pyodide_version: string;
  index_url: string;
  lock_file: string;
  packages: string[];
  runtime_archive: string;
  app_archive: string;
  dev_events: string | null;
}

const STRING_KEYS = ["app_id", "main", "index_url", "lock_file", "runtime_archive", "app_archive"] as const;

/** Check the shape we rely on; throw a BootError naming what is wrong. */
export function parseManifest(raw: unknown, url: string): Manifest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new BootError("The app manifest is not a JSON object.", url);
  }
  const m = raw as Record<string, unknown>;
  if (m.protocol !== PROTOCOL_VERSION) {
    throw new BootError(
      `This site was built for wasmlit protocol ${String(m.protocol)}, but this page speaks protocol ${PROTOCOL_VERSION}. Rebuild the site with one wasmlit version.`,
      `${url}: protocol=${JSON.stringify(m.protocol)}`,
    );
  }
  for (const k of STRING_KEYS) {
    if (typeof m[k] !== "string" || !(m[k] as string)) {
      throw new BootError(`The app manifest is missing "${k}".`, url);
    }
  }
  if (!Array.isArray(m.packages) || !m.packages.every((p) => typeof p === "string")) {
    throw new BootError('The app manifest has no valid "packages" list.', url);
  }
  if (m.dev_events !== undefined && m.dev_events !== null && typeof m.dev_events !== "string") {
    throw new BootError('The app manifest has an invalid "dev_events".', url);
  }
  return {
    protocol: m.protocol as number,
    wasmlit_version: String(m.wasmlit_version ?? ""),
    app_id: m.app_id as string,
    title: String(m.title ?? ""),
    main: m.main as string,
    pyodide_version: String(m.pyodide_version ?? ""),
    index_url: m.index_url as string,
    lock_file: m.lock_file as string,
    packages: m.packages as string[],
    runtime_archive: m.runtime_archive as string,
    app_archive: m.app_archive as string,
    dev_events: (m.dev_events as string | null | undefined) ?? null,
  };
}

/** Python package names compare case-insensitively with -, _ and . equal (PEP 503). */
export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The requested packages that did not end up loaded. */
export function missingPackages(requested: string[], loaded: Iterable<string>): string[] {
  const have = new Set<string>();
  for (const n of loaded) have.add(normalizePackageName(n));
  return requested.filter((p) => !have.has(normalizePackageName(p)));
}
