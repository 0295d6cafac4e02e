/** What a V8 heap snapshot holds, grouped as DevTools' summary groups it. */

/** The parts of a `.heapsnapshot` file this reads. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export interface HeapGroup {
  /** The constructor's name, or the kind of value in parentheses: `(string)`, `(array)`, `(closure)`… */
  name: string;
  count: number;
  /** Shallow size in bytes. */
  size: number;
}

/** The snapshot's JavaScript objects grouped by constructor (objects) or by kind (everything else), largest first. */
export function heapGroups(heap: HeapSnapshot): HeapGroup[] {
  const fields = heap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = heap.snapshot.meta.node_types[0];
  const groups = new Map<string, HeapGroup>();
  for (let at = 0; at < heap.nodes.length; at += width) {
    const type = types[heap.nodes[at + typeAt]!] ?? 'unknown';
    // Blink's own objects (DOM nodes, layout, styles) are in the snapshot but not in the JavaScript heap the bench measures.
    if (type === 'native') continue;
    const name = type === 'object' ? (heap.strings[heap.nodes[at + nameAt]!] ?? '?') : `(${type})`;
    const group = groups.get(name) ?? { name, count: 0, size: 0 };
    group.count += 1;
    group.size += heap.nodes[at + sizeAt]!;
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.size - a.size);
}
