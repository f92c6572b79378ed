import { useState } from 'react';

/**
 * A list's page offset that returns to the first page whenever its filters change. The reset
 * happens while rendering (React's "adjusting state when a prop changes"), not in an effect, so a
 * stale page of the new filter is never requested or painted.
 */
export function usePageOffset(...filters: unknown[]): [number, (offset: number) => void] {
  const key = JSON.stringify(filters);
  const [state, setState] = useState({ key, offset: 0 });
  if (state.key !== key) setState({ key, offset: 0 });
  const offset = state.key === key ? state.offset : 0;
  return [offset, (next) => setState({ key, offset: next })];
}
