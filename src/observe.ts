/**
 * What the check command learns from a render: the fields the readers look up, found or not, and
 * the values they cannot show as written. Only the check command watches (see src/cli/check.ts);
 * in every other render nobody does, and each hook costs one comparison.
 */
export interface Watcher {
  /** A reader looked up `key` in `record`, and found it under `found` (or not). */
  asked(record: object, key: string, found: string | undefined): void;
  /** `value`, from the input, is not shown as written, for `reason`. */
  dropped(value: unknown, reason: string): void;
  /** `themeOptions.sections` does not list the section `key`; `shows` tells whether it has anything to show. */
  unlisted(key: string, shows: () => boolean): void;
}

let watcher: Watcher | undefined;

/** Runs `run` (a synchronous render) with `watching` told what the readers do. */
export function watch<T>(watching: Watcher, run: () => T): T {
  watcher = watching;
  try {
    return run();
  } finally {
    watcher = undefined;
  }
}

export function asked(record: object, key: string, found: string | undefined): void {
  if (watcher !== undefined) watcher.asked(record, key, found);
}

export function dropped(value: unknown, reason: string): void {
  if (watcher !== undefined) watcher.dropped(value, reason);
}

export function unlisted(key: string, shows: () => boolean): void {
  if (watcher !== undefined) watcher.unlisted(key, shows);
}
