/**
 * Portuguese news wording (Brazil and Portugal) for both topics: inflected forms, indirect
 * references, and hard negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without
 * Syria, quake aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'Segundo Kiev, o Irã já enviou à Rússia milhares de aeronaves não tripuladas e continua a fornecer munições.',
    ['drones'],
  ],
  [
    'Instrutores da Guarda Revolucionária teriam treinado militares russos na Crimeia para operar os aparelhos.',
    ['drones'],
  ],
  [
    'Moscovo pagou em ouro parte dos mísseis balísticos que comprou a Teerão, segundo documentos vazados.',
    ['drones'],
  ],
  [
    'A Rússia passou a produzir localmente os drones de desenho iraniano, com peças vindas de Teerã.',
    ['drones'],
  ],
  ['O governo ucraniano acusa o Irão de cumplicidade na agressão russa.', ['drones']],
  [
    'Segundo Kiev, instrutores do Hezbollah treinaram na Síria operadores russos de drones iranianos.',
    ['drones'],
  ],
  [
    'O apoio aéreo russo e as milícias financiadas pelo Irã permitiram ao regime de Damasco reconquistar Alepo.',
    ['syria'],
  ],
  ['Uma nova rodada de negociações sobre a Síria terminou em Astaná sem avanços.', ['syria']],
  [
    'Em julho de 2015, Qassem Soleimani viajou a Moscou para discutir com Putin a intervenção.',
    ['syria'],
  ],
  [
    'Teerã nega ter vendido drones à Rússia e diz que as acusações do Ocidente carecem de provas.',
    ['drones'],
  ],
];

const OFF_TOPIC: Case[] = [
  [
    'Drones ucranianos atingiram uma refinaria russa um dia após a visita do chanceler iraniano a Moscou.',
    [],
  ],
  [
    'Israel interceptou dezenas de drones e mísseis lançados pelo Irã; a Rússia pediu moderação.',
    [],
  ],
  [
    'No Sudão, o exército usa drones iranianos Mohajer-6 contra as RSF, enquanto Moscou negocia uma base no mar Vermelho.',
    [],
  ],
  ['Os chanceleres da Rússia e do Irã discutiram em Astana um novo corredor ferroviário.', []],
  [
    'Após o terremoto, Rússia e Irã enviaram equipes de resgate e ajuda humanitária para Alepo.',
    [],
  ],
];

describe('Portuguese news wording', () => {
  itDetects('pt', ON_TOPIC);
  itDetects('pt', OFF_TOPIC);

  itReadsStems('reads gender, number and verb endings through the rules', [
    ['forneceu', 'fornec'],
    ['munições', 'munição'],
    ['iranianas', 'iraniano'],
    ['treinados', 'treinamento'],
  ]);
});
