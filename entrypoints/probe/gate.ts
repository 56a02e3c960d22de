/**
 * A cheap, linear pre-check run before the detector: a block of text that this gate rejects
 * cannot hold a mention, so the probe never tokenizes it: one native regex test costs a small
 * fraction of running the detector (docs/architecture.md, "Measurements behind the design").
 *
 * Why it is safe: every topic rule needs a term with one of GATE_BITS in its window (Iran, its
 * leaders and forces; Geran/Alabuga; an Iranian drone model; the Astana process). A Russia-only,
 * Ukraine-only or Syria-only text never scores (tests/unit/probe.test.ts checks every role
 * combination against `dronesScore`/`syriaScore`). The gate's words come from the lexicon, so
 * new forms are covered without touching this file.
 *
 * It must accept whatever the tokenizer would normalize into such a term, so it also passes
 * any text with characters the tokenizer removes or folds inside words (soft hyphens and other
 * invisible characters, Cyrillic/Greek look-alikes) and with a hyphen before a line break
 * ("Teh-\nran"). Those texts go to the detector as before.
 */
import type { Lexicon } from '../../engine/lexicon/types';
import { ASTANA, IRAN, MODEL, STRONG, SYRIA_STRONG } from '../../engine/rules/roles';

/** Role bits of which a window needs at least one to score for any topic. */
export const GATE_BITS = IRAN | STRONG | MODEL | SYRIA_STRONG | ASTANA;

/** Greek and Cyrillic letters: the tokenizer folds look-alikes among them into Latin ones. */
const LOOK_ALIKES = /[\u0370-\u04ff]/;

/**
 * A regex that matches every text in which `lexicons` could find a mention. The content
 * script does not call this: it uses the same pattern precomputed at build time
 * (`gate-pattern.generated.ts`, written by `scripts/build-gate.ts`; a unit test keeps the two
 * equal), so a page the gate rejects never reads or decodes a lexicon.
 */
export function topicGate(lexicons: readonly Lexicon[]): RegExp {
  // Every anchor form as the tokenizer would split it (runs of letters, or of digits), without
  // running the tokenizer. Turkish "İ" lower-cases to "i" and a combining dot: the capital, as
  // pages write it, goes in too (the gate matches case-insensitively, but not İ against i).
  const forms: string[][] = [];
  for (const lex of lexicons) {
    for (const [bits, list] of lex.terms) {
      if (!(bits & GATE_BITS)) continue;
      for (const form of list.split(/[;|]/)) {
        for (const v of form.includes('İ') ? [form, form.toLowerCase()] : [form.toLowerCase()]) {
          const tokens = v.match(/[\p{L}\p{M}]+|\d+/gu);
          // Only a phrase's last word is inflected, and rules that replace an ending ("ies>y",
          // "ing>e") leave the word without its final y or e; the gate matches substrings.
          if (tokens) forms.push(tokens.map((t) => t.replace(/[ye]$/, '')));
        }
      }
    }
  }
  // A form is known by its first word ("islamic" of "Islamic Republic"). A phrase matches only
  // where all its words do, so one that holds a gate word after its first needs nothing of its
  // own ("processus d'astana" after "astana process"): common words stay out of the gate.
  // Phrases that hold each other's first words ("qods force", "force qods") are settled in
  // order, so one of them keeps its word.
  const firsts = new Set(forms.map((f) => f[0] ?? ''));
  const words = new Set<string>();
  const later: string[][] = [];
  for (const f of forms) {
    if (f.slice(1).some((t) => firsts.has(t))) later.push(f);
    else if (f[0]) words.add(f[0]);
  }
  for (const f of later) {
    if (!f.slice(1).some((t) => words.has(t)) && f[0]) words.add(f[0]);
  }
  // A word containing another gate word adds nothing ("iranian" after "iran"): look its
  // shorter substrings up, linear in the number of words rather than quadratic.
  const contains = (w: string) => {
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j <= w.length; j++) {
        if (j - i < w.length && words.has(w.slice(i, j))) return true;
      }
    }
    return false;
  };
  // Nor does a Greek or Cyrillic word: any such letter passes (`LOOK_ALIKES`).
  const needed = [...words].filter((w) => !contains(w) && !LOOK_ALIKES.test(w));
  // Words are letters or digits only: nothing to escape.
  return new RegExp(
    `${needed.join('|')}|[\\u00ad\\u200b-\\u200f\\u2060\\ufeff${LOOK_ALIKES.source.slice(1, -1)}]|[-\\u2010\\u2011][ \\t\\r]*\\n`,
    'i',
  );
}
