import type { Browser } from 'playwright-core';
import { mainThreadUntil, tracedColdLoad, type TraceEvent } from './main-thread-cpu.ts';

/**
 * Where a cold load's main-thread time goes, by kind of work: compiling functions at their
 * first call, running JavaScript, style, layout, paint. Read from a Chromium trace: each
 * event's own time (its duration less its children's) goes to the nearest enclosing event of
 * a known kind, so nested events are not counted twice. `npm run bench:profile` prints it for
 * the app and for the reveal.js deck; docs/BENCHMARKS.md reads the difference.
 */

/** Kinds by trace event name, the first match wins. */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [
    /^V8\.(CompileCode|ParseFunction|CompileLazy|PreParse|CompileIgnition)/,
    'compiling functions at first call',
  ],
  [/^(v8\.compile|V8\.ParseProgram|V8\.CompileScript)$/, 'compiling scripts'],
  [/GC|Scavenge|MarkCompact/, 'garbage collection'],
  [/^(UpdateLayoutTree|Document::updateStyle|ParseAuthorStyleSheet)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer)$/, 'paint'],
  [/^ParseHTML$/, 'parsing HTML'],
  [
    /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireAnimationFrame|RunMicrotasks)$/,
    'running JavaScript',
  ],
];

export const TRACE_CATEGORIES = [
  'toplevel',
  'blink',
  'blink.user_timing',
  'devtools.timeline',
  'v8',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
];

function kindOf(event: TraceEvent): string | undefined {
  return KINDS.find(([pattern]) => pattern.test(event.name))?.[1];
}

/**
 * Milliseconds of main-thread time by kind, from navigation until the event named `mark`
 * (the user-timing mark the page sets when it is ready). Thread time where the trace has it.
 */
export function timeByKind(events: readonly TraceEvent[], mark?: string): Map<string, number> {
  const byKind = new Map<string, number>();
  const own = (mainThreadUntil(events, mark) ?? []).sort(
    (a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0),
  );
  const spent = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  // Each event's own time (its time less that of the events directly inside it) goes to its
  // kind, or to the kind of the nearest event around it that has one.
  const self = new Map<TraceEvent, number>(own.map((e) => [e, spent(e)]));
  const kindOfEvent = new Map<TraceEvent, string>();
  const open: TraceEvent[] = [];
  for (const event of own) {
    while (open.length > 0) {
      const last = open[open.length - 1] as TraceEvent;
      if (last.ts + (last.dur ?? 0) > event.ts) break;
      open.pop();
    }
    const parent = open[open.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - spent(event));
    const kind = kindOf(event) ?? (parent ? kindOfEvent.get(parent) : undefined) ?? 'other';
    kindOfEvent.set(event, kind);
    open.push(event);
  }
  for (const event of own) {
    const kind = kindOfEvent.get(event) ?? 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + Math.max(0, self.get(event) ?? 0) / 1000);
  }
  return byKind;
}

/** Main-thread time by kind of `runs` cold loads of `url` (each in a new context), averaged. */
export async function coldLoadsByKind(
  browser: Browser,
  url: string,
  runs: number,
): Promise<Map<string, number>> {
  const total = new Map<string, number>();
  for (let run = 0; run < runs; run += 1) {
    const events = await tracedColdLoad(browser, url, TRACE_CATEGORIES);
    for (const [kind, ms] of timeByKind(events)) {
      total.set(kind, (total.get(kind) ?? 0) + ms / runs);
    }
  }
  return total;
}
