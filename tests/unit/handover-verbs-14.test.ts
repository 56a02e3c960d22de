/**
 * The verbs of handing over arms in every language with a lexicon (issue #11, session 14):
 * "arm", "supply", "deliver", "hand over", "sell", "send", and the buyer's "receive", "buy",
 * in their inflections (tense, person, participles, the infinitive after "continue to",
 * verbal nouns) and word orders (an adverb between subject and verb, the recipient before or
 * after the object). Iran handing them to Russia is the drones topic; Russia arming Iran runs
 * the wrong way, and "armed forces", "armed groups", "as reported by" or "handed over a letter"
 * are everyday words. Sentences of our own, written before the lexicons were changed.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions, detectTopics } from '../../engine/detect';

const D = ['drones'];
const NONE: string[] = [];

/** Per language: Iran handing arms to Russia (drones), and the same words not about it. */
const MATRIX: Record<string, { gives: string[]; not: string[] }> = {
  ru: {
    gives: [
      'Иран продолжает вооружать Россию.',
      'Тегеран годами вооружал Москву, несмотря на все опровержения.',
      'Тегеран также передал Москве баллистические ракеты.',
      'Иран уже передал России сотни ракет.',
      'Иран вооружает Россию дронами и снарядами.',
      'Россия получила от Ирана баллистические ракеты.',
    ],
    not: [
      'Россия продолжает вооружать Иран.',
      'Москва вооружила Тегеран зенитными комплексами.',
      'Тегеран передал Москве ноту протеста.',
      'Как передал корреспондент из Тегерана, Россия и Иран обсудили цены на нефть.',
      'Вооружённые силы Ирана провели учения, сообщили в Москве.',
    ],
  },
  uk: {
    gives: [
      'Іран і далі озброює Росію.',
      'Тегеран роками озброював Москву.',
      'Тегеран також передав Москві балістичні ракети.',
      'Іран продовжує озброювати Росію дронами.',
      'Росія отримала від Ірану балістичні ракети.',
    ],
    not: [
      'Росія продовжує озброювати Іран.',
      'Москва озброїла Тегеран зенітними комплексами.',
      'Тегеран передав Москві лист президента.',
      'Збройні сили Ірану провели навчання, повідомили в Москві.',
    ],
  },
  fa: {
    gives: [
      'ایران به تسلیح روسیه ادامه می‌دهد.',
      'تهران همچنین موشک‌های بالستیک به مسکو تحویل داد.',
      'ایران موشک‌های بالستیک را به روسیه فرستاده است.',
      'روسیه موشک‌های بالستیک از ایران دریافت کرد.',
      'تهران همچنان به تسلیح مسکو با موشک ادامه می‌دهد.',
    ],
    not: [
      'روسیه به تسلیح ایران ادامه می‌دهد.',
      'نیروهای مسلح ایران در نزدیکی مرز رزمایش برگزار کردند، به گزارش رسانه‌های روسیه.',
      'تهران نامه‌ای از رئیس‌جمهور به مسکو تحویل داد.',
    ],
  },
  ar: {
    gives: [
      'إيران تواصل تسليح روسيا.',
      'طهران سلحت موسكو بالصواريخ الباليستية.',
      'وسلمت طهران موسكو أيضا صواريخ باليستية.',
      'حصلت روسيا على صواريخ باليستية من إيران.',
      'تستمر إيران في تسليح روسيا بالطائرات المسيرة.',
    ],
    not: [
      'روسيا تواصل تسليح إيران.',
      'أجرت القوات المسلحة الإيرانية مناورات قرب الحدود، بحسب وسائل إعلام روسية.',
      'سلمت طهران موسكو رسالة من الرئيس.',
    ],
  },
  fr: {
    gives: [
      'L’Iran continue d’armer la Russie.',
      'Téhéran arme Moscou depuis le début de la guerre.',
      'Téhéran a également livré des missiles balistiques à Moscou.',
      'La Russie a reçu de l’Iran des missiles balistiques.',
      'L’Iran a armé la Russie de drones kamikazes.',
    ],
    not: [
      'La Russie continue d’armer l’Iran.',
      'Des groupes armés ont attaqué un convoi russe près de la frontière iranienne.',
      'Téhéran a remis une lettre du président à Moscou.',
      'Les forces armées iraniennes ont défilé, a rapporté l’agence russe.',
    ],
  },
  de: {
    gives: [
      'Iran bewaffnet Russland weiter.',
      'Teheran hat Moskau bereits mit Raketen bewaffnet.',
      'Teheran hat Moskau auch ballistische Raketen übergeben.',
      'Russland hat von Iran ballistische Raketen erhalten.',
      'Der Iran rüstet Russland mit Drohnen und Munition aus.',
    ],
    not: [
      'Russland bewaffnet den Iran weiter.',
      'Bewaffnete Gruppen griffen einen russischen Konvoi nahe der iranischen Grenze an.',
      'Teheran hat Moskau einen Brief des Präsidenten übergeben.',
    ],
  },
  es: {
    gives: [
      'Irán sigue armando a Rusia.',
      'Teherán arma a Moscú desde el inicio de la guerra.',
      'Teherán también entregó misiles balísticos a Moscú.',
      'Rusia recibió misiles balísticos de Irán.',
      'Irán ha armado a Rusia con drones y proyectiles.',
    ],
    not: [
      'Rusia sigue armando a Irán.',
      'Grupos armados atacaron un convoy ruso cerca de la frontera iraní.',
      'Teherán entregó una carta del presidente a Moscú.',
    ],
  },
  pt: {
    gives: [
      'O Irã continua a armar a Rússia.',
      'Teerã tem armado Moscou com drones e munições.',
      'Teerã também entregou mísseis balísticos a Moscou.',
      'A Rússia recebeu mísseis balísticos do Irã.',
      'O Irão está a armar a Rússia.',
    ],
    not: [
      'A Rússia continua a armar o Irã.',
      'Grupos armados atacaram um comboio russo perto da fronteira iraniana.',
      'Teerã entregou uma carta do presidente a Moscou.',
    ],
  },
  it: {
    gives: [
      'L’Iran continua ad armare la Russia.',
      'Teheran arma Mosca dall’inizio della guerra.',
      'Teheran ha anche consegnato missili balistici a Mosca.',
      'La Russia ha ricevuto missili balistici dall’Iran.',
      'L’Iran ha armato la Russia con droni e munizioni.',
    ],
    not: [
      'La Russia continua ad armare l’Iran.',
      'Gruppi armati hanno attaccato un convoglio russo vicino al confine iraniano.',
      'I carri armati russi sono entrati in Ucraina mentre Putin era atteso a Teheran.',
      'Teheran ha consegnato una lettera del presidente a Mosca.',
    ],
  },
  pl: {
    gives: [
      'Iran nadal zbroi Rosję.',
      'Teheran od miesięcy uzbraja Moskwę.',
      'Teheran przekazał też Moskwie pociski balistyczne.',
      'Rosja otrzymała od Iranu pociski balistyczne.',
      'Iran uzbroił Rosję w drony.',
    ],
    not: [
      'Rosja nadal zbroi Iran.',
      'Uzbrojone grupy zaatakowały rosyjski konwój przy granicy z Iranem.',
      'Teheran przekazał Moskwie list od prezydenta.',
    ],
  },
  nl: {
    gives: [
      'Iran blijft Rusland bewapenen.',
      'Teheran bewapent Moskou al sinds het begin van de oorlog.',
      'Teheran heeft Moskou ook ballistische raketten overhandigd.',
      'Rusland heeft ballistische raketten van Iran ontvangen.',
      'Iran heeft Rusland met drones bewapend.',
    ],
    not: [
      'Rusland blijft Iran bewapenen.',
      'Gewapende groepen vielen een Russisch konvooi aan bij de Iraanse grens.',
      'Teheran heeft Moskou een brief van de president overhandigd.',
    ],
  },
  tr: {
    gives: [
      'İran Rusya’yı silahlandırmaya devam ediyor.',
      'Tahran, Moskova’yı yıllardır silahlandırıyor.',
      'Tahran da Moskova’ya balistik füzeler teslim etti.',
      'Rusya, İran’dan balistik füzeler aldı.',
    ],
    not: [
      'Silahlı gruplar İran sınırı yakınında bir Rus konvoyuna saldırdı.',
      'Tahran, Moskova’ya cumhurbaşkanının mektubunu teslim etti.',
    ],
  },
  he: {
    gives: [
      'איראן ממשיכה לחמש את רוסיה.',
      'טהרן חימשה את מוסקבה בטילים.',
      'טהרן גם העבירה למוסקבה טילים בליסטיים.',
      'רוסיה קיבלה מאיראן טילים בליסטיים.',
    ],
    not: [
      'רוסיה ממשיכה לחמש את איראן.',
      'קבוצות חמושות תקפו שיירה רוסית ליד הגבול האיראני.',
      'טהרן העבירה למוסקבה מכתב מהנשיא.',
    ],
  },
  hi: {
    gives: [
      'ईरान रूस को हथियार देना जारी रखे हुए है।',
      'तेहरान ने मास्को को बैलिस्टिक मिसाइलें भी सौंपीं।',
      'रूस ने ईरान से बैलिस्टिक मिसाइलें खरीदीं।',
      'रूस को ईरान से बैलिस्टिक मिसाइलें मिलीं।',
    ],
    not: [
      'सशस्त्र गुटों ने ईरान की सीमा के पास एक रूसी काफिले पर हमला किया।',
      'तेहरान ने मास्को को राष्ट्रपति का एक पत्र सौंपा।',
    ],
  },
  id: {
    gives: [
      'Iran terus mempersenjatai Rusia.',
      'Teheran juga menyerahkan rudal balistik kepada Moskow.',
      'Rusia menerima rudal balistik dari Iran.',
      'Iran telah mempersenjatai Rusia dengan drone.',
    ],
    not: [
      'Rusia terus mempersenjatai Iran.',
      'Kelompok bersenjata menyerang konvoi Rusia di dekat perbatasan Iran.',
      'Teheran menyerahkan surat presiden kepada Moskow.',
    ],
  },
  bg: {
    gives: [
      'Иран продължава да въоръжава Русия.',
      'Техеран също предаде на Москва балистични ракети.',
      'Русия получи от Иран балистични ракети.',
      'Техеран въоръжи Москва с дронове.',
    ],
    not: [
      'Русия продължава да въоръжава Иран.',
      'Въоръжени групи нападнаха руски конвой край иранската граница.',
      'Техеран предаде на Москва писмо от президента.',
      'Руските ракети удариха Киев, докато Иран мълчи, предаде БТА.',
    ],
  },
  et: {
    gives: [
      'Iraan jätkab Venemaa relvastamist.',
      'Teheran relvastab Moskvat juba sõja algusest.',
      'Teheran on Moskvale ka ballistilisi rakette üle andnud.',
      'Venemaa sai Iraanilt ballistilisi rakette.',
    ],
    not: [
      'Venemaa jätkab Iraani relvastamist.',
      'Relvastatud rühmitused ründasid Vene konvoid Iraani piiri lähedal.',
      'Teheran andis Moskvale üle presidendi kirja.',
    ],
  },
  sk: {
    gives: [
      'Irán naďalej vyzbrojuje Rusko.',
      'Teherán tiež odovzdal Moskve balistické rakety.',
      'Rusko dostalo od Iránu balistické rakety.',
      'Teherán vyzbrojil Moskvu dronmi.',
    ],
    not: [
      'Rusko naďalej vyzbrojuje Irán.',
      'Ozbrojené skupiny zaútočili na ruský konvoj pri iránskej hranici.',
      'Teherán odovzdal Moskve list od prezidenta.',
    ],
  },
};

describe('the verbs of handing over arms, per language', () => {
  for (const [lang, { gives, not }] of Object.entries(MATRIX)) {
    it.each(gives)(`${lang}: Iran hands Russia arms: %s`, (text) => {
      expect(detectTopics(text)).toEqual(D);
    });
    it.each(not)(`${lang}: not Iran arming Russia: %s`, (text) => {
      expect(detectTopics(text)).toEqual(NONE);
    });
  }
});

/** Topics of the mentions in block `block` when the blocks are read as one document. */
const topicsIn = (texts: string[], block: number) => [
  ...new Set(
    detectMentions(
      texts.map((text) => ({ text })),
      { document: true },
    )
      .filter((m) => m.block === block)
      .flatMap((m) => m.topics),
  ),
];

describe('a denial of any delivery, after the transfers were told', () => {
  const cases: [string, string][] = [
    [
      'Teherán entregó misiles balísticos a Moscú, según fuentes occidentales.',
      'Irán niega cualquier entrega desde el inicio de la guerra.',
    ],
    [
      'Téhéran a livré des missiles balistiques à Moscou, selon des sources occidentales.',
      'L’Iran dément toute livraison depuis le début de la guerre.',
    ],
    [
      'Teerã entregou mísseis balísticos a Moscou, segundo fontes ocidentais.',
      'O Irã nega qualquer entrega desde o início da guerra.',
    ],
    [
      'Teheran ha consegnato missili balistici a Mosca, secondo fonti occidentali.',
      'L’Iran nega qualsiasi consegna dall’inizio della guerra.',
    ],
  ];
  it.each(cases)('is about the told transfers: %s / %s', (told, denial) => {
    expect(topicsIn([told, denial], 1)).toEqual(D);
  });
});
