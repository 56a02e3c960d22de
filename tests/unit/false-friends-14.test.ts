/**
 * False friends outside English (issue #11): cue and detection forms are stems read with a
 * language's endings (and, as written, in every language), so a stem can match an unrelated
 * everyday word ("es handelt sich um" is no trade, "Seite" no "seit", Indonesian "negara"
 * (country) no Spanish "negar" (deny)). Each row: a sentence of everyday news that must not
 * yield the concept or detection term, or one with the real form that still must.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { compileLexicons, lookupAt } from '../../engine/lexicon/compile';
import { conceptsOf } from '../../engine/matters/classify';
import { compileCues } from '../../engine/matters/compile-cues';
import { tokenize } from '../../engine/text/tokenize';

const cues = compileCues();
const det = compileLexicons(DEFAULT_LEXICONS);

/** Canonical detection terms (role bits other than 0) in `text`. */
function terms(text: string): string[] {
  const out: string[] = [];
  const { norm, pos } = tokenize(text, det.filter);
  for (let k = 0; k < norm.length; k++) {
    const f = lookupAt(det, norm, pos, k);
    if (!f) continue;
    k += f.length - 1;
    if (f.hit.bits !== 0) out.push(f.hit.term);
  }
  return out;
}

type Row = readonly [lang: string, text: string, concept: string, yes: boolean];

/** [lang, sentence, concept, whether the sentence names it]. */
const CUES: readonly Row[] = [
  // German: "handeln" (act, "es handelt sich um") is not "Handel" (trade).
  ['de', 'Es handelt sich um einen Streit über die Rentenreform.', 'ties_econ', false],
  ['de', 'Damals handelte die Stadt schnell, als das Hochwasser kam.', 'ties_econ', false],
  [
    'de',
    'Der Verein hat sich im Winter bei den Transfers verzockt und falsch gehandelt.',
    'ties_econ',
    false,
  ],
  ['de', 'Der Handel zwischen Moskau und Teheran ist stark gewachsen.', 'ties_econ', true],
  ['de', 'Die Handelsbeziehungen beider Länder wurden ausgebaut.', 'ties_econ', true],
  // "gebilligt" (approved) is not "billig" (cheap).
  ['de', 'Der Landtag hat den Haushalt am Freitag gebilligt.', 'tech', false],
  ['de', 'Die Regierung billigte den Plan für neue Radwege.', 'tech', false],
  ['de', 'Die billigen Drohnen kosten nur wenige tausend Euro.', 'tech', true],
  // "Seite" (side) is not "seit" (since).
  ['de', 'Auf der Seite der Opposition stehen die Grünen.', 'since', false],
  ['de', 'Beide Seiten wollen nach der Wahl weiter verhandeln.', 'since', false],
  ['de', 'Seit dem Sommer liefert Teheran Drohnen.', 'since', true],
  // "vier" (four, German and Dutch) is not English "vie".
  ['de', 'Die vier Parteien einigten sich auf einen Kompromiss.', 'friction', false],
  ['nl', 'De vier ministers kwamen dinsdag bijeen in Den Haag.', 'friction', false],
  ['de', 'Die Rivalität zwischen beiden Mächten wächst.', 'friction', true],
  // "Gaza" is no inflected "gaz" (gas).
  ['de', 'In Gaza fehlt es an Wasser und Medikamenten.', 'ties_econ', false],
  ['id', 'Bantuan kemanusiaan untuk Gaza tertahan di perbatasan.', 'ties_econ', false],
  ['de', 'Russland verkauft Gas nach China.', 'ties_econ', true],
  ['fr', 'La Russie vend son gaz à la Chine.', 'ties_econ', true],
  // French: "porte" (door, carries, "porte-parole") is not "port"; "Paris" is not "pari".
  [
    'fr',
    'Le porte-parole du gouvernement a répondu aux questions des journalistes.',
    'base',
    false,
  ],
  ['fr', 'La ministre porte un projet de loi sur les retraites.', 'base', false],
  ['fr', "La Russie garde l'accès au port de Tartous.", 'base', true],
  ['fr', 'Ce drone a une portée de deux mille kilomètres.', 'tech', true],
  ['fr', 'Le match aura lieu à Paris samedi soir.', 'stakes', false],
  ['fr', 'Pour Moscou, le pari reste risqué.', 'stakes', true],
  // "le pays" (the country) is not English "pays".
  ['fr', 'Le pays a connu une forte croissance cette année.', 'pay', false],
  ['fr', "Les pays de l'Union européenne ont voté le budget.", 'pay', false],
  ['en', 'Russia pays Iran in gold for the drones.', 'pay', true],
  // "rapporte" (reports) is not Italian "rapporto" (relations); "restent" not "Resten".
  ['fr', 'Le journal rapporte que le maire va démissionner.', 'partnership', false],
  ['fr', 'Les prix restent élevés dans les supermarchés.', 'debris', false],
  ['it', 'I rapporti tra Mosca e Teheran si sono rafforzati.', 'partnership', true],
  // Spanish and Italian "cielo" (sky) is not "cieľ" (target, Slovak cue "ciel").
  ['es', 'El cielo estará despejado todo el fin de semana.', 'ties_econ', false],
  ['it', 'Il cielo resterà sereno su Roma fino a domenica.', 'ties_econ', false],
  // "roja/rojo" (red) is not Polish "rój" (swarm).
  ['es', 'La Cruz Roja envió ayuda a los damnificados del Mar Rojo.', 'strike', false],
  ['pl', 'Rój dronów zaatakował miasto w nocy.', 'strike', true],
  // "usan/usar/usate" (use) is not "USA".
  ['es', 'Muchos jóvenes usan el transporte público para ir a clase.', 'us', false],
  ['pt', 'Os motoristas vão usar a nova ponte a partir de segunda.', 'us', false],
  ['it', 'Le auto usate costano di più quest’anno.', 'us', false],
  ['id', 'Usai pertemuan, menteri memberikan keterangan kepada wartawan.', 'us', false],
  ['es', 'Las sanciones de USA contra Irán siguen vigentes.', 'us', true],
  // Italian "lotta" (struggle) is not "lotto" (batch).
  ['it', 'La lotta all’evasione fiscale è una priorità del governo.', 'shipment', false],
  ['it', 'Un nuovo lotto di droni è arrivato in Russia.', 'shipment', true],
  // Italian and Portuguese "porta" (door, "porta-voz") is not "port".
  ['pt', 'O porta-voz do governo falou à imprensa.', 'base', false],
  ['it', 'La porta dello stadio è rimasta chiusa.', 'base', false],
  // Dutch: "geldt" (applies) is not "geld" (money); "bereiken" (reach) not "bereik" (range).
  ['nl', 'Dat geldt ook voor de andere provincies.', 'cash', false],
  ['nl', 'Iran kreeg geld en goud uit Moskou.', 'cash', true],
  ['nl', 'De partijen willen voor de zomer een akkoord bereiken.', 'tech', false],
  ['nl', 'Het bereik van de drone is tweeduizend kilometer.', 'tech', true],
  // Russian "сообщает" (reports) is not "сообща" (jointly).
  ['ru', 'Как сообщает агентство, погода в выходные будет тёплой.', 'backing', false],
  ['ru', 'Об этом сообщается на сайте мэрии.', 'backing', false],
  ['ru', 'Россия и Иран действовали сообща в Сирии.', 'backing', true],
  // The name "Павло/Павла" is not "пав" (fell).
  ['uk', 'Вітаємо Павла з перемогою на турнірі.', 'fall', false],
  ['ru', 'Мэр вручил награду Павла Смирнова.', 'fall', false],
  ['uk', 'Режим Асада впав у грудні.', 'fall', true],
  // Polish "w celu"/"celem" (in order to) is not "cel" (target).
  ['pl', 'Rząd przyjął ustawę w celu obniżenia podatków.', 'strike', false],
  ['pl', 'Celem reformy jest wzrost płac.', 'strike', false],
  ['pl', 'Drony uderzyły w cele wojskowe.', 'strike', true],
  // Slovak "celej" (whole) is not "cel"; "stretne" (meets) not "stret" (clash); "salvy" no
  // Italian "salv-" (save); "technika" (equipment) no "technik" (technician).
  ['sk', 'Po celej krajine bude cez víkend slnečno.', 'strike', false],
  ['sk', 'Prezident sa zajtra stretne s premiérom.', 'friction', false],
  ['sk', 'Stret záujmov medzi Moskvou a Teheránom je zjavný.', 'friction', true],
  ['sk', 'Armáda odpálila salvy rakiet na hranici.', 'rescue', false],
  ['sk', 'Ruská vojenská technika bola presunutá na juh.', 'advisers', false],
  ['sk', 'Iránski technici pomáhali pri montáži.', 'advisers', true],
  // Slovak "popierajú" denies; Polish "popiera" supports.
  ['sk', 'Teherán aj Moskva popierajú, že by išlo o dodávky.', 'backing', false],
  ['sk', 'Teherán aj Moskva popierajú, že by išlo o dodávky.', 'deny', true],
  ['pl', 'Teheran popiera Moskwę w tej wojnie.', 'backing', true],
  // Estonian "selles" (in this) is not English "sell"; "vale" (false) no Dutch "val" (fall).
  ['et', 'Selles küsimuses on valitsus üksmeelel.', 'supply', false],
  ['et', 'Minister ütles, et see väide on vale.', 'fall', false],
  // Indonesian "negara" (country) is not Spanish "negar" (deny); "meninggalkan" (leave) is
  // not "meninggal" (die); "bersamaan" (at the same time) not "bersama" (together).
  ['id', 'Negara itu mencatat pertumbuhan ekonomi yang kuat.', 'deny', false],
  ['id', 'Ia meninggalkan kantor pukul lima sore.', 'civilian', false],
  ['id', 'Dua warga sipil meninggal dalam serangan itu.', 'civilian', true],
  ['id', 'Dua acara itu digelar bersamaan pada hari Sabtu.', 'backing', false],
  // Turkish "talimat" (instruction) is not "talim" (drill); "Celili" (Jalili) not "cel".
  ['tr', 'Vali, okulların kapatılması için talimat verdi.', 'train', false],
  ['tr', 'Bakan talimatı gece yarısı imzaladı.', 'train', false],
  ['tr', 'Bakan Fidan, Celili ile görüştü.', 'strike', false],
  // German "handeln" (act), "Rente" (pension), "plant einen" (plans); French "stade", "retraites",
  // "tirs au but"; Spanish and Portuguese "el/o cargo" (the post); Russian "спорта" (sport).
  ['de', 'Jetzt müssen die Kommunen handeln, sagte der Bürgermeister.', 'ties_econ', false],
  ['de', 'Die Rente soll bis 2040 stabil bleiben.', 'base', false],
  ['de', 'Der Finanzminister plant einen neuen Haushalt.', 'produce', false],
  ['en', 'Iran built a drone plant in Tatarstan.', 'produce', true],
  ['fr', 'Le stade sera plein samedi soir.', 'city', false],
  ['fr', 'La réforme des retraites divise le pays.', 'withdraw', false],
  ['fr', 'Il a pris sa retraite en mai.', 'withdraw', false],
  ['fr', 'Les troupes russes ont battu en retraite.', 'withdraw', true],
  ['fr', 'Lille a gagné aux tirs au but.', 'strike', false],
  ['es', 'Asumió el cargo de presidente en enero.', 'shipment', false],
  ['es', 'Los altos cargos del ministerio dimitieron.', 'shipment', false],
  ['pt', 'O ministro assumiu o cargo ontem.', 'shipment', false],
  ['fr', 'Un cargo iranien a accosté au port.', 'shipment', true],
  ['en', 'Iran sent a cargo of drones to Russia.', 'shipment', true],
  ['ru', 'Министр спорта заявил о новых стадионах.', 'friction', false],
  ['ru', 'Между Москвой и Тегераном возник спор о ценах.', 'friction', true],
  // Hebrew "ביקורת" (criticism), "משלחת" (delegation), "למנוע" (to prevent), "במהירות"
  // (quickly); Arabic "بصورة" (in a manner).
  ['he', 'הממשלה ספגה ביקורת חריפה על התקציב.', 'visit', false],
  ['he', 'הביקור במוסקבה נמשך יומיים.', 'visit', true],
  ['he', 'משלחת ישראלית הגיעה לפריז.', 'supply', false],
  ['he', 'המשטרה פעלה כדי למנוע את ההפגנה.', 'tech', false],
  ['he', 'המנוע של הרחפן תוצרת גרמניה.', 'tech', true],
  ['he', 'המחירים עלו במהירות.', 'tech', false],
  ['ar', 'ارتفعت الأسعار بصورة كبيرة.', 'identify', false],
  ['ar', 'نشرت صورة للحطام.', 'identify', true],
];

/** [lang, sentence, detection term, whether it is found]. */
const TERMS: readonly Row[] = [
  ['de', 'Es handelt sich um einen Streit über die Rentenreform.', 'handel', false],
  ['de', 'Damals handelte die Stadt schnell.', 'handel', false],
  ['nl', 'De termijn is inmiddels verstreken.', 'verstrek', false],
  ['nl', 'Iran heeft drones verstrekt aan Rusland.', 'verstrek', true],
  ['de', 'Der Finanzminister plant einen neuen Haushalt.', 'deal', false],
  ['es', 'Asumió el cargo de presidente en enero.', 'cargo', false],
  ['en', 'The cargo was flown from Tehran to Moscow.', 'cargo', true],
  ['ar', 'أعلنت وزارة الصحة عن حملة تطعيم جديدة.', 'زار', false],
  ['ar', 'وزار بوتين طهران في الصيف.', 'زار', true],
  ['fr', 'Fabrice Dupont, maire de la ville, a inauguré la nouvelle école.', 'fabriqu', false],
  ['id', 'Negara itu mencatat pertumbuhan ekonomi yang kuat.', 'negó', false],
  ['es', 'Teherán negó haber enviado drones a Rusia.', 'negó', true],
  ['de', 'Der Handel mit Waffen blüht.', 'handel', true],
  ['fr', 'Les usines fabriquent des drones.', 'fabriqu', true],
];

describe('false friends outside English: cues', () => {
  it.each(CUES)('%s: %s -> %s %s', (_lang, text, concept, yes) => {
    expect(conceptsOf(text, cues).has(concept as never)).toBe(yes);
  });
});

describe('false friends outside English: detection terms', () => {
  it.each(TERMS)('%s: %s -> %s %s', (_lang, text, term, yes) => {
    expect(terms(text).includes(term)).toBe(yes);
  });
});
