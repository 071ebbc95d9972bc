/*
 * The deck's dataset, by job (shared/briefing/FACTS.md is what it holds):
 *   figures.ts      every number the deck shows, with what it measures and its source id
 *   events.ts       the dated events (summit, milestones, dates the cross-checks cite)
 *   sco-areas.ts    the SCO's areas of cooperation; route.ts the Lianyungang route's places
 *   sources.ts      the sources those ids name, and the cross-check notes
 *   derived.ts      values computed from the figures, never typed in
 *   validate.ts     the dataset's consistency (every source id listed, every source used)
 *   text-values.ts  the figures formatted for the texts' {{placeholders}}; format-bn.ts amounts
 * Test support (datasetNumbers) is in testing/, outside the app. Import from the module
 * itself; this index is for readers and for code that wants the whole dataset.
 */
export * from './derived.ts';
export * from './events.ts';
export * from './figures.ts';
export * from './format-bn.ts';
export * from './route.ts';
export * from './sco-areas.ts';
export * from './sources.ts';
export * from './text-values.ts';
export * from './validate.ts';
