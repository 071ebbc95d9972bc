/**
 * Property-based fuzzing of the IPC boundary: thousands of malformed payloads against the
 * contract's validate() and against the registered handlers (with Electron, the dialogs
 * and the file system replaced by recording fakes). Every malformed call must come back as
 * a typed `invalid-payload` reply, nothing may throw across the bridge, and nothing may reach
 * a dialog, a window or the disk. A last group shows that a PDF is only ever written to the
 * path the user picked in the save dialog.
 *
 * What counts as well-formed is written out below independently of the zod schemas
 * (`wellFormed`), so the schemas are checked against a second opinion rather than against
 * themselves: too lax and too strict both fail.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INVOKE_CHANNELS,
  PPTX_EXPORT_MAX_BYTES,
  type ExportRequest,
  type InvokeChannel,
} from '../../core/ipc-contract.ts';
import { ExportRequestSchema, validate } from '../ipc/schemas.ts';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { PER_PAGE, PRINT_LAYOUTS } from '../../core/modes.ts';
import { ORIENTATIONS } from '../../core/orientation.ts';
import { CHART_IDS, SLIDE_IDS } from '../../core/ids.ts';

/** Everything the code under test could use to touch the outside world, recorded. */
const world = vi.hoisted(() => ({
  saveDialogs: [] as unknown[][],
  messageBoxes: [] as unknown[][],
  windows: [] as unknown[],
  writes: [] as { path: string; head: string }[],
  shown: [] as string[],
  /** What the next save dialog answers. */
  nextChoice: { canceled: true } as { canceled: boolean; filePath?: string },
}));

vi.mock('electron', async () => {
  // Chromium prints a real PDF, which the export then gives its properties and bookmarks.
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage();
  const printed = await doc.save();
  return {
    BrowserWindow: class {
      readonly webContents = {
        executeJavaScript: async () => true,
        printToPDF: async () => printed,
        on: () => {},
        removeListener: () => {},
        isDestroyed: () => false,
      };
      constructor(options: unknown) {
        world.windows.push(options);
      }
      async loadURL(): Promise<void> {}
      isDestroyed(): boolean {
        return false;
      }
      destroy(): void {}
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        world.saveDialogs.push(args);
        return world.nextChoice;
      },
      showMessageBox: async (...args: unknown[]) => {
        world.messageBoxes.push(args);
        return { response: 1 };
      },
    },
    shell: { showItemInFolder: (path: string) => world.shown.push(path) },
  };
});

vi.mock('./atomic-write.ts', () => ({
  writeFileAtomic: async (path: string, data: Uint8Array) => {
    world.writes.push({ path, head: Buffer.from(data.subarray(0, 5)).toString('latin1') });
  },
}));

// After the mocks: these import electron and atomic-write.
const { exportPdf } = await import('./export-pdf.ts');
const { exportPptx } = await import('./export-pptx.ts');
const { handleInvoke, registerIpcHandlers } = await import('./ipc-handlers.ts');
const { MENU_LABELS } = await import('./menu-labels.ts');
const { exportFileName } = await import('./export-policy.ts');

type Listener = (event: Event, ...args: unknown[]) => Promise<unknown>;

interface Event {
  readonly senderFrame: { readonly url: string } | null;
}

const APP_ORIGIN = 'app://briefing';
const fromApp: Event = { senderFrame: { url: `${APP_ORIGIN}/index.html?lang=fr#/trade` } };
const DOCUMENTS = '/home/presenter/Documents';

const CHANNELS = Object.values(INVOKE_CHANNELS);
const channel = fc.constantFrom(...CHANNELS);

/** Domain calls made by the fake handlers (the settings store, the window, the kiosk…). */
const domainCalls: string[] = [];

const EXPORT_CONTEXT = {
  owner: null,
  preloadPath: '/app/out/preload/index.cjs',
  rendererEntry: `${APP_ORIGIN}/index.html`,
  defaultFolder: DOCUMENTS,
  labels: MENU_LABELS.en,
};

/** The real handler set of main, with export wired to the real exportPdf over the fakes. */
function registerAll(): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  const record =
    <T>(name: string, value: T) =>
    () => {
      domainCalls.push(name);
      return value;
    };
  registerIpcHandlers<Event>(
    { handle: (name, listener) => void listeners.set(name, listener) },
    {
      [INVOKE_CHANNELS.getSettings]: record('getSettings', { language: 'fr' as const }),
      [INVOKE_CHANNELS.setLanguage]: record('setLanguage', undefined),
      [INVOKE_CHANNELS.exportPdf]: (_event, request) => exportPdf(request, EXPORT_CONTEXT),
      [INVOKE_CHANNELS.exportPptx]: (_event, request) => exportPptx(request, EXPORT_CONTEXT),
      [INVOKE_CHANNELS.toggleFullScreen]: record('toggleFullScreen', undefined),
      [INVOKE_CHANNELS.deckGo]: record('deckGo', undefined),
      [INVOKE_CHANNELS.deckGetPosition]: record('deckGetPosition', { index: 0 }),
      [INVOKE_CHANNELS.deckAudience]: record('deckAudience', undefined),
      [INVOKE_CHANNELS.kioskExit]: record('kioskExit', {
        ok: false as const,
        reason: 'not-kiosk' as const,
      }),
    },
    { allowedOrigins: [APP_ORIGIN], log: () => undefined },
  );
  return listeners;
}

function touchedTheWorld(): boolean {
  return (
    world.saveDialogs.length +
      world.messageBoxes.length +
      world.windows.length +
      world.writes.length +
      world.shown.length +
      domainCalls.length >
    0
  );
}

function resetWorld(): void {
  world.saveDialogs.length = 0;
  world.messageBoxes.length = 0;
  world.windows.length = 0;
  world.writes.length = 0;
  world.shown.length = 0;
  world.nextChoice = { canceled: true };
  domainCalls.length = 0;
}

beforeEach(resetWorld);
afterEach(() => {
  // No payload may have added anything to Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

// ---------------------------------------------------------------------------------------
// The second opinion: what each channel accepts, written without zod.

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf =
  (allowed: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && allowed.includes(value);

function isExportRequest(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  const keys = Object.keys(value).sort();
  return (
    keys.length === 4 &&
    keys.join() === 'language,layout,paper,perPage' &&
    oneOf(LANGUAGE_CODES)(value['language']) &&
    oneOf(PRINT_LAYOUTS)(value['layout']) &&
    oneOf(['A4', 'Letter'])(value['paper']) &&
    [1, 2, 3, 6].some((n) => Object.is(n, value['perPage']))
  );
}

function isPptxRequest(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  const deck = value['deck'];
  return (
    Object.keys(value).sort().join() === 'deck,language' &&
    oneOf(LANGUAGE_CODES)(value['language']) &&
    deck instanceof Uint8Array &&
    deck.byteLength <= PPTX_EXPORT_MAX_BYTES &&
    [0x50, 0x4b, 0x03, 0x04].every((byte, i) => deck[i] === byte)
  );
}

const isSlideIndex = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < SLIDE_IDS.length;

/** A PIN attempt: any string up to 16 characters (code points, as zod counts them). */
const isPinAttempt = (value: unknown): boolean =>
  typeof value === 'string' && [...value].length <= 16;

/** deck:go's chart view: exactly `log` and `tables`, each a short list of chart ids. */
function isChartView(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const ids = (list: unknown) =>
    Array.isArray(list) &&
    list.length <= CHART_IDS.length &&
    Array.from(list).every((id) => CHART_IDS.some((known) => known === id));
  const view = value as Record<string, unknown>;
  return keys.length === 2 && ids(view['log']) && ids(view['tables']);
}

type Check = ((value: unknown) => boolean) & { readonly optional?: true };

/** A trailing argument that may be left out or sent as undefined. */
const optional = (check: (value: unknown) => boolean): Check =>
  Object.assign((value: unknown) => value === undefined || check(value), {
    optional: true as const,
  });

const ARGUMENTS: Readonly<Record<InvokeChannel, readonly Check[]>> = {
  [INVOKE_CHANNELS.getSettings]: [],
  [INVOKE_CHANNELS.setLanguage]: [oneOf(LANGUAGE_CODES)],
  [INVOKE_CHANNELS.exportPdf]: [isExportRequest],
  [INVOKE_CHANNELS.exportPptx]: [isPptxRequest],
  [INVOKE_CHANNELS.toggleFullScreen]: [],
  [INVOKE_CHANNELS.deckGo]: [isSlideIndex, optional(isChartView)],
  [INVOKE_CHANNELS.deckGetPosition]: [],
  [INVOKE_CHANNELS.deckAudience]: [oneOf(ORIENTATIONS)],
  [INVOKE_CHANNELS.kioskExit]: [isPinAttempt],
};

function wellFormed(name: InvokeChannel, payload: unknown): boolean {
  const checks = ARGUMENTS[name];
  return (
    Array.isArray(payload) &&
    payload.length >= checks.filter((check) => !check.optional).length &&
    payload.length <= checks.length &&
    checks.every((check, i) =>
      i >= payload.length || !Object.hasOwn(payload, i)
        ? check.optional === true
        : check(payload[i]),
    )
  );
}

// ---------------------------------------------------------------------------------------
// Generators of hostile input.

/** Any value structured clone can carry, including odd numbers, bigints and null prototypes. */
const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
});

const PATHS = [
  '/etc/passwd',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  'C:\\Users\\Public\\briefing.pdf',
  '\\\\server\\share\\briefing.pdf',
  'file:///etc/passwd',
  '~/.ssh/id_rsa',
  '/tmp/briefing.pdf\u0000.txt',
  '%2e%2e%2fetc%2fpasswd',
] as const;

const FORBIDDEN_KEYS = [
  'path',
  'out',
  'file',
  'filePath',
  'filename',
  'dir',
  'directory',
  'defaultPath',
  'target',
  '__proto__',
  'constructor',
  'prototype',
] as const;

/** Strings that must never be taken for a value: paths, huge, control characters, near misses. */
const nastyString = fc.oneof(
  fc.constantFrom(...PATHS),
  fc.constantFrom('EN', 'Fr', 'kz', 'ru', ' en', 'en ', 'a4', 'A4 ', 'letter', 'Slides', ''),
  fc.nat({ max: 2_000_000 }).map((n) => 'A'.repeat(n + 17)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const validRequest: fc.Arbitrary<ExportRequest> = fc.record({
  language: fc.constantFrom(...LANGUAGE_CODES),
  layout: fc.constantFrom(...PRINT_LAYOUTS),
  paper: fc.constantFrom('A4' as const, 'Letter' as const),
  perPage: fc.constantFrom(...PER_PAGE),
});

/** An ExportRequest with one or more things wrong: a value, a key missing, a key too many. */
const nearMissRequest: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(
      validRequest,
      fc.constantFrom('language', 'layout', 'paper', 'perPage'),
      fc.oneof(nastyString, anyValue),
    )
    .map(([request, key, value]) => ({ ...request, [key]: value })),
  fc
    .tuple(validRequest, fc.constantFrom('language', 'layout', 'paper', 'perPage'))
    .map(([request, key]) =>
      Object.fromEntries(Object.entries(request).filter(([k]) => k !== key)),
    ),
  fc
    .tuple(
      validRequest,
      fc.oneof(fc.constantFrom(...FORBIDDEN_KEYS), fc.string({ minLength: 1, maxLength: 12 })),
      fc.oneof(fc.constantFrom(...PATHS), anyValue),
    )
    // defineProperty: an own key even for __proto__, as JSON.parse or structured clone make it.
    .map(([request, key, value]) =>
      Object.defineProperty({ ...request }, key, { value, enumerable: true }),
    ),
  validRequest.map((request) => [request]),
  validRequest.map((request) => JSON.stringify(request)),
  validRequest.map((request) => new Map(Object.entries(request))),
);

/** Objects carrying prototype-pollution keys, parsed from JSON as a hostile page would send them. */
const pollutingJson = fc
  .tuple(
    fc.constantFrom(
      '{"__proto__": {"polluted": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"__proto__": {"polluted": 1}, "language": "en", "layout": "slides", "paper": "A4", "perPage": 1}',
      '{"language": "en", "layout": "slides", "paper": "A4", "perPage": 1, "constructor": {"prototype": {"polluted": 1}}}',
      '{"language": {"__proto__": {"polluted": 1}}, "layout": "slides", "paper": "A4", "perPage": 1}',
      '[{"__proto__": {"polluted": 1}}]',
      '{"prototype": {"polluted": 1}, "language": "en"}',
    ),
    fc.boolean(),
  )
  .map(([json, wrap]) => {
    const value: unknown = JSON.parse(json);
    return wrap ? [value] : value;
  });

/** Argument lists: wrong lengths, holes, valid values in the wrong channel, anything at all. */
const argumentList: fc.Arbitrary<unknown[]> = fc.oneof(
  fc.array(anyValue, { maxLength: 4 }),
  fc.array(fc.oneof(nastyString, nearMissRequest, pollutingJson), { maxLength: 3 }),
  fc.tuple(validRequest, validRequest).map((pair) => [...pair]),
  fc.tuple(fc.constantFrom(...LANGUAGE_CODES), anyValue).map((pair) => [...pair]),
  fc.constantFrom<unknown[]>([], [undefined], [null], [null, null], new Array<unknown>(1)),
  fc.integer({ min: -5, max: 40 }).map((n) => [n]),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1.5, 2 ** 53, -1).map((n) => [n]),
);

const NUM_RUNS = 3_000;

// ---------------------------------------------------------------------------------------

describe('validate(): thousands of malformed payloads', () => {
  it('has a second opinion for every channel of the contract', () => {
    expect(Object.keys(ARGUMENTS).sort()).toEqual([...CHANNELS].sort());
  });

  it('never throws, and accepts exactly the well-formed argument lists', () => {
    fc.assert(
      fc.property(channel, fc.oneof(anyValue, argumentList, pollutingJson), (name, payload) => {
        const result = validate(name, payload);
        expect(result.ok).toBe(wellFormed(name, payload));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('answers every refusal with a typed invalid-payload error', () => {
    fc.assert(
      fc.property(channel, argumentList, (name, payload) => {
        fc.pre(!wellFormed(name, payload));
        const result = validate(name, payload);
        expect(result).toEqual({
          ok: false,
          error: {
            code: 'invalid-payload',
            channel: name,
            message: `Invalid payload for ${name}`,
            issues: expect.any(Array),
          },
        });
        if (!result.ok) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          expect(result.error.issues.every((issue) => typeof issue === 'string')).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('refuses every near miss of an export request', () => {
    fc.assert(
      fc.property(nearMissRequest, (request) => {
        expect(validate(INVOKE_CHANNELS.exportPdf, [request]).ok).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accepts the well-formed ones (the fuzzing is not rejecting everything)', () => {
    fc.assert(
      fc.property(validRequest, fc.constantFrom(...LANGUAGE_CODES), (request, language) => {
        expect(validate(INVOKE_CHANNELS.exportPdf, [request]).ok).toBe(true);
        expect(validate(INVOKE_CHANNELS.setLanguage, [language]).ok).toBe(true);
      }),
    );
  });

  it('does not let prototype-pollution keys through or into Object.prototype', () => {
    fc.assert(
      fc.property(channel, pollutingJson, (name, payload) => {
        const result = validate(name, Array.isArray(payload) ? payload : [payload]);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the IPC handlers: malformed calls are refused before any side effect', () => {
  it('reply invalid-payload, never throw, never reach a dialog, a window or the disk', async () => {
    const listeners = registerAll();
    await fc.assert(
      fc.asyncProperty(channel, argumentList, async (name, args) => {
        fc.pre(!wellFormed(name, args));
        resetWorld();
        const listener = listeners.get(name);
        if (!listener) throw new Error(`no handler for ${name}`);
        const reply = await listener(fromApp, ...args);
        expect(reply).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload', channel: name },
        });
        expect(touchedTheWorld()).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('refuses pages that are not the app, whatever they send', async () => {
    const listeners = registerAll();
    const stranger = fc.oneof(
      fc.webUrl().map((url) => ({ senderFrame: { url } })),
      fc.constantFrom<Event>(
        { senderFrame: null },
        { senderFrame: { url: '' } },
        { senderFrame: { url: 'file:///etc/passwd' } },
        { senderFrame: { url: 'app://briefing.evil.example/index.html' } },
        { senderFrame: { url: 'devtools://devtools/bundled/inspector.html' } },
      ),
    );
    await fc.assert(
      fc.asyncProperty(channel, stranger, argumentList, async (name, event, args) => {
        resetWorld();
        const reply = await listeners.get(name)?.(event, ...args);
        expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
        expect(touchedTheWorld()).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it('handleInvoke turns even a throwing handler into a reply', async () => {
    await fc.assert(
      fc.asyncProperty(validRequest, anyValue, async (request, thrown) => {
        const reply = await handleInvoke(
          INVOKE_CHANNELS.exportPdf,
          () => {
            throw thrown;
          },
          { allowedOrigins: [APP_ORIGIN], log: () => undefined },
          fromApp,
          [request],
        );
        expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('PDF export writes only where the user chose, in the save dialog', () => {
  it('the request has no field that names a path', () => {
    expect(Object.keys(ExportRequestSchema.shape).sort()).toEqual([
      'language',
      'layout',
      'paper',
      'perPage',
    ]);
    fc.assert(
      fc.property(
        validRequest,
        fc.constantFrom(...FORBIDDEN_KEYS),
        fc.oneof(fc.constantFrom(...PATHS), anyValue),
        (request, key, value) => {
          const sneaky = Object.defineProperty({ ...request }, key, { value, enumerable: true });
          expect(ExportRequestSchema.safeParse(sneaky).success).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('writes once, to the picked path, or not at all when the dialog is cancelled', async () => {
    const listeners = registerAll();
    const exportListener = listeners.get(INVOKE_CHANNELS.exportPdf);
    if (!exportListener) throw new Error('export:pdf is not handled');
    const choice = fc.oneof(
      fc.record({
        canceled: fc.constant(true),
        filePath: fc.option(fc.constantFrom(...PATHS), { nil: undefined }),
      }),
      fc.record({ canceled: fc.constant(false), filePath: fc.constantFrom(undefined, '') }),
      fc.record({
        canceled: fc.constant(false),
        filePath: fc.oneof(fc.constantFrom(...PATHS), fc.string({ minLength: 1, maxLength: 60 })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(validRequest, choice, async (request, picked) => {
        resetWorld();
        world.nextChoice = picked;
        const reply = await exportListener(fromApp, request);
        // The dialog is always asked first, offering a name derived from the request alone.
        expect(world.saveDialogs).toHaveLength(1);
        const options = world.saveDialogs[0]?.at(-1) as { defaultPath: string };
        expect(options.defaultPath).toBe(join(DOCUMENTS, exportFileName(request)));
        if (picked.canceled || !picked.filePath) {
          expect(reply).toMatchObject({ ok: true, value: { ok: false, error: 'cancelled' } });
          expect(world.writes).toEqual([]);
          expect(world.windows).toEqual([]);
        } else {
          expect(reply).toEqual({ ok: true, value: { ok: true, path: picked.filePath } });
          expect(world.writes).toEqual([{ path: picked.filePath, head: '%PDF-' }]);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('PowerPoint export takes a zip file of bounded size, written where the user chose', () => {
  const zip = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    return bytes;
  };

  it('accepts a deck and refuses anything else in its place', () => {
    expect(validate(INVOKE_CHANNELS.exportPptx, [{ language: 'kk', deck: zip(64) }]).ok).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.constantFrom(
            new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
            zip(PPTX_EXPORT_MAX_BYTES + 1),
            Array.from(zip(8)),
            '/etc/passwd',
          ),
        ),
        (deck) => {
          expect(validate(INVOKE_CHANNELS.exportPptx, [{ language: 'fr', deck }]).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    expect(
      validate(INVOKE_CHANNELS.exportPptx, [{ language: 'fr', deck: zip(8), path: '/tmp/x' }]).ok,
    ).toBe(false);
  });

  it('offers briefing-<lang>.pptx, writes once to the picked path, nothing when cancelled', async () => {
    const listener = registerAll().get(INVOKE_CHANNELS.exportPptx);
    if (!listener) throw new Error('export:pptx is not handled');
    for (const picked of [
      { canceled: true, filePath: undefined },
      { canceled: false, filePath: '/home/presenter/talk.pptx' },
    ]) {
      resetWorld();
      world.nextChoice = picked;
      const reply = await listener(fromApp, { language: 'fr', deck: zip(16) });
      const options = world.saveDialogs[0]?.at(-1) as { defaultPath: string };
      expect(options.defaultPath).toBe(join(DOCUMENTS, 'briefing-fr.pptx'));
      expect(world.windows).toEqual([]);
      if (picked.canceled) {
        expect(reply).toMatchObject({ ok: true, value: { ok: false, error: 'cancelled' } });
        expect(world.writes).toEqual([]);
      } else {
        expect(reply).toEqual({ ok: true, value: { ok: true, path: picked.filePath } });
        expect(world.writes).toEqual([{ path: picked.filePath, head: 'PK\u0003\u0004\u0000' }]);
      }
    }
  });
});
