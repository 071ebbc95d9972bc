/**
 * The shell's memory between runs (language, window placement): one small JSON file in
 * userData, read leniently and written atomically, one write at a time.
 */
import { readFile } from 'node:fs/promises';
import { LanguageSchema } from '../ipc/schemas.ts';
import type { Language } from '../../core/languages.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { WindowStateSchema, type WindowState } from './window-state.ts';

export interface StoredState {
  readonly language?: Language;
  readonly window?: WindowState;
}

/**
 * Keeps each valid field of whatever is on disk: a hand-edited or older file loses only
 * the fields that no longer make sense, not the whole memory.
 */
export function parseStoredState(json: unknown): StoredState {
  if (typeof json !== 'object' || json === null) return {};
  const record = json as Record<string, unknown>;
  const language = LanguageSchema.safeParse(record['language']);
  const window = WindowStateSchema.safeParse(record['window']);
  return {
    ...(language.success && { language: language.data }),
    ...(window.success && { window: window.data }),
  };
}

export interface StateStore {
  get(): StoredState;
  /** Merges and saves; a failed save is logged, never thrown: forgetting is not fatal. */
  update(patch: StoredState): Promise<void>;
  /** Settles when every save asked for so far has finished. */
  flush(): Promise<void>;
}

export async function openStateStore(file: string): Promise<StateStore> {
  let state: StoredState = {};
  try {
    state = parseStoredState(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.warn('[briefing] ignoring unreadable state file', file, error);
    }
  }
  let writes = Promise.resolve();
  return {
    get: () => state,
    update(patch) {
      state = { ...state, ...patch };
      const snapshot = `${JSON.stringify(state, null, 2)}\n`;
      writes = writes
        .then(() => writeFileAtomic(file, snapshot))
        .catch((error: unknown) => console.warn('[briefing] could not save state', file, error));
      return writes;
    },
    flush: () => writes,
  };
}
