import type { App } from './app.js';

/** Object keys sorted recursively; arrays keep their order (it carries meaning). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The committed contract: the app's OpenAPI document with stable key order, so a change is a small diff. */
export function openApiJson(app: App): string {
  return `${JSON.stringify(sortKeys(app.swagger()), null, 2)}\n`;
}
