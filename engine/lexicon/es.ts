/**
 * Spanish lexicon: stems, with gender, number and verb endings as rules ("suministrados" ->
 * "suministr", "vendieron" -> "vend", "municiones" -> "munición"). Names spelled as in English
 * (Kremlin, Putin, Idlib, Crimea) are English's; Portuguese shares the spellings it writes
 * alike (Damasco, ucraniano, terremoto).
 */
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
  STATES,
  STRONG,
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

/** The Spanish lexicon. */
export const ES: Lexicon = {
  lang: 'es',
  suffixes:
    's>;es>;o>;a>;os>;as>;e>;en>;an>;ó>;ar>;aron>;ado>;ada>;ados>;adas>;aba>;aban>;ando>;' +
    'er>;ir>;ió>;ieron>;ido>;ida>;idos>;idas>;ía>;ían>;ones>ón',
  terms: [
    // "el cargo" (the post) is no English "cargo".
    [0, 'el cargo|al cargo|del cargo|su cargo|los cargos|sus cargos|altos cargos'],
    [
      IRAN,
      'irán;teherán;república islámica;guardia revolucionaria;fuerza quds;' +
        'jamenei|jameneí|ayatolá',
    ],
    [IRAN | ADJ, 'iraní'],
    [RUSSIA, 'rusia;moscú;shoigú;tartaristán|tatarstán'],
    [RUSSIA | ADJ, 'ruso|rusa'],
    [DRONE, 'drone|dron;no tripulado|no tripulada;merodeador'],
    // Also the flower: alone, a drone only beside Russia or Ukraine.
    [MODEL, 'geranio'],
    [STRONG | DRONE, 'geranio 2'],
    // Ukraine's own drones ("drones ucranianos"): the adjective follows the noun.
    [UKRAINE | ADJ, 'drones ucraniano;ucraniano|ucraniana'],
    [WEAPON, 'arma|armamento;misil;cohete;munición|municion;proyectil;obús|obus;artillería'],
    [WEAPON | TRANSFER, 'instructor'],
    // "asado" is a roast, not Assad ("asada" stays: it is Polish and Slovak for Assad's).
    [0, 'arma nuclear|armas nuclear|control de armas|asado'],
    // Arming a party: "armar", "sigue armando", "ha armado", "armó"; the party right after
    // receives (`GIVE`: "armando a Rusia"). "Arma" stays the noun; "la Armada" (the navy),
    // "grupos armados", "fuerzas armadas" are shields.
    [
      0,
      'armada;grupo armado|grupos armados;conflicto armado;hombre armado|hombres armados;' +
        'brazo armado;fuerza armada|fuerzas armadas',
    ],
    // A tank is a weapon, not arming.
    [WEAPON, 'carro armado|carros armados'],
    [
      WEAPON | TRANSFER | GIVE,
      'armar|arman|armaba|armaban|armando|armado|armó|armaron|armará|armarán|rearmar',
    ],
    [
      TRANSFER | GIVE,
      'suministr;proporcion;entreg;vend|venta;enviar|enviad|envió|enviaron|enví;' +
        'transfer|transfiri|transferencia;contrabando',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'fabricado|fabricados|fabricada|fabricadas'],
    [
      TRANSFER,
      'compr;adquir|adquier|adquisición;recib;fabric|fábrica|fabricación;' +
        'producción|producir|producido|producen;entren|entrenamiento',
    ],
    // Denials (`ANSWER`, as English's): Iran's answer to transfers told before, "niega cualquier entrega".
    [HELP | FROM, 'negó|negado|negar|niega|niegan|negaron;desmient|desmint|desment'],
    [
      HELP,
      'cooperación|coopera|colaboración;apoy|respald;aliad|alianza;acuerdo|contrato;' +
        'pago|pagó|pagado|pagar|paga|oro;' +
        'negó|negado|negar|niega|niegan|rechaz|desmient|desmint|desment;' +
        'sancion|sanción;acus|acusación',
    ],
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'medidas restrictiva'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [WEAPON | HELP | GIVE, 'ayuda militar|apoyo militar|asistencia militar'],
    [HELP | GIVE, 'ayud;export'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moscú depende de los drones iraníes".
    [HELP | TO, 'depende|dependen|dependía|dependían;dependiente;dependencia'],
    [FROM, 'de|por'],
    [TO, 'a|al|hacia'],
    [SYRIA, 'siria;tartús;hezbolá|hizbulá'],
    [SYRIA | ADJ, 'sirio'],
    [
      SYRIA | SYRIA_WAR,
      'asad;damasco;alepo;palmira;zonas de desescalada;' +
        'guerra civil siria|guerra en siria|conflicto sirio|régimen sirio',
    ],
    [SYRIA_STRONG | SYRIA, 'proceso de astaná|proceso de astana|formato de astaná'],
    [ASTANA, 'astaná'],
    [VISIT, 'visit;viaj;reunión|reunió;encuentro'],
    [UKRAINE, 'ucrania;járkov|jarkov;zaporiyia;jersón;leópolis;zelenski'],
    [THEATRE, 'israelí;hutí;hamás;sudán|sudanés;etiopía|etíope'],
    [STATES, 'corea del norte;pekín;bielorrusia'],
    [LEISURE, 'fútbol;deporte;torneo|campeonato;receta;turismo|turista;terremoto|sismo'],
    [REF, 'dos países|ambos países|dos aliados'],
    [REF | ABET, 'complicidad|cómplice'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [HELP, 'consegu|consigu;obten|obtuv|obtien;encargó|encargaron;pedid'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'diseñ'],
    [GOODS, 'aeronave'],
    // "Suicide" qualifying a device or aircraft is a drone; a suicide bomber is not.
    [
      DRONE,
      'aparato suicida|aparatos suicida|aeronave suicida|aeronaves suicida|dron suicida|drones suicida',
    ],
    [CIVIL, 'comercio;pasajer;trigo'],
  ],
};
