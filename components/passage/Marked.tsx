import { markMatches } from '../../lib/format/mark';

/** Props of {@link Marked}. */
export interface MarkedProps {
  text: string;
  /** Words to wrap in `<mark>`; whole words, case-insensitive. */
  words?: readonly string[];
}

/**
 * Text with the given words wrapped in `<mark>`. Built from segments, so page or corpus text
 * is only ever rendered as text, never parsed as markup.
 */
export function Marked({ text, words = [] }: MarkedProps) {
  return (
    <>
      {markMatches(text, words).map((s, i) =>
        s.marked ? (
          <mark key={i} class="fc-mark">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
