import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPieces, highlightRanges } from './highlight';

describe('shared-word highlighting', () => {
  it('marks the longest shared words, in Thai and English, ignoring case', () => {
    const title = 'โครงการรณรงค์ความปลอดภัยทางถนน Road Safety campaign';
    const pieces = highlightPieces(title, ['ถนน', 'ความปลอดภัยทางถนน', 'road safety', 'รณรงค์']);
    expect(pieces.filter((p) => p.shared).map((p) => p.text)).toEqual(['รณรงค์', 'ความปลอดภัยทางถนน', 'Road Safety']);
    expect(pieces.map((p) => p.text).join('')).toBe(title);
  });

  it('leaves a title without shared words whole', () => {
    expect(highlightPieces('Village sports day', ['campaign'])).toEqual([{ text: 'Village sports day', shared: false }]);
  });

  it('never overlaps ranges, keeps the text, and marks only occurrences of the words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ก', ' '), maxLength: 30 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'ก'), minLength: 2, maxLength: 3 }), { maxLength: 4 }),
        (text, words) => {
          const ranges = highlightRanges(text, words);
          for (let i = 1; i < ranges.length; i += 1) expect(ranges[i][0]).toBeGreaterThanOrEqual(ranges[i - 1][1]);
          for (const [s, e] of ranges) expect(words.map((w) => w.toLowerCase())).toContain(text.slice(s, e).toLowerCase());
          expect(
            highlightPieces(text, words)
              .map((p) => p.text)
              .join(''),
          ).toBe(text);
          // brute force: every occurrence of the longest word is marked
          const longest = [...words].sort((a, b) => b.length - a.length)[0];
          if (longest && words.every((w) => w.length === longest.length || !longest.includes(w))) {
            const firstAt = text.indexOf(longest);
            if (firstAt !== -1) expect(ranges.some(([s]) => s === firstAt)).toBe(true);
          }
        },
      ),
    );
  });
});
