import { splitHighlights } from "./split-highlights";

/** The article body as plain text paragraphs; source sentences marked and linked to their questions. */
export function HighlightedText({ text, sentences }: { text: string; sentences: string[] }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 0);
  const seen = new Set<number>();
  return (
    <div className="space-y-4 text-base leading-relaxed">
      {paragraphs.map((paragraph, paragraphIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text never reorder
        <p key={paragraphIndex}>
          {splitHighlights(paragraph, sentences).map((segment, segmentIndex) => {
            if (!("highlight" in segment)) return segment.text;
            const first = !seen.has(segment.highlight);
            seen.add(segment.highlight);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of a fixed text never reorder
              <a key={segmentIndex} href={`#facts-${segment.highlight + 1}`} className="no-underline">
                <mark id={first ? `sentence-${segment.highlight + 1}` : undefined}>
                  {segment.text}
                  <sup className="ml-0.5 text-xs font-semibold text-brand-700">{segment.highlight + 1}</sup>
                </mark>
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
