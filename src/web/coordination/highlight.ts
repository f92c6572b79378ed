/**
 * Where the words two projects share occur in a title, as [start, end) ranges: longest words win
 * where they overlap ("ความปลอดภัยทางถนน" over "ถนน"), matching ignores case (English).
 */
export function highlightRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const taken = new Array<boolean>(text.length).fill(false);
  const ranges: Array<[number, number]> = [];
  const sorted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 1))].sort((a, b) => b.length - a.length);
  for (const word of sorted) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      ranges.push([at, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The title cut into plain and shared pieces, in order. */
export function highlightPieces(text: string, words: readonly string[]): Array<{ text: string; shared: boolean }> {
  const pieces: Array<{ text: string; shared: boolean }> = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, words)) {
    if (start > at) pieces.push({ text: text.slice(at, start), shared: false });
    pieces.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), shared: false });
  return pieces;
}
