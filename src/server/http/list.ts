import { type TSchema, Type } from 'typebox';

/** The query every list endpoint accepts. */
export const ListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);

/** The shape every list endpoint answers with. */
export const Page = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() }, { additionalProperties: false });

/** `sort` is "field" or "-field"; anything not in `allowed` falls back to the default. */
export function parseSort<K extends string>(sort: string | undefined, allowed: readonly K[], fallback: K): { field: K; direction: 'asc' | 'desc' } {
  const desc = sort?.startsWith('-') ?? false;
  const name = (desc ? sort!.slice(1) : sort) as K;
  return allowed.includes(name) ? { field: name, direction: desc ? 'desc' : 'asc' } : { field: fallback, direction: 'asc' };
}

/** Escapes LIKE wildcards so a user's search text is matched literally. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
