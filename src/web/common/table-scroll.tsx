import type { ReactNode } from 'react';

/** A wide table's horizontal scroller: focusable and named, so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard (axe: scrollable-region-focusable)
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; this is a named scroller, not page structure
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
