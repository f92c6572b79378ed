/** The element tree's shape, kept apart from React so it can be tested on a 2,000-element plan. */
interface TreeElement {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

export interface TreeRow<E extends TreeElement> {
  element: E;
  depth: number;
  hasChildren: boolean;
}

/** Children by parent, each sibling list in its saved order: built once per tree, O(n log n). */
export function indexTree<E extends TreeElement>(elements: E[]): Map<string | null, E[]> {
  const children = new Map<string | null, E[]>();
  for (const e of elements) {
    const list = children.get(e.parentId) ?? [];
    list.push(e);
    children.set(e.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder);
  return children;
}

/** The top level and its children show at first; every deeper branch starts closed. */
export function initiallyCollapsed<E extends TreeElement>(elements: E[], children: Map<string | null, E[]>): Set<string> {
  return new Set(elements.filter((e) => e.parentId !== null && children.has(e.id)).map((e) => e.id));
}

/** Rows in reading order, skipping the descendants of collapsed branches (an explicit stack: no recursion limit). */
export function visibleRows<E extends TreeElement>(children: Map<string | null, E[]>, collapsed: Set<string>): TreeRow<E>[] {
  const out: TreeRow<E>[] = [];
  const stack = [...(children.get(null) ?? [])].reverse().map((element) => ({ element, depth: 0 }));
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    const kids = children.get(element.id) ?? [];
    out.push({ element, depth, hasChildren: kids.length > 0 });
    if (!collapsed.has(element.id)) for (let i = kids.length - 1; i >= 0; i--) stack.push({ element: kids[i], depth: depth + 1 });
  }
  return out;
}
