import { describe, expect, it } from 'vitest';
import { indexTree, initiallyCollapsed, visibleRows } from './element-tree-rows';

/** A plan of 20 strategies, each with 9 programmes of 10 projects: 20 × (1 + 9 × 11) = 2,000 elements. */
function bigPlan() {
  const elements: Array<{ id: string; parentId: string | null; sortOrder: number }> = [];
  for (let s = 0; s < 20; s++) {
    elements.push({ id: `s${s}`, parentId: null, sortOrder: 19 - s });
    for (let p = 0; p < 9; p++) {
      elements.push({ id: `s${s}p${p}`, parentId: `s${s}`, sortOrder: p });
      for (let j = 0; j < 10; j++) elements.push({ id: `s${s}p${p}j${j}`, parentId: `s${s}p${p}`, sortOrder: j });
    }
  }
  return elements;
}

describe('element tree rows', () => {
  const elements = bigPlan();
  const children = indexTree(elements);

  it('shows the top two levels at first, in saved order', () => {
    const rows = visibleRows(children, initiallyCollapsed(elements, children));
    expect(elements).toHaveLength(2000);
    expect(rows).toHaveLength(200);
    // sortOrder, not insertion order: s19 has sortOrder 0
    expect(rows[0]).toMatchObject({ element: { id: 's19' }, depth: 0, hasChildren: true });
    expect(rows[1]).toMatchObject({ element: { id: 's19p0' }, depth: 1, hasChildren: true });
  });

  it('expands everything into 2,000 rows with depths, and hides a collapsed branch', () => {
    expect(visibleRows(children, new Set())).toHaveLength(2000);
    const rows = visibleRows(children, new Set(['s19']));
    expect(rows).toHaveLength(2000 - 99);
    expect(rows[1]).toMatchObject({ element: { id: 's18' }, depth: 0 });
    expect(rows.find((r) => r.element.id === 's0p0j0')?.depth).toBe(2);
  });
});
