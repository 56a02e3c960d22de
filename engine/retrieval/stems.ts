/**
 * Words as retrieval compares them, the same for the index and the query: a light stemmer
 * (possessive and plural endings only) and the content words of a text (stopwords dropped).
 */

const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also although am among an and any are as at be ' +
    'because been before being below between both but by can could did do does doing down ' +
    'during each even ever every few for from further had has have having he her here hers ' +
    'him his how however i if in into is it its itself just last least less like made make ' +
    'many may me might more most much must my near new no nor not now of off on once one ' +
    'only or other our ours out over own per said same say says she should since so some ' +
    'still such than that the their theirs them then there these they this those though ' +
    'through thus to too two under until up upon us very via was we were what when where ' +
    'whether which while who whom whose why will with within without would year years yet ' +
    'you your according amid told reported report reports week month today yesterday'
  ).split(' '),
);

/** A word: letters and digits, with an apostrophe ending ("Iran's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Light stemmer shared by index and query: possessive and plural endings only. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    return w.slice(0, -1);
  }
  return w;
}

/** The stems of a text's content words, in text order: no stopwords, none under 3 letters. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = stem(m[0]);
    if (s.length >= 3 && !STOPWORDS.has(s) && !STOPWORDS.has(m[0].toLowerCase())) out.push(s);
  }
  return out;
}
