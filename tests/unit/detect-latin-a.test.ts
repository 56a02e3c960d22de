import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { compileLexicons, lookupWord } from '../../engine/lexicon/compile';
import { classifyMatters } from '../../engine/matters/classify';
import { EN } from '../../engine/lexicon/en';
import { ET } from '../../engine/lexicon/et';
import { PL } from '../../engine/lexicon/pl';
import { SK } from '../../engine/lexicon/sk';

/** [language, text, expected topics]: positives, then hard negatives, per language. */
const CASES: [string, string, string[]][] = [
  [
    'it',
    "L'Iran ha fornito alla Russia centinaia di droni Shahed per colpire l'Ucraina.",
    ['drones'],
  ],
  ['it', 'Mosca lancia ogni notte droni iraniani contro Kharkiv.', ['drones']],
  ['it', 'Teheran nega di aver venduto armi a Mosca per la guerra.', ['drones']],
  [
    'it',
    "Secondo Washington, istruttori iraniani addestrano i soldati russi all'uso dei droni.",
    ['drones'],
  ],
  ['it', 'Russia e Iran hanno salvato il regime di Assad nella guerra civile in Siria.', ['syria']],
  [
    'it',
    'Mosca e Teheran, garanti del processo di Astana, discutono del futuro di Damasco.',
    ['syria'],
  ],
  ['it', 'Droni ucraini hanno colpito una raffineria russa nella regione di Rjazan.', []],
  ['it', 'Gli Huthi hanno lanciato droni iraniani contro Israele.', []],
  ['it', 'Russia e Iran firmano un accordo sulle forniture di gas.', []],
  ['it', 'La nazionale iraniana ha battuto la Russia nel torneo di calcio.', []],
  ['pl', 'Iran dostarczył Rosji setki dronów Shahed.', ['drones']],
  ['pl', 'Rosja używa irańskich dronów do ataków na Kijów.', ['drones']],
  ['pl', 'Teheran zaprzecza, że sprzedaje broń Moskwie.', ['drones']],
  ['pl', 'Rosjanie kupili od Iranu drony i amunicję.', ['drones']],
  ['pl', 'Rosja i Iran uratowały reżim Asada w wojnie w Syrii.', ['syria']],
  ['pl', 'Moskwa i Teheran wspierały Baszara al-Asada w syryjskiej wojnie domowej.', ['syria']],
  ['pl', 'Ukraińskie drony zaatakowały rafinerię w Rosji.', []],
  ['pl', 'Huti wystrzelili irańskie drony w stronę Izraela.', []],
  ['pl', 'Rosja i Iran podpisały umowę o dostawach gazu.', []],
  ['pl', 'Reprezentacja Iranu pokonała Rosję w meczu piłkarskim.', []],
  ['sk', 'Irán dodáva Rusku drony Šáhid na útoky proti Ukrajine.', ['drones']],
  ['sk', 'Ruská armáda útočí na Kyjev iránskymi dronmi.', ['drones']],
  ['sk', 'Teherán poprel, že predal Moskve zbrane.', ['drones']],
  ['sk', 'Rusko kúpilo od Iránu stovky bezpilotných lietadiel.', ['drones']],
  ['sk', 'Rusko a Irán zachránili Asadov režim v Sýrii.', ['syria']],
  ['sk', 'Moskva a Teherán podporovali Asada v sýrskej občianskej vojne.', ['syria']],
  ['sk', 'Ukrajinské drony zasiahli ruskú rafinériu.', []],
  ['sk', 'Húsíovia vypálili iránske drony na Izrael.', []],
  ['sk', 'Rusko a Irán podpísali dohodu o dodávkach plynu.', []],
  ['sk', 'Irán porazil Rusko vo futbalovom zápase.', []],
  ['et', 'Iraan tarnis Venemaale sadu Shahedi droone.', ['drones']],
  ['et', 'Venemaa ründab Kiievit Iraani droonidega.', ['drones']],
  ['et', 'Teheran eitab, et müüs Moskvale relvi.', ['drones']],
  ['et', 'Venemaa ostis Iraanilt droone ja rakette.', ['drones']],
  ['et', 'Venemaa ja Iraan päästsid Süüria sõjas Assadi režiimi.', ['syria']],
  ['et', 'Moskva ja Teheran toetasid Süürias Bashar al-Assadi valitsust.', ['syria']],
  ['et', 'Ukraina droonid tabasid Vene naftatöötlemistehast.', []],
  ['et', 'Huthid saatsid Iraani droone Iisraeli suunas.', []],
  ['et', 'Venemaa ja Iraan sõlmisid gaasitarnete lepingu.', []],
  ['et', 'Iraan alistas Venemaa maadluse turniiril.', []],
  ['it', "La Russia ha venduto armi all'Iran.", []],
  ['it', 'Soleimani volò a Mosca nel luglio 2015 per convincere Putin a intervenire.', ['syria']],
  ['it', 'Israele ha colpito obiettivi iraniani in Siria.', []],
  ['pl', 'Fabryka w Ałabudze produkuje drony.', ['drones']],
  ['pl', 'Rosja dostarczyła Iranowi broń.', []],
  ['pl', 'Rosja, Iran i Turcja, gwaranci procesu astańskiego, spotkali się w Soczi.', ['syria']],
  ['sk', 'Rusko používa drony z Iránu.', ['drones']],
  ['sk', 'Rusko predalo Iránu stíhačky a zbrane.', []],
  ['sk', 'Irán a Rusko rokovali v rámci astanského procesu.', ['syria']],
  ['et', 'Venemaa kasutab Ukraina vastu Iraani droone.', ['drones']],
  ['et', 'Venemaa müüs Iraanile relvi.', []],
  ['et', 'Venemaa ja Iraan arutasid Astana protsessis Süüria tulevikku.', ['syria']],
];

describe('Italian, Polish, Slovak and Estonian detection (default lexicons)', () => {
  for (const [lang, text, topics] of CASES) {
    it(`${lang}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
    });
  }

  it('needs the language lexicon for inflected forms', () => {
    expect(detectTopics('Iran dostarczył Rosji setki dronów Shahed.', { lexicons: [EN] })).toEqual(
      [],
    );
    expect(
      detectTopics('Rusko a Irán zachránili Asadov režim v Sýrii.', { lexicons: [EN] }),
    ).toEqual([]);
  });

  it('reads case, gender and verb endings through suffix rules', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    expect(lookupWord(m, 'iraniani')?.term).toBe('iraniano');
    expect(lookupWord(m, 'forniti')?.term).toBe('fornit');
    expect(lookupWord(m, 'irańskiego')?.term).toBe('irańsk');
    expect(lookupWord(m, 'dostarczyła')?.term).toBe('dostarcz');
    expect(lookupWord(m, 'iránskych')?.term).toBe('iránsk');
    expect(lookupWord(m, 'dodávajú')?.term).toBe('dodáva');
    expect(lookupWord(m, 'iraanilt')?.term).toBe('iraan');
    expect(lookupWord(m, 'venemaale')?.term).toBe('venemaa');
    expect(lookupWord(m, 'droonidega')?.term).toBe('droon');
  });

  it('keeps each lexicon within the English lexicon’s size (its coverage is the bar)', () => {
    const size = (lex: typeof EN) => lex.terms.reduce((n, [, s]) => n + s.length, 0);
    for (const lex of [PL, SK, ET]) expect(size(lex)).toBeLessThanOrEqual(size(EN));
  });

  it('names the matter through the cue lexicons', () => {
    const top = (text: string, topic: 'drones' | 'syria') =>
      classifyMatters({ text, topics: [topic] })[0]?.id;
    expect(
      top(
        'Nella notte la Russia ha lanciato droni Shahed contro la rete elettrica di Kiev.',
        'drones',
      ),
    ).toBe('D-STRIKES');
    expect(top('Iran zaprzecza, że dostarczył Rosji drony, to propaganda.', 'drones')).toBe(
      'D-DENIAL',
    );
    expect(
      top('Rusko, Irán a Turecko sú garantmi astanského procesu a zón deeskalácie.', 'syria'),
    ).toBe('S-ASTANA');
    expect(top('Venemaa õhurünnakud päästsid Assadi režiimi kokkuvarisemisest.', 'syria')).toBe(
      'S-INTERVENTION-2015',
    );
  });
});
