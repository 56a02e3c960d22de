/**
 * Classes of detection failure found on fresh English text (issue #11, thirteenth pass), each
 * with sentences of our own written before the rules were changed for the class, and near-miss
 * sentences that must keep their topic.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

describe('A strike on the Alabuga drone plant that names neither Iran nor a Shahed', () => {
  it('is a strike inside Russia, not Iran’s drones for Russia', () => {
    check([
      [
        'Two drones hit a workers’ dormitory in the Alabuga special economic zone overnight, injuring twelve people, the regional governor said.',
        [],
      ],
      [
        'A Ukrainian long-range drone struck an industrial site in Yelabuga on Saturday, Tatarstan’s head Rustam Minnikhanov said, adding that production was not interrupted.',
        [],
      ],
      [
        'Air defences shot down three UAVs approaching the Alabuga zone in Tatarstan, the Russian defence ministry said.',
        [],
      ],
      [
        'Students of the Alabuga Polytech college were among the injured after drones struck their hostel, local officials said.',
        [],
      ],
      [
        'An explosion was reported at the Alabuga special economic zone after a drone attack, local media said.',
        [],
      ],
    ]);
  });

  it('while the plant told as the maker of the drones, or with Iran or a Shahed, still counts', () => {
    check([
      [
        'Ukrainian drones struck the Alabuga plant, where Russia assembles Iranian-designed Shahed drones.',
        ['drones'],
      ],
      [
        'The Alabuga special economic zone in Tatarstan has become the main production site for Russia’s Geran-2 drones.',
        ['drones'],
      ],
      [
        'The US Treasury imposed sanctions on the Alabuga special economic zone over its role in producing drones under a deal with Tehran.',
        ['drones'],
      ],
      [
        'Hundreds of young African women were recruited to assemble weapons at the Alabuga plant in Tatarstan.',
        ['drones'],
      ],
      [
        'Drone production at the Alabuga plant has tripled since 2023, according to leaked documents.',
        ['drones'],
      ],
      [
        'Young women recruited from Africa are assembling attack drones at Alabuga, according to former workers.',
        ['drones'],
      ],
      [
        'Alabuga’s output of drones hit a record last year, according to leaked documents.',
        ['drones'],
      ],
      ['Drones struck the Alabuga plant, which produces drones for the Russian army.', ['drones']],
    ]);
  });
});

describe('Russia making the drones itself and leaving Tehran out', () => {
  it('self-sufficiency and localised production, Iran and the drones named, are the topic', () => {
    check([
      [
        'Russia’s growing self-sufficiency in making the drones has left Tehran out of the loop, a Western official said.',
        ['drones'],
      ],
      [
        'Having localised production of the Shahed, Russia no longer needs Tehran, leaving Iran out of the loop.',
        ['drones'],
      ],
      [
        'Moscow is paying Tehran for the Shahed drones with cash, gold and military know-how, according to US intelligence.',
        ['drones'],
      ],
    ]);
  });

  it('while Russia arming Iran runs the wrong way', () => {
    check([
      [
        'Russia delivered Su-35 fighter jets and Mi-28 attack helicopters to Iran this year, Iranian media reported.',
        [],
      ],
      [
        'Moscow is helping Tehran build up its air defences with radars and electronic warfare systems, officials said.',
        [],
      ],
    ]);
  });
});

describe('Drones of another maker beside Russia and Iran', () => {
  it('Turkish-made drones are not Iran’s', () => {
    check([
      [
        'Russian troops in Ukraine face Turkish-made Bayraktar drones, while Moscow has turned to Iran for oil swaps.',
        [],
      ],
      [
        'Drones made in Turkey dominate the battlefield, analysts say, as Russia and Iran deepen economic ties.',
        [],
      ],
    ]);
  });
});

describe('Iran showing its own Shaheds with Russia only looking on', () => {
  it('a parade or a display with a Russian guest is not Russia’s use of them', () => {
    check([
      [
        'Iran unveiled a new version of its Shahed-136 drone at a military parade in Tehran, as Russia’s ambassador looked on.',
        [],
      ],
      [
        'Iran showed off an upgraded Shahed-136 at its annual army day parade, with the Russian military attaché among the guests.',
        [],
      ],
    ]);
  });

  it('while Russia firing, getting or depending on Iran’s Shaheds counts', () => {
    check([
      [
        'Russia has fired thousands of Iranian-designed Shahed drones at Ukrainian cities since 2022.',
        ['drones'],
      ],
      [
        'Iran’s Shahed drones have become a mainstay of Russia’s air campaign, Western officials said.',
        ['drones'],
      ],
      [
        'The Shahed drones that Russia launches each night were first supplied by Iran.',
        ['drones'],
      ],
    ]);
  });
});

describe('Iran-backed militias’ drones at US troops at al-Tanf', () => {
  it('are another of Iran’s theatres, not arms for Russia', () => {
    check([
      [
        'Iran-backed militias launched drones at US troops at the al-Tanf garrison, and Russia called on Washington to leave Syria.',
        ['syria'],
      ],
      [
        'Iranian-backed militias attacked the al-Tanf base with drones; Russia and Iran both condemned the US presence in eastern Syria.',
        ['syria'],
      ],
      [
        'Iran-backed militias launched a drone at the al-Tanf garrison overnight, the US Central Command said, adding that no troops were hurt.',
        [],
      ],
    ]);
  });
});

describe('Iran’s Afghan militia recruited for Russia’s war in Ukraine', () => {
  it('is not the alliance in Syria', () => {
    check([
      [
        'Russia recruited Afghan veterans of the Fatemiyoun brigade to fight in Ukraine, according to Iranian and Afghan sources.',
        [],
      ],
      [
        'Moscow has tried to recruit former Fatemiyoun fighters for its war in Ukraine, offering salaries far above what Iran paid them.',
        [],
      ],
      [
        'Russia has recruited hundreds of Afghans who once served in Iran’s Fatemiyoun division to fight in Ukraine.',
        [],
      ],
    ]);
  });

  it('while the same militia beside Russia’s forces in Syria is', () => {
    check([
      [
        'Fatemiyoun fighters, trained and paid by Iran, fought alongside Russian special forces in the battle for Palmyra.',
        ['syria'],
      ],
      ['Russian air strikes supported Fatemiyoun units advancing on Aleppo in 2016.', ['syria']],
    ]);
  });
});

describe('Rebels handing in weapons under Russian military police guarantees', () => {
  it('with Iran’s militias near, is the alliance’s war in Syria, not arms for Russia', () => {
    check([
      [
        'Rebels handed in their light weapons after Russian military police promised to keep Iranian-backed fighters out of their villages.',
        ['syria'],
      ],
      [
        'Rebels in Daraa handed over their heavy weapons under guarantees from the Russian military police, while Iranian-backed militias stayed in nearby towns.',
        ['syria'],
      ],
      [
        'Russian military police began patrols in the town after local fighters gave up their arms, keeping Iran-backed units at a distance.',
        ['syria'],
      ],
    ]);
  });
});

describe('Iran’s own drones beside Russia dealing with a third state', () => {
  it('Iran showing its drones while Russia meets North Korea or Belarus is not the topic', () => {
    check([
      [
        'The Revolutionary Guard displayed Shahed drones at a Tehran exhibition attended by delegations from Russia and Belarus.',
        [],
      ],
      [
        'Iran unveiled its latest Mohajer drone this spring, while Putin presented North Korea’s leader with a reconnaissance drone during his trip to Moscow.',
        [],
      ],
    ]);
  });

  it('while Iran arming Russia beside North Korea still counts', () => {
    check([
      [
        'Iranian drones and North Korean shells have kept Russia’s army supplied, Western officials say.',
        ['drones'],
      ],
      [
        'Russia relies on Iranian drones and North Korean missiles to keep up its assault.',
        ['drones'],
      ],
      ['Iran, like North Korea, has supplied Russia with drones and ammunition.', ['drones']],
    ]);
  });
});

describe('How Russia pays Iran: what Moscow gives Tehran back for the arms', () => {
  it('paying Iran, or giving it jets, air defences or support “in return”, is the topic', () => {
    check([
      [
        'In return, Moscow is expected to give Tehran Su-35 fighter jets and help with its space programme, US officials said.',
        ['drones'],
      ],
      [
        'How does Russia pay Iran for all this? Analysts point to fighter jets, air defences and help at the UN.',
        ['drones'],
      ],
      [
        'Russia is repaying Tehran with advanced military technology, including air defence systems, Western officials believe.',
        ['drones'],
      ],
      [
        'In exchange for the weapons, Russia is offering Iran military and technical support, the White House said.',
        ['drones'],
      ],
    ]);
  });

  it('while Russia’s arms sales to Iran, trade, swaps and Syria’s deals are not', () => {
    check([
      [
        'Russia agreed to sell Iran Su-35 fighter jets under a deal signed in 2021, before the war.',
        [],
      ],
      [
        'In return for Iranian oil, Russia will supply wheat and fertiliser, the two governments said.',
        [],
      ],
      [
        'Under the swap, Russian-backed fighters took over positions held by Iranian militias, which in return moved closer to the border.',
        [],
      ],
      ['Iran released a Russian national in exchange for an Iranian student held in Moscow.', []],
      [
        'In return for Iran’s ground forces in Syria, Russia provided air cover for the offensive on Aleppo.',
        ['syria'],
      ],
      [
        'Moscow will deliver S-400 systems to Tehran next year, a Russian defence official said.',
        [],
      ],
    ]);
  });
});
