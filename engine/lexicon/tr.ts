/**
 * Turkish lexicon. Proper nouns take their case endings after an apostrophe ("İran'ın",
 * "Rusya'ya"), which the tokenizer already splits off; other words are stems and `suffixes`
 * strip one agglutinated ending (plural + case, possessive, tense, participle) in both
 * vowel-harmony variants: "füzeleri" -> "füze", "gönderdi" -> "gönder", "yalanladı" -> "yalanla",
 * "sağlayan" -> "sağla". "İ" lower-cases to "i" plus a combining dot, so forms are written with
 * the capital, and words a sentence may start with have both spellings ("İki ülke", "iki ülke").
 * Left out: "Şahid" and "Muhacir" (also "witness", "emigrant": "Şahed", "Mohajer" are the
 * drones' usual spellings); "Reisi", "Ruhani", "Zarif" (also "chief", "spiritual", "elegant"),
 * which with a first name would open the page gate on "İbrahim", "Hasan", "Cevat"; and "Kudüs
 * Gücü" (Quds Force), which would open it on "Kudüs" (Jerusalem).
 */
import {
  ABET,
  ADJ,
  CIVIL,
  DRONE,
  FROM,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  REF,
  RUSSIA,
  RUS_ARMS,
  SIDES,
  SOLEIMANI,
  STATES,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
  TO,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Turkish lexicon. */
export const TR: Lexicon = {
  lang: 'tr',
  suffixes:
    'larını>;lerini>;larına>;lerine>;larla>;lerle>;ların>;lerin>;ları>;leri>;lara>;lere>;lar>;' +
    'ler>;at>;atı>;çi>;çisi>;u>;da>;de>;ta>;te>;ından>;inden>;ında>;inde>;ını>;ini>;ına>;ine>;ıyla>;iyle>;ın>;in>;ı>;i>;a>;e>;sını>;' +
    'sini>;sı>;si>;nın>;nin>;ni>;nde>;ya>;ye>;yla>;yle>;ği>k;ğini>k;ğı>;dığı>;diği>;tığı>;tiği>;' +
    'ladı>;ledi>;lıyor>;liyor>;lama>;leme>;ıyor>;iyor>;ecek>;acak>;ilen>;ildi>;mesi>;ması>;' +
    'mek>;dı>;di>;du>;dü>;tı>;ti>;tu>;tü>;en>;an>;yan>;yen>;la>;le>',
  terms: [
    // Iran's terms go into the always-on page gate: of its officials, only today's.
    [IRAN, 'İran;Tahran;İranlı;hamaney|ayetullah;pezeşkiyan;arakçi;laricani;hacızade'],
    [IRAN | SOLEIMANI, 'Süleymani'],
    [RUSSIA, 'rusya;moskova;şoygu;tataristan'],
    [RUSSIA | ADJ, 'rus'],
    // "Şahid" (witness) is a drone only with its number or a drone word, as Arabic "شاهد".
    [MODEL | DRONE, 'şahed;şahid 136|şahid 131|şahid tipi|şahid iha|şahid İHA'],
    [DRONE, 'İHA|iha;SİHA|siha;insansız|İnsansız;dron;dolanan mühimmat'],
    [WEAPON, 'silah;füze;mühimmat;cephane;mermi;topçu;roket;teçhizat'],
    [WEAPON | TRANSFER, 'eğitmen'],
    // Shields: weapons that are not arms for Russia's war.
    [0, 'nükleer silah;silah kontrolü'],
    // Arming a party: "silahlandırıyor", "silahlandırdı", "silahlandırmaya devam" (the verb last,
    // after its object, as for the other handing-over words: no `GIVE`).
    [WEAPON | TRANSFER, 'silahlandır|silahlandırma|silahlandırmay'],
    [RUS_ARMS, 'savaş uçağ|savaş uçak'],
    // A supplier (FROM marks the giver's noun) serves its owner: "Tahran'ın silah tedarikçisi".
    [TRANSFER | FROM, 'tedarikçi|tedarikçisi|tedarikçileri|tedarikçisiydi'],
    // The verb comes last in Turkish, after its recipient: no handing-over role (GIVE).
    [
      TRANSFER,
      'tedarik;teslim|teslimat;sevkiyat|sevk;gönder;transfer;' +
        'satış|sattı|satın|satıyor|satma|sattığ|satacak;kaçakçılı;alım;ithal|ithalat;' +
        'fabrika;üretim|üret;imal|imalat;montaj;eğitim|eğit;danışman;kargo',
    ],
    // "Sağlamak" also means "to ensure": one sentence only.
    [
      HELP,
      'işbirliği|İşbirliği;destek;sağla;ittifak;müttefik;ortaklı|ortaklık;anlaşma;sözleşme;' +
        'mutabakat;tesis;lisans;teknoloji;ödeme|öde;altın;nakit;yardım;ihracat;' +
        'yalan;reddet|redded;inkar|inkâr;yaptırım;suçla|suçlama;iddia|İddia;kanıt|delil',
    ],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'suriye;suriyeli;tartus;hmeymim;lazkiye;hizbullah'],
    [
      SYRIA | SYRIA_WAR,
      'esad|esed;şam;halep;İdlib;palmira;deyrizor;' +
        'suriye iç savaş|suriye savaş|suriye deki savaş|suriye çatışma|suriye kriz;' +
        'suriye rejim|suriye hükümet;gerginliği azaltma bölge|çatışmasızlık bölge',
    ],
    [SYRIA_STRONG | SYRIA, 'astana süreci|astana formatı|astana görüşme|astana barış'],
    [VISIT, 'ziyaret;görüş|görüşme;seyahat;uçtu'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'iki ülke|İki ülke|iki müttefik|İki müttefik|iki başkent|üç ülke|üç garantör|' +
        'bu ittifak|bu ortaklı|bu ortaklık',
    ],
    [REF | ABET, 'suç ortak|suç ortağ|suç ortaklı'],
    [
      UKRAINE,
      'ukrayna;ukraynalı;harkov;zaporijya;herson;mikolayiv;sumi;kırım;zelenskiy|zelenski;' +
        'kliçko;sibiga',
    ],
    [THEATRE, 'İsrail;husi;kızıldeniz|kızıl deniz;gazze;etiyopya;hızlı destek'],
    [STATES, 'kuzey kore;beyaz rusya;çin|pekin;küba'],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'futbol;güreş;maç;spor;şampiyona;turnuva;olimpiyat;madalya;voleybol|basketbol;' +
        'dünya kupa;mutfak;turist|turizm;deprem',
    ],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moskova İran'ın insansız hava araçlarına bağımlı".
    [HELP | TO, 'bağımlı;bağımlılık;bağımlılığı'],
    [HELP, 'edin;sipariş'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'tasarım|tasarla'],
    [GOODS, 'hava arac|hava araç'],
    [CIVIL, 'ticaret;yolcu;buğday'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [SIDES, 'hiçbir taraf'],
    [
      SIDES | HELP,
      'savaşta tarafsız|savaşında tarafsız|çatışmada tarafsız|savaşta tarafsızlık|savaşında tarafsızlık',
    ],
  ],
};
