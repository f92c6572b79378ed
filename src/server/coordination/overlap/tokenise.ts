/**
 * Word tokens for the *what* of a project.
 *
 * Thai has no spaces between words: `Intl.Segmenter('th')` (ICU's dictionary segmenter, in
 * Node 20) splits it. English words get a light stemmer. Then lexicon phrases (matched on token
 * sequences, longest first) become concept tokens `c:<id>` shared by both languages, and stop
 * words and numbers are dropped.
 */
import { CONCEPTS, type Concept } from './lexicon.js';
import { ENGLISH_STOP_WORDS, STEM_PROTECTED, THAI_STOP_WORDS } from './stopwords.js';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI = /[\u0E00-\u0E7F]/;
const LATIN_WORD = /^[a-z][a-z-]*$/;

/** Light English stemmer: plural, -ing, -ed, final e — consistent, not linguistic. */
export function stem(word: string): string {
  if (!LATIN_WORD.test(word) || STEM_PROTECTED.has(word)) return word;
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let cut = false;
  if (w.length > 5 && w.endsWith('ing')) { w = w.slice(0, -3); cut = true; }
  else if (w.length > 4 && w.endsWith('ed')) { w = w.slice(0, -2); cut = true; }
  if (cut && /([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Word {
  /** Lower-cased, English stemmed: what is compared. */
  word: string;
  /** As written (lower-cased): what the UI highlights. */
  raw: string;
}

/** Segmentation into word-like segments; English stemmed. */
export function segment(text: string): Word[] {
  const words: Word[] = [];
  for (const part of segmenter.segment(text.toLowerCase())) {
    if (!part.isWordLike) continue;
    // Split Latin–digit glue ("km8") that the segmenter keeps as one word.
    for (const piece of part.segment.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)) {
      words.push({ word: THAI.test(piece) ? piece : stem(piece), raw: piece });
    }
  }
  return words;
}

export function segmentWords(text: string): string[] {
  return segment(text).map((w) => w.word);
}

interface PhraseTable {
  byKey: Map<string, Concept>;
  maxLength: number;
}

function buildPhraseTable(): PhraseTable {
  const byKey = new Map<string, Concept>();
  let maxLength = 1;
  for (const concept of CONCEPTS) {
    for (const term of [...concept.th, ...concept.en]) {
      const words = segmentWords(term);
      if (words.length === 0) continue;
      const key = words.join(' ');
      if (!byKey.has(key)) byKey.set(key, concept);
      maxLength = Math.max(maxLength, words.length);
    }
  }
  return { byKey, maxLength };
}

const PHRASES = buildPhraseTable();
export const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function isStopWord(word: string): boolean {
  if (/^\d/.test(word)) return true;
  if (THAI.test(word)) return THAI_STOP_WORDS.has(word) || word.length < 2;
  return ENGLISH_STOP_WORDS.has(word) || word.length < 2;
}

export interface Token {
  /** `c:<concept>` or a content word. */
  token: string;
  /** The words as written, for highlighting. */
  surface: string;
}

function joinRaw(words: Word[]): string {
  return words.map((w) => w.raw).join(words.some((w) => !THAI.test(w.raw)) ? ' ' : '');
}

/** Words → concept tokens (`c:id`, longest phrase first) and leftover content words. */
export function conceptTokens(words: Word[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(PHRASES.maxLength, words.length - i); n >= 1; n--) {
      const key = n === 1 ? words[i].word : words.slice(i, i + n).map((w) => w.word).join(' ');
      const concept = PHRASES.byKey.get(key);
      if (concept) {
        out.push({ token: `c:${concept.id}`, surface: joinRaw(words.slice(i, i + n)) });
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    if (!isStopWord(words[i].word)) out.push({ token: words[i].word, surface: words[i].raw });
    i += 1;
  }
  return out;
}

/** Text (already normalised, places and cues cut out) → what-tokens with their surfaces. */
export function tokenise(text: string): Token[] {
  return conceptTokens(segment(text));
}

/** Weight of a token: the concept's weight, or 1 for a content word the lexicon does not know. */
export function tokenWeight(token: string): number {
  if (token.startsWith('c:')) return CONCEPT_BY_ID.get(token.slice(2))?.weight ?? 1;
  return 1;
}
