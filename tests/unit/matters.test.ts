import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { buildCorpus, parseHandLabels } from '../../engine/corpus/build';
import { MATTERS, matterById } from '../../engine/matters/catalogue';
import { classifyMatters, conceptsOf } from '../../engine/matters/classify';
import { CONCEPTS } from '../../engine/matters/concepts';
import { CUE_LEXICONS } from '../../engine/matters/cues';
import { createRetriever } from '../../engine/retrieval/retriever';
import { detectMentions } from '../../engine/detect';
import { readSeedInputs } from '../../scripts/cli/corpus-files';

const ids = (text: string, topics: Array<'drones' | 'syria'>, context?: string) =>
  classifyMatters({ text, topics, context }).map((h) => h.id);

describe('the matter catalogue and cue lexicons', () => {
  it('has unique ids, a label and definition each, and rules over known concepts', () => {
    expect(new Set(MATTERS.map((m) => m.id)).size).toBe(MATTERS.length);
    for (const m of MATTERS) {
      expect(m.label.length).toBeGreaterThan(5);
      expect(m.definition.length).toBeGreaterThan(20);
      for (const c of Object.keys(m.cues)) expect(Object.hasOwn(CONCEPTS, c)).toBe(true);
      // Every concept a rule needs also weighs in it, so meeting the need adds to the score.
      for (const group of m.needs) for (const c of group) expect(m.cues).toHaveProperty(c);
    }
  });

  it('lists a cue lexicon for every language, each naming only known concepts', () => {
    expect(CUE_LEXICONS.map((l) => l.lang)).toEqual(
      expect.arrayContaining(['en', 'ru', 'uk', 'fr', 'de', 'es', 'fa', 'ar', 'pt']),
    );
    for (const lex of CUE_LEXICONS) {
      for (const [concepts] of lex.cues) {
        for (const c of typeof concepts === 'string' ? [concepts] : concepts) {
          expect(Object.hasOwn(CONCEPTS, c), `${lex.lang}: ${c}`).toBe(true);
        }
      }
    }
  });
});

describe('classifyMatters', () => {
  it('puts a specific matter before the generic one, however much supply wording there is', () => {
    const found = ids(
      'Officials in Moscow and Tehran rejected claims that Iran had been shipping hundreds of drones and arms deliveries to Russia.',
      ['drones'],
    );
    expect(found[0]).toBe('D-DENIAL');
    expect(found).toContain('D-SUPPLY');
  });

  it('names the specific matter of typical news sentences', () => {
    expect(
      ids('Moscow paid Tehran in cash and handed over captured Western missiles for the drones.', [
        'drones',
      ])[0],
    ).toBe('D-PAYMENT');
    expect(
      ids('Iran’s foreign ministry again denied sending any drones to Russia for the war.', [
        'drones',
      ])[0],
    ).toBe('D-DENIAL');
    expect(
      ids('A wave of Shahed drones slammed into energy infrastructure in Odesa overnight.', [
        'drones',
      ])[0],
    ).toBe('D-STRIKES');
    expect(
      ids('Russia plans to manufacture the Iranian drones itself at a factory in Tatarstan.', [
        'drones',
      ])[0],
    ).toBe('D-ALABUGA');
    expect(
      ids('Suleimani travelled to Moscow that summer and laid out maps of Syria for Putin.', [
        'syria',
      ])[0],
    ).toBe('S-SOLEIMANI-MOSCOW');
    expect(
      ids('Turkey, Russia and Iran met again as guarantors of the Astana ceasefire talks.', [
        'syria',
      ])[0],
    ).toBe('S-ASTANA');
  });

  it('reads inflected forms through the language’s endings', () => {
    const concepts = conceptsOf('Russia has been supplying drones; the supplies were paid for.');
    expect(concepts.get('supply')).toEqual(expect.arrayContaining(['supplying']));
    expect(concepts.get('pay')).toEqual(['paid']);
  });

  it('takes a vague sentence’s matter from the text around it, and says so', () => {
    const context =
      'Israel has struck Iranian positions in Syria dozens of times while Moscow turned a blind eye.';
    const hits = classifyMatters({
      text: 'The pattern is unlikely to change soon, analysts say.',
      context,
      topics: ['syria'],
    });
    expect(hits[0]).toMatchObject({ id: 'S-ISRAEL-STRIKES', from: 'context' });
    // Its own words win over the context's.
    const own = classifyMatters({
      text: 'Russia and Iran also met Turkey in Astana to agree new de-escalation zones.',
      context,
      topics: ['syria'],
    });
    expect(own[0]).toMatchObject({ id: 'S-ASTANA', from: 'sentence' });
  });

  it('keeps to the mention’s topics (and the bridges between them)', () => {
    const text =
      'Israeli jets struck Iranian drone depots in Syria as Shahed drones hit Kyiv’s power grid.';
    for (const id of ids(text, ['syria'])) expect(matterById(id)?.topic).not.toBe('drones');
    for (const id of ids(text, ['drones'])) expect(matterById(id)?.topic).not.toBe('syria');
  });

  it('answers garbage, empty and huge input calmly', () => {
    expect(classifyMatters({ text: '' })).toEqual([]);
    expect(classifyMatters({ text: '%%% \u0000 ((( )))' })).toEqual([]);
    expect(classifyMatters(null as never)).toEqual([]);
    const huge = 'Russia paid cash for Shahed drones that struck Kyiv. '.repeat(50_000);
    expect(classifyMatters({ text: huge, context: huge }).length).toBeGreaterThan(0);
  });
});

describe('corpus passages carry matters', () => {
  it('from the hand labels where a person set them, else from the rules', () => {
    const hand = corpus.passages.filter((p) => p.mattersBy === 'hand');
    expect(hand.length).toBeGreaterThan(0);
    for (const p of corpus.passages) for (const m of p.matters) expect(matterById(m)).toBeDefined();
  });

  it('rejects hand labels naming an unknown matter or passage, or without a reason', () => {
    expect(() =>
      parseHandLabels({ passages: { 's000-p01': { matters: ['D-NOPE'], why: 'x' } } }),
    ).toThrow(/matter ids/);
    expect(() =>
      parseHandLabels({ passages: { 's000-p01': { matters: ['D-PAYMENT'], why: ' ' } } }),
    ).toThrow(/why/);
    expect(() => parseHandLabels([])).toThrow(/passages/);
    const labels = parseHandLabels({ passages: { 's999-p01': { matters: [], why: 'none' } } });
    expect(() => buildCorpus(readSeedInputs(), labels)).toThrow(/no passage s999-p01/);
    // A whole build (detection, matters and stance of every passage): slow on a busy machine.
  }, 60_000);
});

describe('passages for a mention, by matter', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);

  it('puts passages on the mention’s matter first, marked as such', () => {
    const found = retriever.forMention({
      text: 'Russia reportedly flew bags of cash and captured Western weapons to Tehran to pay for the drones.',
      topics: ['drones'],
      terms: ['russia', 'tehran', 'drone'],
    });
    expect(found.matters[0]).toMatchObject({ id: 'D-PAYMENT', covered: true });
    expect(found.passages[0]).toMatchObject({ match: 'matter' });
    expect(found.passages[0]?.passage.matters).toContain('D-PAYMENT');
    // Matches come before context, never after it.
    const kinds = found.passages.map((p) => p.match);
    expect(
      kinds.indexOf('context') === -1 || kinds.lastIndexOf('matter') < kinds.indexOf('context'),
    ).toBe(true);
  });

  it('gives a Soleimani mention the passages of several outlets on that visit', () => {
    const found = retriever.forMention(
      {
        text: 'Qassem Soleimani’s trip to Moscow in 2015 prepared Russia’s entry into the war.',
        topics: ['syria'],
        terms: ['soleimani', 'moscow'],
      },
      3,
    );
    expect(found.matters[0]?.id).toBe('S-SOLEIMANI-MOSCOW');
    const on = found.passages.filter((p) => p.matters?.includes('S-SOLEIMANI-MOSCOW'));
    expect(on.length).toBeGreaterThanOrEqual(2);
    expect(new Set(on.map((p) => p.source.outlet)).size).toBe(on.length);
  });

  it('says when the corpus has nothing on the matter, and shows context of the topic only', () => {
    const found = retriever.forMention({
      text: 'Ukraine stripped the Iranian ambassador of his accreditation and cut the embassy’s staff over the drones.',
      topics: ['drones'],
      terms: ['iran', 'ukraine', 'drone'],
    });
    expect(found.matters[0]).toMatchObject({ id: 'D-UKR-DIPLO', covered: false });
    expect(found.passages.length).toBeGreaterThan(0);
    for (const p of found.passages) {
      expect(p.passage.topics).toContain('drones');
      expect(p.matters).not.toContain('D-UKR-DIPLO');
    }
  });

  it('shows context on the nearest matters first when the corpus has nothing on it', () => {
    const found = retriever.forMention({
      text: 'Russia now builds the Shahed drones itself at the Alabuga plant in Tatarstan.',
      topics: ['drones'],
      terms: ['russia', 'shahed', 'alabuga', 'tatarstan'],
    });
    expect(found.matters[0]).toMatchObject({ id: 'D-ALABUGA', covered: false });
    const near = matterById('D-ALABUGA')?.near ?? [];
    const first = found.passages[0]!;
    // Marked as context (the corpus does not cover Alabuga), yet about a nearby matter.
    expect(first.match).toBe('context');
    expect(first.passage.matters?.some((m) => near.includes(m))).toBe(true);
  });

  it('names only matters of the catalogue as near ones, never the matter itself', () => {
    for (const m of MATTERS) {
      for (const id of m.near ?? []) {
        expect(matterById(id), `${m.id} near ${id}`).toBeDefined();
        expect(id).not.toBe(m.id);
      }
    }
  });

  it('marks every passage as context when no matter is recognised', () => {
    const found = retriever.forMention({ text: 'qwzx vvb', topics: ['syria'], terms: [] }, 3);
    expect(found.matters).toEqual([]);
    for (const p of found.passages) expect(p.match).toBe('context');
  });
});

describe('across languages', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  const top = (text: string, topics: Array<'drones' | 'syria'>) => {
    const m = detectMentions([{ text }])[0];
    const found = retriever.forMention(
      { text, topics: m?.topics ?? topics, terms: m?.terms ?? [] },
      3,
    );
    return { matter: found.matters[0]?.id, ids: found.passages.map((p) => p.passage.id) };
  };

  it('brings a Russian, Persian or Arabic mention to the passages of its English equivalent', () => {
    const english = top(
      'Qassem Soleimani flew to Moscow in July 2015 to persuade Putin to intervene in Syria.',
      ['syria'],
    );
    expect(english.matter).toBe('S-SOLEIMANI-MOSCOW');
    for (const text of [
      'Касем Сулеймани прилетел в Москву в июле 2015 года, чтобы убедить Путина вмешаться в войну в Сирии.',
      'قاسم سلیمانی در تیرماه ۱۳۹۴ به مسکو سفر کرد تا پوتین را به مداخله در سوریه متقاعد کند.',
      'سافر قاسم سليماني إلى موسكو في يوليو 2015 لإقناع بوتين بالتدخل في سوريا.',
    ]) {
      expect(top(text, ['syria'])).toEqual(english);
    }
  });

  it('recognises the same matter in every language with cues', () => {
    const cases: Array<[string, string]> = [
      [
        'Россия расплатилась с Ираном наличными и трофейным западным оружием за беспилотники.',
        'D-PAYMENT',
      ],
      ['Росія заплатила Ірану готівкою та захопленою західною зброєю за дрони.', 'D-PAYMENT'],
      ['روسیه در ازای پهپادها پول نقد و سلاح‌های غربی غنیمتی به ایران داد.', 'D-PAYMENT'],
      ['دفعت روسيا لإيران أموالا نقدا مقابل الطائرات المسيرة.', 'D-PAYMENT'],
      ['Teheran bestreitet weiterhin, Russland Drohnen geliefert zu haben.', 'D-DENIAL'],
      ['Téhéran dément avoir livré des drones à la Russie.', 'D-DENIAL'],
      ['Teherán niega haber enviado drones a Rusia.', 'D-DENIAL'],
      ['Teerã nega ter enviado drones à Rússia.', 'D-DENIAL'],
    ];
    for (const [text, id] of cases) {
      expect(classifyMatters({ text, topics: ['drones'] })[0]?.id, text).toBe(id);
    }
  });
});
