export type TextSegment = { text: string } | { text: string; highlight: number };

/**
 * Cuts `text` into plain runs and highlighted runs, one per sentence found (first occurrence, no overlaps).
 * `highlight` is the sentence's index in `sentences`; sentences not found in the text are skipped.
 */
export function splitHighlights(text: string, sentences: string[]): TextSegment[] {
  const found: { start: number; end: number; index: number }[] = [];
  sentences.forEach((sentence, index) => {
    if (!sentence) return;
    let from = 0;
    while (from <= text.length) {
      const start = text.indexOf(sentence, from);
      if (start < 0) return;
      const end = start + sentence.length;
      if (found.every((range) => end <= range.start || start >= range.end)) {
        found.push({ start, end, index });
        return;
      }
      from = start + 1;
    }
  });
  found.sort((a, b) => a.start - b.start);

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end, index } of found) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), highlight: index });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
