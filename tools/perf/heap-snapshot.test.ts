import { describe, expect, it } from 'vitest';
import {
  countNodes,
  grownMost,
  shortNativeName,
  sizeByType,
  splitV8Heap,
  tallyByName,
  type HeapSnapshot,
} from './heap-snapshot.ts';

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

  it('tallies the nodes of one type by name', () => {
    expect(Object.fromEntries(tallyByName(SNAPSHOT, 'native'))).toEqual({
      'blink::MediaQuerySet': { count: 2, bytes: 1800 },
    });
  });

  it('names what grew most between two snapshots, and nothing that shrank', () => {
    const later = snapshotOf([
      ['native', 'blink::MediaQuerySet', 900],
      ['native', 'blink::MediaQuerySet', 900],
      ['native', 'blink::MediaQuerySet', 900],
      ['native', 'blink::Element', 100],
    ]);
    expect(grownMost(tallyByName(SNAPSHOT, 'native'), tallyByName(later, 'native'))).toEqual([
      { name: 'blink::MediaQuerySet', count: 1, bytes: 900 },
      { name: 'blink::Element', count: 1, bytes: 100 },
    ]);
    expect(grownMost(tallyByName(later, 'native'), tallyByName(SNAPSHOT, 'native'))).toEqual([]);
  });

  it('shortens Blink’s hash table names to what they map', () => {
    const member = (type: string) =>
      `cppgc::internal::BasicMember<const ${type}, cppgc::internal::WeakMemberTag, cppgc::internal::DijkstraWriteBarrierPolicy>`;
    const name =
      `blink::HeapHashTableBacking<blink::HashTable<${member('blink::LayoutObject')}, ` +
      `blink::KeyValuePair<${member('blink::LayoutObject')}, blink::TextPaintTimingDetector::TextPaintStatus>, ` +
      `blink::KeyValuePairExtractor, blink::HashMapValueTraits<blink::HashTraits<${member('blink::LayoutObject')}>>, ` +
      `blink::HeapAllocator>>`;
    expect(shortNativeName(name)).toBe(
      'HeapHashTableBacking<HashTable<Member<LayoutObject>, KeyValuePair<Member<LayoutObject>, TextPaintTimingDetector::TextPaintStatus>>>',
    );
    expect(shortNativeName('blink::MediaQuerySet')).toBe('MediaQuerySet');
    expect(shortNativeName('system / WeakArrayList')).toBe('system / WeakArrayList');
  });
});
