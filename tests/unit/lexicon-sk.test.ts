import { describe } from 'vitest';
import { itDetects, itResolvesFromDocument, itReadsStems, type Case } from './helpers/lexicon';

/** Slovak news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  [
    'Podľa ukrajinskej rozviedky Teherán odovzdal Moskve ďalšiu várku bezpilotných lietadiel.',
    ['drones'],
  ],
  ['Ruská armáda v noci zaútočila na Charkov dronmi Geraň-2.', ['drones']],
  ['Iránski inštruktori cvičili ruských vojakov na okupovanom Kryme.', ['drones']],
  ['Továreň v Jelabuge dnes vyrába väčšinu dronov pre ruskú armádu.', ['drones']],
  ['Únia uvalila na Teherán nové sankcie za dodávky balistických rakiet Kremľu.', ['drones']],
  ['Rusi od Iránčanov nakupovali aj delostrelecké granáty.', ['drones']],
  ['Kyjev označil Irán za spoluvinníka ruských vojnových zločinov.', ['drones']],
  ['Inštruktori Hizballáhu v Sýrii cvičili ruských operátorov na iránskych dronoch.', ['drones']],
  ['Moskva a Teherán v roku 2015 zachránili režim Bašára al-Asada pred pádom.', ['syria']],
  ['Ďalšie kolo rokovaní o Sýrii v Astane sa skončilo bez prielomu.', ['syria']],
  ['V júli 2015 Solejmání priletel do Moskvy na stretnutie s Putinom.', ['syria']],
  ['Ruské letectvo a iránske milície spoločne obliehali Aleppo.', ['syria']],
  // Hard negatives.
  ['Ukrajinské drony v noci zasiahli rafinériu v Riazanskej oblasti.', []],
  ['Rusko vyzvalo Izrael a Irán na zdržanlivosť po nočnom útoku iránskych dronov a rakiet.', []],
  ['Sudánska armáda nasadila iránske drony Mohadžer-6, povstalcov podporujú ruskí žoldnieri.', []],
  [
    'Iránsky prezident pricestoval do Astany na summit Šanghajskej organizácie spolupráce a stretol sa s Putinom.',
    [],
  ],
  ['Po zemetrasení v Sýrii poslali Rusko aj Irán do Aleppa lietadlá s humanitárnou pomocou.', []],
  ['Rusko dodá Iránu stíhačky Su-35.', []],
];

describe('Slovak lexicon', () => {
  itDetects('sk', CASES);

  itResolvesFromDocument(
    'resolves "both countries" from the document',
    [
      'Irán a Rusko prehlbujú vojenskú spoluprácu.',
      'Obe krajiny však popierajú, že by išlo o dodávky zbraní.',
    ],
    ['drones'],
  );

  itReadsStems('reads stems through case, gender and verb endings', [
    ['spoluvinníka', 'spoluvinník'],
    ['odovzdal', 'odovzda'],
    ['astane', 'astana'],
    ['kryme', 'krym'],
  ]);
});
