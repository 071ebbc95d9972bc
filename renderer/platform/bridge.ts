import type { BriefingApi } from '../../core/ipc-contract.ts';
import { isLanguage, type Language } from '../../core/languages.ts';
import { notesSizeFrom, type NotesSize } from '../modes/presenter/notes-size.ts';

/**
 * The desktop shell's API, when the renderer runs inside Electron; undefined in a plain
 * browser (tests, kiosk browsers, headless PDF), where features that need it say so.
 */
export function shellApi(): BriefingApi | undefined {
  return window.briefing;
}

const LANGUAGE_KEY = 'briefing.language';

/** The language chosen last time (browser storage; the desktop shell also keeps its own). */
export function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be disabled (private mode, file:// in some browsers): nothing remembered.
    return undefined;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless; the URL still carries it.
  }
  void shellApi()?.setLanguage(lang);
}

const NOTES_SIZE_KEY = 'briefing.notesSize';

/** The presenter's notes type size, as last chosen on this machine. */
export function storedNotesSize(): NotesSize {
  try {
    return notesSizeFrom(window.localStorage.getItem(NOTES_SIZE_KEY));
  } catch {
    return notesSizeFrom(null);
  }
}

export function storeNotesSize(size: NotesSize): void {
  try {
    window.localStorage.setItem(NOTES_SIZE_KEY, String(size));
  } catch {
    // Not remembered: the console simply opens at the default size next time.
  }
}
