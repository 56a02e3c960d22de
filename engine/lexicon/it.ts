/**
 * Italian lexicon: stems with gender/number and verb endings as rules ("forniti" -> "fornit",
 * "iraniani" -> "iraniano"); elided articles ("dall'Iran") are separate tokens. Names spelled
 * as in English (Iran, Teheran, Kiev, Assad, Aleppo, Hezbollah) are English's.
 */
import {
  ABET,
  ADJ,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  REF,
  RUSSIA,
  SIDES,
  STATES,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Italian lexicon. */
export const IT: Lexicon = {
  lang: 'it',
  suffixes:
    'i>o;a>o;e>o;o>;a>;i>;e>;he>;ato>;ata>;ati>;ate>;are>;ano>;ono>;ita>;ite>;uto>;uti>;' +
    'ere>;ura>;ure>;amento>;ò>;ito>;iti>;ire>;isce>;iscono>;ente>;enti>',
  terms: [
    [IRAN, 'repubblica islamica;pasdaran|guardiani della rivoluzione;forza quds'],
    [IRAN | ADJ, 'iraniano'],
    [RUSSIA, 'mosca;cremlino'],
    [RUSSIA | ADJ, 'russ'],
    [DRONE, 'dron;senza pilota'],
    // Ukraine's own drones ("droni ucraini"): the adjective follows the noun.
    [UKRAINE | ADJ, 'droni ucrain;ucrain'],
    [WEAPON, 'armi|arma|armament;missil;munizion;proiettil;granat;artiglieria'],
    [WEAPON | TRANSFER, 'istruttor|addestrator'],
    [0, 'armi nuclear|arma nuclear'],
    // Arming a party: "armare", "continua ad armare", "ha armato", "armò"; the party right after
    // receives (`GIVE`: "armare la Russia"). "Arma" stays the noun; "l'armata" (the army),
    // "forze armate", "gruppi armati" are shields.
    [
      0,
      'armata|armate;forza armata|forze armate;gruppo armato|gruppi armati;conflitto armato;' +
        'uomo armato|uomini armati;braccio armato',
    ],
    // A tank is a weapon, not arming.
    [WEAPON, 'carro armato|carri armati'],
    [
      WEAPON | TRANSFER | GIVE,
      'armare|armano|armava|armavano|armando|armato|armò|armerà|armeranno|riarmare',
    ],
    [TRANSFER | GIVE, 'fornit|fornisc|fornir;consegn;vend;invi;trasfer|trasferiment;spedit|spedir'],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'prodott;fabbricat'],
    [TRANSFER, 'acquist|compr|acquisi;ricev;produzion|produc;fabbric|stabiliment;addestr'],
    // Denials (`ANSWER`, as English's): Iran's answer to transfers told before, "nega qualsiasi consegna".
    [HELP | FROM, 'smentit|smentisc;neg'],
    [
      HELP,
      'cooperazion|collaborazion;sostegn|support;alleat|alleanz|partenariat;accord|contratt;' +
        'pagat|pagament|pagò|pagare|oro|contant;smentit|smentisc|neg;sanzion;accus',
    ],
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'misure restrittiv'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [
      WEAPON | HELP | GIVE,
      'aiuto militare|aiuti militari|sostegno militare|supporto militare|assistenza militare',
    ],
    [HELP | GIVE, 'aiut;esport'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Mosca dipende dai droni iraniani".
    [HELP | TO, 'dipende|dipendono|dipendeva|dipendevano;dipendente;dipendenza'],
    [FROM, 'dall|da|dell|di'],
    [TO, 'all|alla|al|a|ad'],
    [SYRIA, 'siria'],
    [SYRIA | ADJ, 'sirian'],
    [SYRIA | SYRIA_WAR, 'damasco;palmira;guerra civile sirian|guerra in siria|regime sirian'],
    [SYRIA_STRONG | SYRIA, 'processo di astana|formato di astana|colloqui di astana'],
    [VISIT, 'visit;volò;incontr;viaggi;recò|recat'],
    [UKRAINE, 'ucraina;leopoli;zaporizhia;donbass'],
    [THEATRE, 'israel;israelian;huthi;sudanes;etiopia|etiop'],
    [STATES, 'corea del nord;cina;pechino;bielorussia'],
    [LEISURE, 'calcio;torne|campionat;ricett;turism|turist;terremot|sisma'],
    [REF, 'due paesi|entrambi i paesi|due alleati'],
    [REF | ABET, 'complice|complici|complicità'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [HELP, 'otten|ottien|ottenn'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'progettat'],
    [GOODS, 'velivol'],
    // "Suicide" qualifying a device or aircraft is a drone; a suicide bomber is not.
    [DRONE, 'velivolo suicid|velivoli suicid|apparecchi suicid|droni suicid|drone suicid'],
    [CIVIL, 'commerci;passegger;grano'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [
      SIDES | HELP,
      'neutrale nel conflitto|neutrale nella guerra|neutralità nel conflitto|neutralità nella guerra',
    ],
  ],
};
