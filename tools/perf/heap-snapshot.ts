/**
 * V8 heap snapshots, read the ways this project needs: how many objects have a given name
 * (the long-running e2e), how much of V8's heap is compiled code, and which native (Blink)
 * types grew between two snapshots (the soak).
 */
import type { CDPSession } from 'playwright-core';

/** The parts of a heap snapshot in DevTools' format that are read here. */
export interface HeapSnapshot {
  readonly snapshot: {
    readonly meta: { readonly node_fields: readonly string[]; readonly node_types: unknown[] };
  };
  readonly nodes: readonly number[];
  readonly strings: readonly string[];
}

/** A heap snapshot of the page, taken after a full garbage collection. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}

/** Calls `visit` with each node's type name, name and self size. */
function eachNode(
  snapshot: HeapSnapshot,
  visit: (type: string, name: string, selfSize: number) => void,
): void {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = Array.isArray(types[0]) ? (types[0] as string[]) : [];
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const { nodes, strings } = snapshot;
  for (let node = 0; node < nodes.length; node += fields.length) {
    visit(
      typeNames[nodes[node + typeAt] ?? -1] ?? '',
      strings[nodes[node + nameAt] ?? -1] ?? '',
      nodes[node + sizeAt] ?? 0,
    );
  }
}

/** How many nodes have a name that `matches`. */
export function countNodes(snapshot: HeapSnapshot, matches: (name: string) => boolean): number {
  let count = 0;
  eachNode(snapshot, (_type, name) => {
    if (matches(name)) count += 1;
  });
  return count;
}

/** Bytes by node type ("code", "object", "native", …), summed over the nodes' own sizes. */
export function sizeByType(snapshot: HeapSnapshot): Map<string, number> {
  const sizes = new Map<string, number>();
  eachNode(snapshot, (type, _name, selfSize) => {
    sizes.set(type, (sizes.get(type) ?? 0) + selfSize);
  });
  return sizes;
}

/**
 * V8's part of a snapshot in bytes, in two: compiled code (nodes of type "code": machine
 * code, bytecode, feedback vectors and their metadata), which V8 adds to as functions get hot,
 * and everything else (the app's objects, arrays, strings, closures, shapes), where a leak
 * would show. Nodes of type "native" are left out: Blink's objects, which the soak reads apart
 * as Blink's heap, and some of V8's own bookkeeping (weak lists, function-info wrappers) that
 * grows along with the compiled code.
 */
export function splitV8Heap(snapshot: HeapSnapshot): { compiled: number; objects: number } {
  let compiled = 0;
  let objects = 0;
  for (const [type, bytes] of sizeByType(snapshot)) {
    if (type === 'code') compiled += bytes;
    else if (type !== 'native' && type !== 'synthetic') objects += bytes;
  }
  return { compiled, objects };
}

/** Nodes of one name: how many, and their bytes. */
export interface NameTally {
  readonly count: number;
  readonly bytes: number;
}

/** How many nodes of `type` there are under each name, and their bytes. */
export function tallyByName(snapshot: HeapSnapshot, type: string): Map<string, NameTally> {
  const tally = new Map<string, NameTally>();
  eachNode(snapshot, (nodeType, name, selfSize) => {
    if (nodeType !== type) return;
    const entry = tally.get(name) ?? { count: 0, bytes: 0 };
    tally.set(name, { count: entry.count + 1, bytes: entry.bytes + selfSize });
  });
  return tally;
}

/** The `top` names whose bytes grew most from `before` to `after`, with the growth. */
export function grownMost(
  before: ReadonlyMap<string, NameTally>,
  after: ReadonlyMap<string, NameTally>,
  top = 5,
): (NameTally & { readonly name: string })[] {
  return [...after]
    .map(([name, now]) => {
      const then = before.get(name) ?? { count: 0, bytes: 0 };
      return { name, count: now.count - then.count, bytes: now.bytes - then.bytes };
    })
    .filter((growth) => growth.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/**
 * A Blink type name short enough to read in a line of figures: garbage-collected members as
 * `Member<T>`, no namespaces, and a hash table's traits and allocator dropped.
 */
export function shortNativeName(name: string): string {
  return name
    .replace(
      /cppgc::internal::BasicMember<(?:const )?([\w:]+), [\w:]+Tag, [\w:]+Policy>/g,
      'Member<$1>',
    )
    .replace(/\b(?:blink|cppgc|WTF)::/g, '')
    .replace(/, (?:KeyValuePair|Identity)Extractor,.*$/, '>>');
}
