/** Ukrainian lexicon: stems, with the Russian endings plus Ukrainian ones. */
import {
  ABET,
  ADJ,
  ASTANA,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  REF,
  RUSSIA,
  SIDES,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
  TO,
} from '../rules/roles';
import { RU_SUFFIXES } from './ru';
import { CYRILLIC, transliterated } from './script';
import type { Lexicon } from './types';

/** The Ukrainian lexicon. */
export const UK: Lexicon = transliterated(CYRILLIC, {
  lang: 'uk',
  suffixes:
    `${RU_SUFFIXES};Iv>;oU>;oJ>;QU>;IJ>;Ij>;ti>;Utq>;Atq>;av>;iv>;aQ>;uQ>;I>;J>;uQtqsA>;uUtqsA>;ilasA>;ivsA>;ilisA>;` +
    // Present -є, the imperfective -ва-, and passive participles: "продає", "продавати",
    // "поставлені", "продані".
    'Q>;vati>;lenI>;nI>',
  terms: [
    // Stems spelt as in Russian (ракет...) come from the Russian lexicon; the capitals are
    // listed here too for the Ukrainian dative and locative in -і ("Москві", "у Тегерані").
    // Its commanders and ministers by the names the press use (Hajizadeh, Bagheri, Pezeshkian).
    [IRAN, 'Iran;hameneJ;tegeran;gadZizade|hadZizade;bagerI;pezeSkIan;arakCI;raJsI'],
    [IRAN | ADJ, 'Iransqk;proIransqk'],
    // Soleimani in Ukrainian spelling ("Сулеймані"; Russian's "Сулеймани" is in its lexicon), and
    // the IRGC's Ukrainian acronym ("КВІР").
    [IRAN | SOLEIMANI, 'sulejmanI|sulejmanq'],
    [IRAN, 'kvIr'],
    [
      RUSSIA,
      'rosI;putIn;tatarstan;moskv;kreml;Sojgu;lavrov;surovIkIn;gerasimov;bIlousov;peskov;zaharov',
    ],
    // The peoples as actors: "росіяни", "іранці".
    [RUSSIA, 'rosIAn'],
    [IRAN, 'Iranc|Iranec'],
    // The dative names the recipient after a transfer word (`TO`): "постачає Ірану ракети".
    [IRAN | TO, 'Iranu;tegeranu'],
    // Ukrainian alternates г/з before -і: Алабуга, в Алабузі; Єлабуга, в Єлабузі.
    [STRONG | RUSSIA, 'alabug|alabuz;Qlabug|Qlabuz'],
    [RUSSIA | ADJ, 'rosIjsqk'],
    [DRONE, 'bezpIlotnik;kamIkadze;dron'],
    // Also here for Ukrainian endings ("шахедів", "дронів"), which Russian's rules lack.
    [MODEL | DRONE, 'Sahed'],
    // Its colloquial name, also a suicide bomber's ("шахід"): a drone beside Russia or Ukraine.
    [MODEL, 'SahId'],
    // Geran's Ukrainian cases ("Герані", "Гераней"); "герань" alone is also the flower.
    [STRONG | DRONE, 'geranI 2|geranq 2'],
    [MODEL, 'geran'],
    [WEAPON, 'zbroA|zbroJ|zbroU;ozbroQnn;boQpripas'],
    [TRANSFER, 'postaCann;postaCa;peredav;pridba;virobnictv;navCa'],
    // Sending and selling: "надіслав", "надіслали", "відправили", "продав", "продажі".
    [TRANSFER, 'nadIsl|nadIsla|nadsila;vIdprav|vIdpravi|vIdpravlA|vIdpravk;proda|prodav;prodaZ'],
    // Supplying, buying and making in every aspect: "постачав", "поставив", "купує",
    // "закуповує", "купівля", "виробляє", "виготовляє".
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'vigotovlen'],
    [TRANSFER, 'postaC;postav;kupu|kupIvl;zakupov;virob|viroblA;vigotovlA'],
    [WEAPON | TRANSFER, 'Instruktor'],
    // Arming a party: "озброює", "озброював", "озброїла", "озброїти"; the accusative right
    // after the verb receives (`GIVE`: "озброює Росію").
    [WEAPON | TRANSFER | GIVE, 'ozbroU|ozbroUv|ozbroUva|ozbroJ|ozbroJv|ozbroJl'],
    [HELP, 'spIvprac;dopomog;pIdtrimk;zapereC;sankcI;zvinuvaC;rozplaC;rozplat;oplat;zolot;gotIvk'],
    [SYRIA, 'sirI;hezboll'],
    [SYRIA | ADJ, 'sirIjsqk'],
    [
      UKRAINE,
      'ukraJn;kiJv;kiQv;zsu;krim;harkIv;herson;odes;zaporIZZ;dnIpr;mikolaJv;lqvIv|lqvov;poltav;vInnic;' +
        'kliCk;kuleb;sibIg;Qrmak;budanov;Ignat;umQrov;Smigal;sirsqk;zaluZn',
    ],
    [UKRAINE | ADJ, 'ukraJnsqk;kiJvsqk'],
    [THEATRE, 'IzraJl;sudan;efIop'],
    [LEISURE, 'CempIonat;turnIr;zemletrus'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Москва залежить від іранських дронів".
    [HELP | TO, 'zaleZn;zaleZnIst;zaleZit|zaleZatq'],
    [FROM, 'z|Iz'],
    [SYRIA | SYRIA_WAR, 'sirIjsqk vIjn;sirIjsqk konflIkt;vIjn v sirI;operacI v sirI;Idlib'],
    // Flying in and meeting: "прилетів до Москви", "зустрівся з Путіним".
    [
      VISIT,
      'vIzit;zustrIC;priletIv|priletIla|priletIli|prilItav|prilItaQ;' +
        'zustrIvsA|zustrIlasA|zustrIlisA|zustrItisA',
    ],
    [REF, 'obidvI kraJn|dvI kraJn|oboh kraJn|dvoh kraJn'],
    [REF | ABET, 'spIvuCasnik;spIvuCast'],
    [ASTANA, 'astan'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    // "Отримали поранення" (were wounded): "get" only as a buyer's phrase, "in order to get".
    [HELP, 'Wob otrimati|Wob otrima;zamovi|zamovlenn'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'obmeZuvalqnI zahod'],
    [HELP | GOODS, 'rozrobk;konstrukcI'],
    // Devices in the plural ("апарати", "апаратів"); the singular is mostly an office's staff
    // ("керівник апарату Верховної Ради"), the state's apparatus, or a telephone.
    [GOODS, 'lItalqn;aparati|aparatIv|aparatami|aparatah'],
    [0, 'aparat|aparatu|aparatom|aparatI|aparata'],
    [WEAPON | HELP, 'vIjsqkova dopomog|vIjsqkovoJ dopomog|vIjsqkovu dopomog|vIjsqkovIj dopomog'],
    [CIVIL, 'torgIvl;pasaZir|pasaZirsk;pSenic|zerno'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [
      SIDES | HELP,
      'nejtralItet u vIjn|nejtralItet v vIjn|nejtralItet u konflIkt|nejtralqn u vIjn|nejtralqn v vIjn|nejtralqn u konflIkt',
    ],
    // "Long before the war": Russia's war on Ukraine, where Iran's stance is told.
    [SIDES | HELP | UKRAINE, 'zadovgo do vIjn|zadovgo do ukraJnsqk|zadovgo do poCatk vIjn'],
  ],
});
