/**
 * Everything the comparison needs from one project, computed once (the index keeps these, so
 * checking a new project against 100,000 costs one extraction, not 100,000).
 */
import { extractCues, type Cues } from './cues.js';
import { CONCEPTS, type Facet } from './lexicon.js';
import { normalise } from './normalise.js';
import { type Token, tokenise, tokenWeight } from './tokenise.js';
import type { OverlapProject } from './types.js';

const THAI = /[\u0E01-\u0E5B]/;
const EQUIPMENT = new Set(CONCEPTS.filter((c) => c.equipment).map((c) => `c:${c.id}`));
const THINGS = new Set(CONCEPTS.filter((c) => (c.kind ?? 'thing') === 'thing').map((c) => `c:${c.id}`));
const TOPICS = new Set(CONCEPTS.filter((c) => c.kind === 'topic').map((c) => `c:${c.id}`));
const GENERIC = new Set(CONCEPTS.filter((c) => c.kind === 'generic').map((c) => `c:${c.id}`));
const CONCEPT_IMPLIES = new Map(CONCEPTS.filter((c) => c.implies).map((c) => [`c:${c.id}`, (c.implies ?? []).map((id) => `c:${id}`)]));
const SITES = new Set(CONCEPTS.filter((c) => c.site).map((c) => `c:${c.id}`));
const FACET_OF = new Map(CONCEPTS.filter((c) => c.facet).map((c) => [`c:${c.id}`, c.facet as Facet]));
/** A description repeats and elaborates the title; its words count, but less. */
const DESCRIPTION_WEIGHT = 0.5;

export interface ProjectFeatures {
  project: OverlapProject;
  /** what-token → weight. */
  tokens: Map<string, number>;
  /** The what-tokens in text order with their words as written (to highlight). */
  words: Token[];
  totalWeight: number;
  /**
   * The weight of concept tokens, of Thai words and of Latin words, and which scripts the
   * project's text is written in: a word the lexicon does not know can only be matched by a
   * text in its own script (weighingAgainst).
   */
  weights: { concept: number; thai: number; latin: number };
  readsThai: boolean;
  readsLatin: boolean;
  cues: Omit<Cues, 'rest'>;
  /** The Thai what-text; its character trigrams (gramsOf) survive OCR noise that breaks words. */
  thaiWhat: string;
  /** Computed on first comparison: most projects in an index are never compared in full. */
  grams?: Set<string>;
  /** Blocking keys, computed once (blocking.ts). */
  blocks?: { own: string[]; probe: string[] };
  /** Concept tokens naming what is built or bought, and what a service is about. */
  things: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /**
   * The things each title is mainly about (its head: ลานจอดรถ in "ลานจอดรถ ตลาดชุมชน", car park
   * in "car park for the community market"), and the other things and named sites the titles
   * give, which say where or of what the head is part.
   */
  heads: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  /** The titles' values of each facet (lexicon.ts): who a service is for, when, which division. */
  facets: ReadonlyMap<Facet, ReadonlySet<string>>;
  /** A purchase of equipment: each agency buys its own. */
  equipmentOnly: boolean;
  start?: number;
  end?: number;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function mergeCues(all: Cues[]): Omit<Cues, 'rest'> {
  if (all.length === 1) return all[0];
  return {
    roads: uniq(all.flatMap((c) => c.roads)),
    sections: all.flatMap((c) => c.sections),
    phases: uniq(all.flatMap((c) => c.phases)),
    moos: uniq(all.flatMap((c) => c.moos)),
    designs: uniq(all.flatMap((c) => c.designs)),
    sides: uniq(all.flatMap((c) => c.sides)),
    canals: uniq(all.flatMap((c) => c.canals)),
    places: uniq(all.flatMap((c) => c.places)),
    localities: all.flatMap((c) => c.localities),
    routes: all.flatMap((c) => c.routes),
    tambons: uniq(all.flatMap((c) => c.tambons)),
    waters: uniq(all.flatMap((c) => c.waters)),
    quantities: all.flatMap((c) => c.quantities),
    sites: uniq(all.flatMap((c) => c.sites)),
    units: uniq(all.flatMap((c) => c.units)),
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

function addTokens(tokens: Map<string, number>, words: Token[], list: Token[], factor: number): void {
  for (const tok of list) {
    const weight = tokenWeight(tok.token) * factor;
    const old = tokens.get(tok.token);
    if (old === undefined || old < weight) tokens.set(tok.token, weight);
    words.push(tok);
  }
}

function isThing(token: string): boolean {
  return THINGS.has(token) || EQUIPMENT.has(token);
}

/** Where an English noun phrase ends: its heads are the things before one of these. */
const ENGLISH_PHRASE_END =
  /\b(?:for|at|of|in|on|to|along|near|from|by|within|inside|around|behind|beside|across|over|under|between|through|into|via)\b|[,;():]/i;
/** Works joined by these are all what the title builds (ถนน พร้อมท่อระบายน้ำ: a road and its drain). */
const THAI_CONJUNCTION = /พร้อม|และ/;
const ENGLISH_CONJUNCTION = /\b(?:with|and|plus|including)\b|&/i;

/**
 * The head things of one title, per conjunct. A Thai phrase puts its head first (ห้องน้ำ
 * ตลาดนัด: the toilet of the market); an English phrase stacks nouns before its head ("market
 * car park") and puts the rest after a preposition ("toilets at the market").
 */
function headsOf(rest: string, tokens: Token[]): string[] {
  const thai = THAI.test(rest);
  // Most Thai titles join nothing: their tokens are already at hand.
  if (thai && !THAI_CONJUNCTION.test(rest)) {
    const head = firstHead(tokens.filter((t) => isThing(t.token)));
    return head ? [head] : [];
  }
  const heads: string[] = [];
  for (const conjunct of rest.split(thai ? THAI_CONJUNCTION : ENGLISH_CONJUNCTION)) {
    if (!thai) {
      heads.push(...englishHeads(conjunct));
      continue;
    }
    const head = firstHead(thingsIn(conjunct));
    if (head) heads.push(head);
  }
  // What a head implies heads too: a pumping station is a pump site for the English "solar pumps".
  for (const head of [...heads]) for (const implied of CONCEPT_IMPLIES.get(head) ?? []) heads.push(implied);
  return heads;
}

function thingsIn(text: string): Token[] {
  return tokenise(text).filter((t) => isThing(t.token));
}

/**
 * The heads of an English conjunct: the things of its first noun phrase that has any, less the
 * sites that modify them ("market car park", "classroom building OBEC type": a site is where,
 * the other thing what). Several remain when English stacks nouns ("glass skywalk viewpoint").
 */
function englishHeads(conjunct: string): string[] {
  for (const phrase of conjunct.split(ENGLISH_PHRASE_END)) {
    const things = [...new Set(thingsIn(phrase).map((t) => t.token))];
    if (things.length === 0) continue;
    const specific = things.filter((t) => !GENERIC.has(t));
    const candidates = specific.length > 0 ? specific : things;
    const notSites = candidates.filter((t) => !SITES.has(t));
    return notSites.length > 0 ? notSites : candidates;
  }
  return [];
}

/** A generic thing (รถบรรทุก, a vehicle) heads a Thai phrase only when nothing more specific does. */
function firstHead(things: Token[]): string | undefined {
  return (things.find((t) => !GENERIC.has(t.token)) ?? things[0])?.token;
}

const NO_FACETS: ReadonlyMap<Facet, ReadonlySet<string>> = new Map();

/** Most projects name no topic (works) or no thing (services): the empty set is shared. */
const NO_CONCEPTS: ReadonlySet<string> = new Set();

function conceptSet(keys: string[]): ReadonlySet<string> {
  return keys.length === 0 ? NO_CONCEPTS : new Set(keys);
}

export function extractFeatures(project: OverlapProject): ProjectFeatures {
  const titles = [project.titleTh, project.titleEn].filter((t): t is string => !!t && t.trim() !== '');
  const titleCues = titles.map((t) => extractCues(normalise(t)));
  const descCues = project.description ? [extractCues(normalise(project.description))] : [];

  const tokens = new Map<string, number>();
  const words: Token[] = [];
  const heads = new Set<string>();
  const titleSites = new Set<string>();
  const facets = new Map<Facet, Set<string>>();
  for (const c of titleCues) {
    const list = tokenise(c.rest);
    addTokens(tokens, words, list, 1);
    for (const head of headsOf(c.rest, list)) heads.add(head);
    for (const t of list) {
      if (SITES.has(t.token)) titleSites.add(t.token);
      const facet = FACET_OF.get(t.token);
      if (facet) facets.set(facet, (facets.get(facet) ?? new Set()).add(t.token));
    }
  }
  for (const c of descCues) addTokens(tokens, words, tokenise(c.rest), DESCRIPTION_WEIGHT);

  let totalWeight = 0;
  const weights = { concept: 0, thai: 0, latin: 0 };
  for (const [token, w] of tokens) {
    totalWeight += w;
    if (token.startsWith('c:')) weights.concept += w;
    else if (THAI.test(token)) weights.thai += w;
    else weights.latin += w;
  }
  const text = `${titles.join(' ')} ${project.description ?? ''}`;
  // Tone marks go too: OCR drops and swaps them (กอ่สร้าง, เท่าเปื่อย) more than any other character.
  const thaiWhat = titleCues.map((c) => c.rest.replace(/[^\u0E01-\u0E59]+|[\u0E48-\u0E4B]/g, '')).join(' ');
  const keys = [...tokens.keys()];
  const things = conceptSet(keys.filter((k) => THINGS.has(k) || EQUIPMENT.has(k)));
  return {
    project,
    tokens,
    words,
    totalWeight,
    weights,
    readsThai: THAI.test(text),
    readsLatin: /[A-Za-z]/.test(text),
    cues: mergeCues([...titleCues, ...descCues]),
    thaiWhat,
    things,
    heads: conceptSet([...heads]),
    facets: facets.size === 0 ? NO_FACETS : facets,
    sites: conceptSet([...titleSites, ...titleCues.flatMap((c) => c.sites)].filter((t) => !heads.has(t))),
    topics: conceptSet(keys.filter((k) => TOPICS.has(k))),
    equipmentOnly: keys.includes('c:purchase') && [...things].some((k) => EQUIPMENT.has(k)),
    start: toDay(project.startDate),
    end: toDay(project.endDate ?? project.startDate),
  };
}

/**
 * The weight of `f`'s what-tokens that `other` could share: concepts always, unknown words only
 * when `other` has text in their script (a Thai title and an English one share no plain word).
 */
export function weighingAgainst(f: Pick<ProjectFeatures, 'weights'>, other: Pick<ProjectFeatures, 'readsThai' | 'readsLatin'>): number {
  return f.weights.concept + (other.readsThai ? f.weights.thai : 0) + (other.readsLatin ? f.weights.latin : 0);
}

export function gramsOf(f: ProjectFeatures): Set<string> {
  f.grams ??= trigrams(f.thaiWhat);
  return f.grams;
}

/** The words as written that produced `token` in this project. */
export function surfacesOf(f: ProjectFeatures, token: string): string[] {
  return [...new Set(f.words.filter((w) => w.token === token).map((w) => w.surface))];
}
