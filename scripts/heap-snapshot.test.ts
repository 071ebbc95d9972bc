import { describe, expect, it } from 'vitest';
import { countNodes, sizeByType, splitV8Heap, type HeapSnapshot } from './heap-snapshot.ts';

/** A snapshot in DevTools' layout: each node is [type, name, self_size] here. */
function snapshotOf(nodes: readonly [string, string, number][]): HeapSnapshot {
  const types = ['hidden', 'object', 'string', 'code', 'closure', 'native', 'synthetic'];
  const strings: string[] = [];
  const flat = nodes.flatMap(([type, name, size]) => {
    strings.push(name);
    return [types.indexOf(type), strings.length - 1, size];
  });
  return {
    snapshot: { meta: { node_fields: ['type', 'name', 'self_size'], node_types: [types] } },
    nodes: flat,
    strings,
  };
}

const SNAPSHOT = snapshotOf([
  ['synthetic', '(GC roots)', 0],
  ['code', 'system / InstructionStream', 4000],
  ['code', 'system / BytecodeArray', 1000],
  ['object', 'Object', 300],
  ['string', 'recharts-pie-_r_1k_', 40],
  ['closure', 'render', 60],
  ['native', 'blink::MediaQuerySet', 900],
  ['native', 'blink::MediaQuerySet', 900],
]);

describe('heap snapshots', () => {
  it('counts nodes by name', () => {
    expect(countNodes(SNAPSHOT, (name) => name === 'blink::MediaQuerySet')).toBe(2);
    expect(countNodes(SNAPSHOT, (name) => name.startsWith('recharts-'))).toBe(1);
    expect(countNodes(SNAPSHOT, () => false)).toBe(0);
  });

  it('sums the nodes’ own sizes by type', () => {
    expect(Object.fromEntries(sizeByType(SNAPSHOT))).toEqual({
      synthetic: 0,
      code: 5000,
      object: 300,
      string: 40,
      closure: 60,
      native: 1800,
    });
  });

  it('splits V8’s heap into compiled code and the rest, leaving Blink’s objects out', () => {
    expect(splitV8Heap(SNAPSHOT)).toEqual({ compiled: 5000, objects: 400 });
  });
});
