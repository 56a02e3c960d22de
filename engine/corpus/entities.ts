/**
 * A small curated table of the people, places, organisations and weapons the corpus (and
 * news about its two topics) names, with the spellings found in the wild. Used to tag corpus
 * passages and to pull salient names out of a mention's sentence for retrieval.
 */

/** What kind of thing an entity is. */
export type EntityKind = 'person' | 'place' | 'organisation' | 'weapon' | 'agreement';

/** One canonical entity and the ways texts write it. */
export interface EntityDef {
  /** Canonical display name, e.g. "Qassem Soleimani". */
  name: string;
  kind: EntityKind;
  /** Case-insensitive spellings (matched on word boundaries; a trailing plural "s" is allowed). */
  aliases: readonly string[];
  /** Spellings that only count with this exact case (acronyms, surnames that are also words). */
  exactCase?: readonly string[];
}

/** The entity table. Longer aliases win over shorter ones at the same position. */
export const ENTITIES: readonly EntityDef[] = [
  // People
  {
    name: 'Qassem Soleimani',
    kind: 'person',
    aliases: ['Soleimani', 'Suleimani', 'Soleymani', 'Sulaimani'],
  },
  { name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'] },
  { name: 'Bashar al-Assad', kind: 'person', aliases: ['Assad'] },
  { name: 'Ali Khamenei', kind: 'person', aliases: ['Khamenei'] },
  { name: 'Ebrahim Raisi', kind: 'person', aliases: ['Raisi'] },
  { name: 'Joe Biden', kind: 'person', aliases: ['Biden'] },
  { name: 'Recep Tayyip Erdogan', kind: 'person', aliases: ['Erdogan', 'Erdoğan'] },
  { name: 'Jake Sullivan', kind: 'person', aliases: ['Jake Sullivan'], exactCase: ['Sullivan'] },
  { name: 'Dmitry Peskov', kind: 'person', aliases: ['Peskov'] },
  { name: 'Benjamin Netanyahu', kind: 'person', aliases: ['Netanyahu'] },
  { name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov'] },
  { name: 'Sergei Shoigu', kind: 'person', aliases: ['Shoigu'] },
  { name: 'Hossein Dehghan', kind: 'person', aliases: ['Dehghan'] },
  // s002 garbles Iran's first vice president's name three ways.
  { name: 'Mohammad Mokhber', kind: 'person', aliases: ['Mokhber', 'Mohba', 'Mokbar', 'Movvar'] },
  { name: 'Mikhail Mishustin', kind: 'person', aliases: ['Mishustin'] },
  { name: 'Alexander Dvornikov', kind: 'person', aliases: ['Dvornikov'] },
  { name: 'Sergei Surovikin', kind: 'person', aliases: ['Surovikin'] },
  { name: 'Charles Lister', kind: 'person', aliases: ['Charles Lister'], exactCase: ['Lister'] },
  { name: 'Martin Chulov', kind: 'person', aliases: ['Chulov'] },
  // s002 writes Henry Rome as "Henry Rohm", "Rohm" and "Rome"; bare "Rome" is the city elsewhere.
  { name: 'Henry Rome', kind: 'person', aliases: ['Henry Rome', 'Henry Rohm', 'Rohm'] },
  { name: 'Ray Takeyh', kind: 'person', aliases: ['Takeyh', 'Takei'] },
  { name: 'Mohammed bin Salman', kind: 'person', aliases: ['bin Salman'], exactCase: ['MBS'] },
  { name: 'Donald Trump', kind: 'person', aliases: ['Trump'] },
  { name: 'Barack Obama', kind: 'person', aliases: ['Obama'] },
  { name: 'John Kerry', kind: 'person', aliases: ['John Kerry'], exactCase: ['Kerry'] },
  { name: 'Ibrahim al-Jafari', kind: 'person', aliases: ['al-Jafari', 'Jafari'] },
  { name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy'] },
  // Places
  {
    name: 'Iran',
    kind: 'place',
    aliases: ['Iran', 'Iranian', 'Islamic Republic of Iran', 'Islamic Republic'],
  },
  { name: 'Russia', kind: 'place', aliases: ['Russia', 'Russian', 'Russian Federation'] },
  { name: 'Syria', kind: 'place', aliases: ['Syria', 'Syrian'] },
  { name: 'Ukraine', kind: 'place', aliases: ['Ukraine', 'Ukrainian'] },
  { name: 'Tehran', kind: 'place', aliases: ['Tehran', 'Teheran'] },
  { name: 'Moscow', kind: 'place', aliases: ['Moscow'] },
  { name: 'Damascus', kind: 'place', aliases: ['Damascus'] },
  { name: 'Aleppo', kind: 'place', aliases: ['Aleppo'] },
  { name: 'Idlib', kind: 'place', aliases: ['Idlib'] },
  { name: 'Kyiv', kind: 'place', aliases: ['Kyiv', 'Kiev'] },
  { name: 'Crimea', kind: 'place', aliases: ['Crimea'] },
  { name: 'Belarus', kind: 'place', aliases: ['Belarus'] },
  { name: 'Israel', kind: 'place', aliases: ['Israel', 'Israeli'] },
  { name: 'Saudi Arabia', kind: 'place', aliases: ['Saudi Arabia', 'Saudi'] },
  { name: 'Turkey', kind: 'place', aliases: ['Turkey', 'Turkish', 'Türkiye'] },
  { name: 'Iraq', kind: 'place', aliases: ['Iraq', 'Iraqi'] },
  { name: 'Baghdad', kind: 'place', aliases: ['Baghdad'] },
  { name: 'Tartus', kind: 'place', aliases: ['Tartus'] },
  // s001's "Laktari" is presumably Latakia (home of the Hmeimim air base).
  { name: 'Latakia', kind: 'place', aliases: ['Latakia', 'Laktari', 'Hmeimim', 'Khmeimim'] },
  { name: 'Golan Heights', kind: 'place', aliases: ['Golan Heights', 'Golan'] },
  { name: 'Caspian Sea', kind: 'place', aliases: ['Caspian Sea', 'Caspian'] },
  { name: 'Lebanon', kind: 'place', aliases: ['Lebanon', 'Lebanese'] },
  { name: 'China', kind: 'place', aliases: ['China', 'Chinese'] },
  { name: 'North Korea', kind: 'place', aliases: ['North Korea'] },
  {
    name: 'United States',
    kind: 'place',
    aliases: ['United States', 'United Stated'],
    exactCase: ['US', 'U.S.', 'USA'],
  },
  // Organisations
  { name: 'Quds Force', kind: 'organisation', aliases: ['Quds Force', 'Quds'] },
  {
    name: 'IRGC',
    kind: 'organisation',
    aliases: [
      'Islamic Revolutionary Guard Corps',
      'Revolutionary Guards',
      'Revolutionary Guard',
      'Guardians of the Islamic Revolution',
    ],
    exactCase: ['IRGC'],
  },
  { name: 'Hezbollah', kind: 'organisation', aliases: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  { name: 'Kremlin', kind: 'organisation', aliases: ['Kremlin'] },
  { name: 'NATO', kind: 'organisation', aliases: ['NATO'] },
  {
    name: 'United Nations',
    kind: 'organisation',
    aliases: ['United Nations', 'Security Council'],
    exactCase: ['UN'],
  },
  { name: 'European Union', kind: 'organisation', aliases: ['European Union'], exactCase: ['EU'] },
  { name: 'Gazprom', kind: 'organisation', aliases: ['Gazprom'] },
  { name: 'Astana process', kind: 'organisation', aliases: ['Astana process', 'Astana'] },
  {
    name: 'Islamic State',
    kind: 'organisation',
    aliases: ['Islamic State', 'Daesh'],
    exactCase: ['ISIS', 'ISIL'],
  },
  { name: 'al-Nusra Front', kind: 'organisation', aliases: ['al-Nusra', 'Nusra Front'] },
  { name: 'White Helmets', kind: 'organisation', aliases: ['White Helmets'] },
  { name: 'Wagner Group', kind: 'organisation', aliases: ['Wagner Group'] },
  { name: 'Sky News', kind: 'organisation', aliases: ['Sky News'] },
  { name: 'Reuters', kind: 'organisation', aliases: ['Reuters'] },
  { name: 'Sputnik', kind: 'organisation', aliases: ['Sputnik'] },
  { name: 'Al Jazeera', kind: 'organisation', aliases: ['Al Jazeera'] },
  { name: 'IRNA', kind: 'organisation', aliases: ['IRNA'] },
  // Weapons
  {
    name: 'Shahed-136',
    kind: 'weapon',
    aliases: ['Shahed-136', 'Shahed 136', 'Geran-2', 'Geran 2'],
  },
  {
    name: 'Shahed-131',
    kind: 'weapon',
    aliases: ['Shahed-131', 'Shahed 131', 'Geran-1', 'Geran 1'],
  },
  { name: 'Shahed drones', kind: 'weapon', aliases: ['Shahed', 'Shaheds', 'Geran'] },
  { name: 'Mohajer-6', kind: 'weapon', aliases: ['Mohajer-6', 'Mohajer 6', 'Mohajer'] },
  {
    name: 'Drones',
    kind: 'weapon',
    aliases: ['drone', 'UAV', 'unmanned aerial vehicle', 'unmanned aerial', 'kamikaze drone'],
  },
  { name: 'Ballistic missiles', kind: 'weapon', aliases: ['ballistic missile'] },
  { name: 'Missiles', kind: 'weapon', aliases: ['missile'] },
  { name: 'S-300', kind: 'weapon', aliases: ['S-300'] },
  { name: 'S-400', kind: 'weapon', aliases: ['S-400'] },
  { name: 'Su-25', kind: 'weapon', aliases: ['Su-25', 'Frogfoot'] },
  { name: 'Switchblade', kind: 'weapon', aliases: ['Switchblade'] },
  // Agreements
  { name: 'Iran nuclear deal', kind: 'agreement', aliases: ['nuclear deal', 'JCPOA'] },
];

interface AliasHit {
  alias: string;
  entity: EntityDef;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alias → entity, longest alias first so "Shahed-136" wins over "Shahed". */
function aliasTable(exact: boolean): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const entity of ENTITIES) {
    for (const alias of exact ? (entity.exactCase ?? []) : entity.aliases) {
      hits.push({ alias: exact ? alias : alias.toLowerCase(), entity });
    }
  }
  return hits.sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
}

function compile(hits: AliasHit[], flags: string): RegExp {
  // Letters/digits on either side mean the alias is part of a longer word ("Iranian" is an
  // alias itself, so "Iran" inside it never needs to count). A plural "s" is allowed.
  const body = hits.map((h) => escapeRegExp(h.alias)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?:s|es)?(?![\\p{L}\\p{N}])`, `${flags}u`);
}

const FOLDED = aliasTable(false);
const EXACT = aliasTable(true);
const FOLDED_BY_ALIAS = new Map(FOLDED.map((h) => [h.alias, h.entity]));
const EXACT_BY_ALIAS = new Map(EXACT.map((h) => [h.alias, h.entity]));
const FOLDED_RE = compile(FOLDED, 'gi');
const EXACT_RE = compile(EXACT, 'g');

/** One entity occurrence in a text. */
export interface EntityHit {
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
}

function lookup(
  table: Map<string, EntityDef>,
  found: string,
  fold: boolean,
): EntityDef | undefined {
  const key = fold ? found.toLowerCase() : found;
  return (
    table.get(key) ?? table.get(key.replace(/(?:es|s)$/, '')) ?? table.get(key.replace(/s$/, ''))
  );
}

/** All entity occurrences in `text`, in text order (overlaps resolved: earlier, then longer wins). */
export function findEntityHits(text: string): EntityHit[] {
  const raw: EntityHit[] = [];
  for (const [re, table, fold] of [
    [FOLDED_RE, FOLDED_BY_ALIAS, true],
    [EXACT_RE, EXACT_BY_ALIAS, false],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const entity = lookup(table, m[0], fold);
      if (!entity) continue;
      const start = m.index ?? 0;
      raw.push({ name: entity.name, kind: entity.kind, start, end: start + m[0].length });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityHit[] = [];
  let lastEnd = -1;
  for (const hit of raw) {
    if (hit.start < lastEnd) continue;
    out.push(hit);
    lastEnd = hit.end;
  }
  return out;
}

/** Canonical names of the entities `text` names, in order of first occurrence, no repeats. */
export function findEntities(text: string): string[] {
  return [...new Set(findEntityHits(text).map((h) => h.name))];
}

/** The kind of a canonical entity name, or undefined for unknown names. */
export function entityKind(name: string): EntityKind | undefined {
  return ENTITIES.find((e) => e.name === name)?.kind;
}

/**
 * The detectors' canonical terms in other languages (`Mention.terms`, the first form of a
 * lexicon row) that name an entity of the table: so a Russian or Persian mention counts the
 * same names as its English equivalent when passages are ranked. Keys are lower case.
 */
const TERMS_BY_ENTITY: Readonly<Record<string, string>> = {
  Iran: 'иран іран иранск іранськ ایران ایرانی إيران إيراني irán iraní irã iraniano iranien iranisch',
  Tehran: 'тегеран تهران طهران téhéran teherán teerã',
  Russia:
    'росси росі российск російськ рф روسیه روس روسيا روسي russie russe russland russisch rusia ruso rússia russo',
  Moscow: 'москв مسکو موسكو moscou moscú',
  Kremlin: 'кремл کرملین كرملين',
  'Vladimir Putin': 'путин путін پوتین بوتين poutine',
  'Qassem Soleimani': 'сулеймани سلیمانی سليماني',
  Syria:
    'сири сирі сирийск сирійськ سوریه سوری سوريا سوري syrie syrien syrisch siria sirio síria sírio',
  'Bashar al-Assad': 'асад اسد الأسد asad',
  Damascus: 'дамаск دمشق',
  Aleppo: 'алеппо حلب alep',
  Idlib: 'идлиб',
  Tartus: 'тартус',
  Latakia: 'хмеймим',
  Ukraine:
    'украин україн украинск українськ اوکراین أوكرانيا أوكراني ukrainien ukrainisch ucrania ucraniano ucrânia',
  Kyiv: 'киев київ києв كييف kiew',
  Israel: 'израил ізраїл اسرائیل إسرائيل israël israelí israelense',
  'Ali Khamenei': 'хаменеи хаменеї خامنهای خامنئي',
  'Ebrahim Raisi': 'раиси',
  IRGC: 'ксир سپاه',
  Drones: 'дрон беспилотник бпла безпілотник پهپاد مسيرة درون drohne',
  'Shahed drones': 'шахед شاهد геран',
  Missiles: 'ракет موشک صواريخ misil míssil',
};

const ENTITY_BY_TERM: ReadonlyMap<string, string> = new Map(
  Object.entries(TERMS_BY_ENTITY).flatMap(([name, terms]) =>
    terms.split(' ').map((t) => [t, name] as const),
  ),
);

/** Entities named by detector terms of any language (unknown terms are ignored). */
export function entitiesOfTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    const name = typeof t === 'string' ? ENTITY_BY_TERM.get(t.toLowerCase()) : undefined;
    if (name) out.add(name);
  }
  return [...out];
}
