import type { MentionMatter, RetrievedPassage } from '../../engine/types';

/** Props of {@link MatterSummary}. */
export interface MatterSummaryProps {
  /** The matters recognised in the mention, most specific first. */
  matters: readonly MentionMatter[];
  /** Whether passages were found at all (the notes speak of "the passages below"). */
  hasPassages: boolean;
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/**
 * What the mention is about, why we think so, and, plainly, when the bundled articles have
 * nothing on it: then the passages shown are nearest context, not matches.
 */
export function MatterSummary({ matters, hasPassages }: MatterSummaryProps) {
  const first = matters[0];
  if (!first) {
    return (
      <p class="fc-matter fc-matter--none">
        No specific matter recognised in this sentence.
        {hasPassages && ' The passages below are general context on the topic, not matches.'}
      </p>
    );
  }
  const others = matters.slice(1).filter((m) => m.covered);
  return (
    <div class="fc-matter">
      <p class="fc-matter__about">
        <span class="fc-matter__label">About:</span> {first.label}
        <span class="fc-matter__why">
          {' '}
          (recognised from {quoted(first.cues)}
          {first.from === 'context' ? ' in the text around this sentence' : ''})
        </span>
      </p>
      {!first.covered && (
        <p class="fc-matter__gap" role="note">
          The bundled articles do not cover this.
          {hasPassages &&
            (others.length
              ? ` The passages below are on a related matter (${others.map((m) => m.label).join('; ')}) or general context.`
              : ' The passages below are the nearest context, not matches.')}
        </p>
      )}
    </div>
  );
}

/** The line a passage card carries: which of the mention's matters it is about, or context. */
export function matchLabel(
  result: Pick<RetrievedPassage, 'match' | 'matters'>,
  matters: readonly MentionMatter[],
): string | undefined {
  if (result.match === 'context') return 'Context on the topic, not on this matter';
  if (result.match !== 'matter') return undefined;
  const id = result.matters?.[0];
  const label = matters.find((m) => m.id === id)?.label;
  return label ? `On: ${label}` : 'On this matter';
}
