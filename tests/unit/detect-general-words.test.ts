/**
 * Iran's transfers to Russia told in general words (issue #11): "the aircraft", "the cargo",
 * "the Iranian design", arms to "neither side", with no word for drone. Each sentence is read
 * alone, as `npm run eval` reads a line. Beside them, hard negatives of the same shape: the
 * wrong direction, trade goods, other recipients and other wars.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

describe('Iran handing Russia a general object', () => {
  it('counts the aircraft, consignments, batches and units Iran sends to Russia', () => {
    check([
      [
        'Iran’s foreign minister conceded that Tehran had sent a limited number of the aircraft to Russia before the invasion.',
        ['drones'],
      ],
      [
        'The Islamic Republic has shipped several consignments to Moscow since August, according to Western intelligence.',
        ['drones'],
      ],
      [
        'Officials said Tehran delivered the first batch to Russia’s defence ministry in September.',
        ['drones'],
      ],
      ['Iran has supplied Moscow with hundreds of units, US officials said.', ['drones']],
      [
        'Western officials say the Islamic Republic handed over a new shipment to Russian forces last month.',
        ['drones'],
      ],
      [
        'Tehran has delivered the consignments to Moscow on cargo planes, the officials said.',
        ['drones'],
      ],
      ['Last year the Islamic Republic sold the aircraft to Russia for cash and gold.', ['drones']],
      [
        'The cargo was flown from Iran to Russia aboard chartered freighters, the officials said.',
        ['drones'],
      ],
      ['A second consignment from Iran was delivered to the Russian military by sea.', ['drones']],
      [
        'The Islamic Republic supplied Russia’s army with the aircraft and the crews to fly them.',
        ['drones'],
      ],
    ]);
  });

  it('but not the same objects going to Iran, to other states, or as trade', () => {
    check([
      ['Russia delivered the first batch of aircraft to Iran last month.', []],
      ['Russia sent the consignments to Iran under the 2021 contract.', []],
      ['Iran sent a delegation to Moscow for talks on the nuclear agreement.', []],
      [
        'Iran shipped a cargo of fruit and vegetables to Russia through the Caspian port of Astrakhan.',
        [],
      ],
      [
        'Iran Air resumed passenger flights to Moscow, sending its aircraft to Russia twice a week.',
        [],
      ],
      ['An Iranian aircraft carrying the foreign minister landed in Moscow on Tuesday.', []],
      ['An Iranian cargo plane landed at Moscow’s Vnukovo airport on Tuesday.', []],
      ['Iran sent a consignment of carpets to Russia for the Moscow fair.', []],
      ['Iran’s shipment of caviar to Russia was held at customs in Astrakhan.', []],
      [
        'Pyongyang sent the consignments to Russia via the port of Rajin, satellite images show.',
        [],
      ],
      ['Iran has shipped the aircraft to Sudan’s army, which used them against the RSF.', []],
      ['Tehran delivered a batch of the aircraft to Venezuela’s government last year.', []],
      ['Iran and Russia shipped the cargo to Assad’s forces in Damascus.', ['syria']],
    ]);
  });
});

describe('licensing and production paid for by Russia', () => {
  it('counts Moscow paying for, buying or building the Iranian design', () => {
    check([
      [
        'Russia paid in gold bars for a licence to manufacture the Iranian airframe in Tatarstan.',
        ['drones'],
      ],
      [
        'Under the contract, the Kremlin buys the blueprints of the Iranian design and builds the airframes itself.',
        ['drones'],
      ],
      [
        'Moscow is paying hundreds of millions of dollars for the know-how to assemble Iranian-designed airframes.',
        ['drones'],
      ],
      [
        'Tehran’s design is now built under licence in Russia, and Moscow paid for the rights in cash.',
        ['drones'],
      ],
    ]);
  });

  it('but not civilian projects Russia and Iran pay for or build', () => {
    check([
      [
        'Iran and Russia signed a deal to build a railway, with Moscow paying for most of the design work.',
        [],
      ],
      ['Russia is building two new units at Iran’s Bushehr nuclear power plant.', []],
      ['Moscow will pay for the Iranian airliner parts it buys under the new trade agreement.', []],
    ]);
  });
});

describe('cargo routes across the Caspian', () => {
  it('counts cargo from Iranian ports to Russia’s Caspian ports', () => {
    check([
      [
        'Most of the cargo now crosses the Caspian Sea from Iran’s port of Amirabad to Makhachkala, out of reach of Western navies.',
        ['drones'],
      ],
      [
        'Shipments of the hardware leave Iranian Caspian ports for Astrakhan every week, with the vessels’ transponders switched off.',
        ['drones'],
      ],
      [
        'Russian-flagged vessels carry the cargo from Amirabad to Astrakhan with their transponders off.',
        ['drones'],
      ],
    ]);
  });

  it('but not the Caspian grain and trade routes', () => {
    check([
      [
        'Trade through the Caspian, with cargo moving from Amirabad to Astrakhan, grew by a fifth last year.',
        [],
      ],
      ['Grain cargo from Astrakhan now reaches Iran’s port of Amirabad within three days.', []],
    ]);
  });
});

describe('denials in general words', () => {
  it('counts Iran denying arms to either side of the war', () => {
    check([
      [
        'Iran’s foreign ministry insisted the country had sent no weapons to either side of the conflict.',
        ['drones'],
      ],
      [
        'The Islamic Republic denies providing weapons to either party and calls the reports Western propaganda.',
        ['drones'],
      ],
      [
        'Tehran rejected the allegations, saying it has not delivered arms to any of the warring sides.',
        ['drones'],
      ],
    ]);
  });

  it('but not denials about other wars', () => {
    check([
      [
        'Iran rejected the accusations, saying it had supplied arms to neither side in Sudan’s civil war.',
        [],
      ],
      ['Tehran denied arming either side in the fighting over Nagorno-Karabakh.', []],
      ['Iran said it sent no weapons to either side in Syria’s civil war.', []],
      ['Tehran denied sending arms to either side as Israel and Hamas fought in Gaza.', []],
    ]);
  });
});
