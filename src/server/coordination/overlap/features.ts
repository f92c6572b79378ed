/**
 * Everything the comparison needs from one project, computed once (the index keeps these, so
 * checking a new project against 100,000 costs one extraction, not 100,000).
 */
import { extractCues, type Cues } from './cues.js';
import { CONCEPTS } from './lexicon.js';
import { normalise } from './normalise.js';
import { type Token, tokenise, tokenWeight } from './tokenise.js';
import type { OverlapProject } from './types.js';

const EQUIPMENT = new Set(CONCEPTS.filter((c) => c.equipment).map((c) => `c:${c.id}`));
const THINGS = new Set(CONCEPTS.filter((c) => (c.kind ?? 'thing') === 'thing').map((c) => `c:${c.id}`));
const TOPICS = new Set(CONCEPTS.filter((c) => c.kind === 'topic').map((c) => `c:${c.id}`));
/** A description repeats and elaborates the title; its words count, but less. */
const DESCRIPTION_WEIGHT = 0.5;

export interface ProjectFeatures {
  project: OverlapProject;
  /** what-token → weight. */
  tokens: Map<string, number>;
  /** what-token → the words as written in this project (to highlight). */
  surfaces: Map<string, Set<string>>;
  totalWeight: number;
  cues: Omit<Cues, 'rest'>;
  /** Character trigrams of the Thai what-text (OCR noise survives these; words it breaks). */
  grams: Set<string>;
  /** Concept tokens naming what is built or bought, and what a service is about. */
  things: Set<string>;
  topics: Set<string>;
  /** A purchase of equipment: each agency buys its own. */
  equipmentOnly: boolean;
  start?: number;
  end?: number;
}

function mergeCues(all: Cues[]): Omit<Cues, 'rest'> {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    roads: uniq(all.flatMap((c) => c.roads)),
    sections: all.flatMap((c) => c.sections),
    phases: uniq(all.flatMap((c) => c.phases)),
    moos: uniq(all.flatMap((c) => c.moos)),
    places: uniq(all.flatMap((c) => c.places)),
    localities: all.flatMap((c) => c.localities),
    routes: all.flatMap((c) => c.routes),
    waters: uniq(all.flatMap((c) => c.waters)),
    quantities: all.flatMap((c) => c.quantities),
  };
}

export function trigrams(text: string): Set<string> {
  const compact = text.replace(/\s+/g, '');
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= compact.length; i++) grams.add(compact.slice(i, i + 3));
  return grams;
}

function toDay(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : Math.floor(t / 86_400_000);
}

export function extractFeatures(project: OverlapProject): ProjectFeatures {
  const titles = [project.titleTh, project.titleEn].filter((t): t is string => !!t && t.trim() !== '');
  const titleCues = titles.map((t) => extractCues(normalise(t)));
  const descCues = project.description ? [extractCues(normalise(project.description))] : [];

  const tokens = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  const add = (tok: Token, factor: number) => {
    tokens.set(tok.token, Math.max(tokens.get(tok.token) ?? 0, tokenWeight(tok.token) * factor));
    if (!surfaces.has(tok.token)) surfaces.set(tok.token, new Set());
    surfaces.get(tok.token)!.add(tok.surface);
  };
  for (const c of titleCues) for (const tok of tokenise(c.rest)) add(tok, 1);
  for (const c of descCues) for (const tok of tokenise(c.rest)) add(tok, DESCRIPTION_WEIGHT);

  let totalWeight = 0;
  for (const w of tokens.values()) totalWeight += w;
  const thaiWhat = titleCues.map((c) => c.rest.replace(/[^\u0E01-\u0E59]+/g, ' ')).join(' ');
  const keys = [...tokens.keys()];
  const things = new Set(keys.filter((k) => THINGS.has(k) || EQUIPMENT.has(k)));
  return {
    project,
    tokens,
    surfaces,
    totalWeight,
    cues: mergeCues([...titleCues, ...descCues]),
    grams: trigrams(thaiWhat),
    things,
    topics: new Set(keys.filter((k) => TOPICS.has(k))),
    equipmentOnly: keys.includes('c:purchase') && [...things].some((k) => EQUIPMENT.has(k)),
    start: toDay(project.startDate),
    end: toDay(project.endDate ?? project.startDate),
  };
}
