/**
 * Classes of detection failure outside English (issue #11): transfer verbs in all their forms,
 * and Iranian-made devices told without a drone word. Each verb table has a control: the same
 * sentence with a neutral word in the verb's place finds nothing, so the form is what counts.
 */
import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../engine/detect';
import { check } from './helpers/topics';

/** A sentence frame, its neutral word, and the transfer forms that must make it drones news. */
type Table = [frame: (v: string) => string, neutral: string, forms: string[]];

const TABLES: Record<string, Table[]> = {
  ru: [
    [
      (v) => `Иран ${v} России, по данным американской разведки, сотни ударных дронов.`,
      'обещает',
      [
        'продаёт',
        'продают',
        'продавал',
        'продал',
        'продаст',
        'поставляет',
        'поставил',
        'отправляет',
        'отправил',
      ],
    ],
    [
      (v) => `Россия ${v} у Ирана, как сообщила вчера разведка, сотни дронов-камикадзе.`,
      'просит',
      ['покупает', 'покупают', 'покупала', 'купила', 'закупает', 'закупила', 'приобретает'],
    ],
    [
      (v) => `Иран может перестать ${v} России дроны-камикадзе.`,
      'обещать',
      ['продавать', 'поставлять', 'отправлять'],
    ],
    [
      (v) => `В докладе говорится о ${v} Ираном России в прошлом году нескольких тысяч дронов.`,
      'обещании',
      ['поставках', 'продаже', 'отправке'],
    ],
  ],
  uk: [
    [
      (v) => `Іран ${v} Росії, за даними американської розвідки, сотні ударних дронів.`,
      'обіцяє',
      [
        'продає',
        'продають',
        'продав',
        'постачає',
        'постачав',
        'поставив',
        'надсилає',
        'надіслав',
        'відправляє',
      ],
    ],
    [
      (v) => `Іран може припинити ${v} Росії дрони-камікадзе.`,
      'обіцяти',
      ['продавати', 'постачати', 'надсилати', 'відправляти'],
    ],
    [
      (v) => `Росія ${v} в Ірану, як повідомила вчора розвідка, сотні дронів-камікадзе.`,
      'просить',
      ['купує', 'купують', 'купила', 'закуповує', 'придбала'],
    ],
    [
      (v) => `Росія ${v} за ліцензією Ірану в Татарстані на новому заводі дрони.`,
      'обговорює',
      ['виробляє', 'виготовляє'],
    ],
    [
      (v) => `Ударні дрони, ${v} Росії минулої осені Іраном, уже на складах.`,
      'обіцяні',
      ['поставлені', 'продані', 'надіслані'],
    ],
  ],
  bg: [
    [
      (v) => `Иран ${v} на Русия, според американското разузнаване, стотици ударни дронове.`,
      'обещава',
      ['продава', 'продаваше', 'продаде', 'доставя', 'достави', 'изпраща', 'изпрати', 'предостави'],
    ],
  ],
  pl: [
    [
      (v) => `Iran ${v} Rosji, według amerykańskiego wywiadu, setki dronów bojowych.`,
      'obiecuje',
      ['sprzedaje', 'sprzedał', 'dostarcza', 'dostarczył', 'wysyła', 'przekazał', 'przekazuje'],
    ],
    [
      (v) => `Iran może przestać ${v} Rosji drony.`,
      'obiecywać',
      ['sprzedawać', 'dostarczać', 'wysyłać', 'przekazywać'],
    ],
  ],
  sk: [
    [
      (v) => `Irán ${v} Rusku, podľa americkej rozviedky, stovky bojových dronov.`,
      'sľubuje',
      ['predáva', 'predal', 'dodáva', 'dodal', 'posiela', 'poslal', 'poskytol'],
    ],
  ],
  et: [
    [
      (v) => `Venemaa ${v} Iraanist, teatas Ameerika luure eile õhtul, sadu droone.`,
      'tahab',
      ['ostab', 'ostis', 'hangib', 'hankis'],
    ],
  ],
  fr: [
    [
      (v) => `L'Iran pourrait cesser de ${v} à la Russie des drones kamikazes.`,
      'promettre',
      ['vendre', 'fournir', 'envoyer'],
    ],
    [
      (v) => `Selon le renseignement, l'Iran ${v} à la Russie des drones d'attaque.`,
      'promet',
      ['vend', 'fournit', 'a envoyé', 'transfère', 'cède'],
    ],
    [(v) => `La Russie ${v} des drones à l'Iran.`, 'demande', ['achète', 'a acheté', 'acquiert']],
  ],
  es: [
    [
      (v) => `Irán podría dejar de ${v} a Rusia drones kamikaze.`,
      'prometer',
      ['vender', 'suministrar', 'enviar', 'entregar', 'proporcionar'],
    ],
    [(v) => `Rusia ${v} drones a Irán.`, 'pide', ['compra', 'compró', 'adquiere', 'adquirió']],
  ],
};

describe('transfer words in all their forms, outside English', () => {
  for (const [lang, tables] of Object.entries(TABLES)) {
    it(`${lang}: every form of selling, supplying, sending, buying or making counts`, () => {
      for (const [frame, neutral, forms] of tables) {
        expect(detectTopics(frame(neutral)), frame(neutral)).toEqual([]);
        check(forms.map((form) => [frame(form), ['drones']]));
      }
    });
  }

  it('but not Ukraine’s drones, arms sold TO Iran, North Korea’s shells, Sudan, nor trade', () => {
    check([
      ['Украина продаёт Польше, по данным американской разведки, сотни ударных дронов.', []],
      ['Россия продаёт Ирану, по данным разведки, истребители Су-35.', []],
      ['Иран продаёт России, по данным таможни, пшеницу и фрукты.', []],
      ['Росія продає Ірану, за даними розвідки, винищувачі Су-35.', []],
      ['Korea Północna dostarcza Rosji, według wywiadu, setki tysięcy pocisków.', []],
      ['Iran dostarcza Sudanowi, według amerykańskiego wywiadu, setki dronów bojowych.', []],
      ['Rusia vende a Irán aviones de combate Su-35 de fabricación rusa.', []],
      ['Россия закупает у Ирана аппараты ИВЛ иранского производства.', []],
    ]);
  });
});

describe('Iranian-made devices with no drone word', () => {
  it('are the drones in Russia’s strikes on Ukraine', () => {
    check([
      ['A Rússia lançou contra a Ucrânia 26 aparelhos suicidas de fabrico iraniano.', ['drones']],
      ['Rusia lanzó contra Ucrania 26 aparatos suicidas de fabricación iraní.', ['drones']],
      ['Rosja wystrzeliła na Ukrainę 26 aparatów samobójczych irańskiej produkcji.', ['drones']],
    ]);
  });

  it('but not a suicide bomber, Kyiv’s own devices, cameras, or Iran’s devices for others', () => {
    check([
      ['Um homem-bomba suicida matou três soldados russos; o Irã condenou o ataque.', []],
      ['Un atentado suicida con un coche bomba mató a tres soldados rusos, dijo Irán.', []],
      ['Україна атакувала Росію апаратами власного виробництва.', []],
      ['Украина атаковала Россию аппаратами собственного производства.', []],
      ['Rosja kupuje od Iranu aparaty fotograficzne i telefony.', []],
      ['Irán vende a Venezuela aparatos suicidas de fabricación iraní.', []],
      ['O Irã vendeu ao Sudão aparelhos suicidas de fabrico iraniano.', []],
      ['A Rússia lançou contra a Ucrânia projéteis de artilharia de fabrico norte-coreano.', []],
    ]);
  });
});
