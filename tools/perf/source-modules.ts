/**
 * Self time of a V8 CPU profile by node, and by the source module each sample ran in (through
 * the bundles' source maps) and the library it belongs to: what `npm run bench:profile` and
 * `npm run bench:modules` print. Pure, so it is tested on a synthetic profile.
 */

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  /** Microseconds, V8's clock. */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Finds the original source of a position in a script (zero-based line and column). */
export type Locate = (url: string, line: number, column: number) => string | undefined;

/**
 * The module a source file is: its npm package (`react-dom`, `@reduxjs/toolkit`), or its path
 * in the project (`renderer/i18n/format.ts`).
 */
export function moduleOfSource(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage?.[1]) return inPackage[1];
  return source.replace(/^(?:\.\.\/)+/, '').replace(/^.*?\b((?:renderer|core)\/)/, '$1');
}

/** The libraries the page's time is read by. */
export const MODULE_GROUPS = [
  'React',
  'Recharts and its store',
  'i18next',
  'the app',
  'other',
] as const;

export type ModuleGroup = (typeof MODULE_GROUPS)[number];

const GROUP_OF_PACKAGE: Readonly<Record<string, ModuleGroup>> = {
  react: 'React',
  'react-dom': 'React',
  scheduler: 'React',
  recharts: 'Recharts and its store',
  redux: 'Recharts and its store',
  'redux-thunk': 'Recharts and its store',
  '@reduxjs/toolkit': 'Recharts and its store',
  'react-redux': 'Recharts and its store',
  reselect: 'Recharts and its store',
  immer: 'Recharts and its store',
  'use-sync-external-store': 'Recharts and its store',
  'decimal.js-light': 'Recharts and its store',
  'es-toolkit': 'Recharts and its store',
  'victory-vendor': 'Recharts and its store',
  eventemitter3: 'Recharts and its store',
  'tiny-invariant': 'Recharts and its store',
  clsx: 'Recharts and its store',
  i18next: 'i18next',
  'react-i18next': 'i18next',
  'html-parse-stringify': 'i18next',
  'void-elements': 'i18next',
};

export function groupOfModule(module: string): ModuleGroup {
  if (module.startsWith('renderer/') || module.startsWith('core/')) return 'the app';
  if (module.startsWith('d3-')) return 'Recharts and its store';
  return GROUP_OF_PACKAGE[module] ?? 'other';
}

/**
 * Milliseconds of self time by module: each sample is counted for the function on top of the
 * stack when it was taken, located through `locate`; samples in the engine itself (compiling,
 * garbage collection, idle) or in scripts without a map are under their profile names.
 */
export function selfTimeByModule(profile: CpuProfile, locate: Locate): Map<string, number> {
  const moduleOfNode = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const source = url ? locate(url, lineNumber, columnNumber) : undefined;
    // V8's own entries are named in parentheses: "(program)", "(garbage collector)", "(idle)".
    const engine = functionName.startsWith('(') ? functionName : `${functionName} (native)`;
    const unmapped = url ? `${url.split('/').pop() ?? url} (unmapped)` : engine;
    moduleOfNode.set(node.id, source ? moduleOfSource(source) : unmapped);
  }
  const times = new Map<string, number>();
  for (const [id, ms] of selfTimeByNode(profile)) {
    const module = moduleOfNode.get(id) ?? '(unknown)';
    times.set(module, (times.get(module) ?? 0) + ms);
  }
  return times;
}

/** Milliseconds of self time of each profile node: its samples, each lasting until the next. */
export function selfTimeByNode(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => {
    times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  return times;
}
