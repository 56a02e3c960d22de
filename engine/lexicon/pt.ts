/**
 * Portuguese lexicon (Brazil and Portugal): stems, with gender, number and verb endings as
 * rules ("forneceu" -> "fornec", "munições" -> "munição"). Names spelled as in English
 * (Kremlin, Putin, Hezbollah, Kherson) are English's, and those spelled as in Spanish
 * (Damasco, Alepo, ucraniano, arma, terremoto) Spanish's.
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

/** The Portuguese lexicon. */
export const PT: Lexicon = {
  lang: 'pt',
  suffixes:
    's>;es>;o>;a>;os>;as>;e>;em>;ou>;ar>;am>;aram>;ado>;ada>;ados>;adas>;ava>;avam>;ando>;' +
    'er>;eu>;eram>;ido>;ida>;idos>;idas>;ir>;iu>;iram>;ões>ão',
  terms: [
    // "o cargo" (the post) is no English "cargo".
    [0, 'o cargo|do cargo|no cargo|ao cargo|seu cargo|um cargo'],
    [IRAN, 'irã|irão;teerã|teerão;república islâmica;guarda revolucionária;força quds;aiatolá'],
    [IRAN | ADJ, 'iraniano|iraniana'],
    [RUSSIA, 'rússia;moscou|moscovo;tartaristão'],
    [RUSSIA | ADJ, 'russo|russa'],
    [DRONE, 'não tripulado|não tripulada'],
    [WEAPON, 'míssil|mísseis;foguete;munição;projétil|projéteis;artilharia'],
    [WEAPON | TRANSFER, 'instrutor'],
    // "comprido" is long, and "assado" a roast.
    [0, 'controle de armas|controlo de armas|comprido|comprida|assado|assada'],
    // Arming a party: "armar", "continua a armar", "tem armado", "armou"; the party right after
    // receives (`GIVE`: "armar a Rússia"). "Grupos armados", "forças armadas" are shields.
    [
      0,
      'grupo armado|grupos armados;conflito armado;homem armado|homens armados;braço armado;' +
        'força armada|forças armadas',
    ],
    [
      WEAPON | TRANSFER | GIVE,
      'armar|armam|armava|armavam|armando|armado|armou|armaram|armará|armarão|rearmar',
    ],
    [
      TRANSFER | GIVE,
      'fornec|fornecimento;entreg|entregue;vend|venda;' +
        'enviar|enviou|enviad|envio|enviaram|envia;transfer|transferência',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'fabricado|fabricados|fabricada|fabricadas;produzido|produzidos'],
    [
      TRANSFER,
      'compr;adquir|aquisição;receb;fabric|fábrica|fabricação;produz|produção;' +
        'carregamento|remessa;' +
        'treinamento|treinou|treinad|treinar|treinaram',
    ],
    // Denials (`ANSWER`, as English's): Iran's answer to transfers told before, "nega qualquer entrega".
    [HELP | FROM, 'neg;desment'],
    [
      HELP,
      'cooperação|colaboração;apoi;aliad|aliança|parceria;acordo|contrato;' +
        'pagou|pago|pagar|paga|pagamento|ouro;neg|desment|rejeit;sanção;acus|acusação',
    ],
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'sanções;medidas restritiva'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [WEAPON | HELP | GIVE, 'ajuda militar|apoio militar|assistência militar'],
    [HELP | GIVE, 'ajud;export'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moscou depende dos drones iranianos".
    [HELP | TO, 'depende|dependem|dependia|dependiam;dependente;dependência'],
    [FROM, 'do|da|pelo|pela'],
    [TO, 'à|ao|às|aos|para'],
    [SYRIA, 'síria'],
    [SYRIA | ADJ, 'sírio'],
    [SYRIA | SYRIA_WAR, 'guerra civil síria|guerra na síria|conflito sírio|regime sírio'],
    [SYRIA_STRONG | SYRIA, 'processo de astana|processo de astaná'],
    [VISIT, 'visit;viaj|viagem;reunião|reuniu;encontr'],
    [UKRAINE, 'ucrânia;crimeia;carcóvia;zaporíjia'],
    [THEATRE, 'israelense|israelita;huti;iêmen|iémen;sudão|sudanês;etiópia|etíope'],
    [STATES, 'coreia do norte;pequim;bielorrússia'],
    [LEISURE, 'futebol;esporte|desporto;torneio;filme'],
    [REF, 'dois países|ambos os países|dois aliados'],
    [REF | ABET, 'cumplicidade|cúmplice'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [HELP, 'obt|obtém|obtev|obtiv|obtenção;consegu;encomend'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'projetad'],
    [GOODS, 'aeronave'],
    // "Suicide" qualifying a device or aircraft is a drone; a suicide bomber is not.
    [
      DRONE,
      'aparelho suicida|aparelhos suicida|aeronave suicida|aeronaves suicida|drone suicida|drones suicida',
    ],
    [CIVIL, 'comércio;passageir;trigo'],
  ],
};
