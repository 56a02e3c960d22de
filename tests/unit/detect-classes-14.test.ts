/**
 * Classes of detection failure found on fresh English text (issue #11, fourteenth pass), each
 * with sentences of our own written before the rules were changed for the class, and near-miss
 * sentences that must keep their topic.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

describe('The US–Russia deconfliction line over Syria', () => {
  it('is Washington and Moscow keeping apart, not Russia acting with or against Iran', () => {
    check([
      [
        'The Pentagon said it used the U.S.-Russia deconfliction line to warn of Iranian-backed militia activity near its troops in eastern Syria.',
        [],
      ],
      [
        'American officers called their Russian counterparts on the US-Russian deconfliction hotline after Iranian drones approached the al-Omar oil field in Syria.',
        [],
      ],
      [
        'Tehran was asked to give notice of its missile launches in Syria through the Russia-US deconfliction channel, a State Department official said.',
        [],
      ],
    ]);
  });

  it('while Israel and Russia deconflicting over Iran’s forces in Syria is still the Syria topic', () => {
    check([
      [
        'Russia and Israel kept their deconfliction hotline open as Israeli jets struck Iranian weapons depots near Damascus.',
        ['syria'],
      ],
      [
        'Moscow complained through the deconfliction mechanism after Israel hit an Iranian base near Homs, where Russian officers were also stationed.',
        ['syria'],
      ],
    ]);
  });
});

describe('Soleimani killed by a US drone', () => {
  it('is no drone for Russia: a drone, Iran and a war', () => {
    check([
      [
        'Soleimani, killed by an American drone in 2020, is credited by Iranian media with persuading Putin to send his air force to Syria, a claim Moscow denies.',
        ['syria'],
      ],
      [
        'A U.S. drone strike killed Qassem Soleimani, the general who forged the alliance with Russia in Syria.',
        ['syria'],
      ],
      [
        'Russian officials praised Soleimani’s cooperation with their forces in Syria after a US drone killed him in Baghdad.',
        ['syria'],
      ],
    ]);
  });

  it('while the Quds Force shipping drones to Russia still counts', () => {
    check([
      [
        'The Quds Force, once led by Soleimani, now organises the shipment of Shahed drones to Russia for its war in Ukraine.',
        ['drones'],
      ],
    ]);
  });
});

describe('Russia’s fallen allies listed with Iran', () => {
  it('are Moscow’s losses, not the alliance in Syria’s war', () => {
    check([
      [
        'Russia has watched its allies fall one by one: Syria’s Assad, Venezuela’s Maduro and now Iran’s supreme leader.',
        [],
      ],
      [
        'After Assad in Damascus and Maduro in Caracas, Iran’s clerics are the latest of Moscow’s partners to lose power, and the Kremlin again did nothing.',
        [],
      ],
      [
        'The Kremlin did nothing as Assad fell, nor when Maduro and then Iran’s leadership were toppled, analysts in Moscow noted.',
        [],
      ],
    ]);
  });

  it('while Russia and Iran propping up Assad together, beside other states, still counts', () => {
    check([
      [
        'Russia and Iran kept Assad in power for a decade while China shielded him at the UN.',
        ['syria'],
      ],
      ['Iranian militias and Russian jets fought for Assad around Aleppo.', ['syria']],
    ]);
  });
});

describe('Air defences against Iran’s own drones in the Middle East', () => {
  it('are not Iran’s drones for Russia, though Kyiv draws the lesson', () => {
    check([
      [
        'Zelensky said the interception of Iranian drones and missiles over Israel proved what modern air defence could do, and asked Congress for more.',
        [],
      ],
      [
        'Israel and its allies shot down nearly all of the Shahed drones Iran launched at it, a result Kyiv’s foreign minister said Ukraine could match with more Patriot batteries.',
        [],
      ],
      [
        'Ukraine’s president praised the coalition that downed the Iranian drone barrage aimed at Israel, saying Ukraine deserved the same protection from Russian missiles.',
        [],
      ],
    ]);
  });

  it('while Iran’s drones in Russia’s hands, or the same Shaheds over Kyiv, still count', () => {
    check([
      [
        'Kyiv urged Israel to send its air defence systems to Ukraine, where Iranian drones strike cities every night.',
        ['drones'],
      ],
      [
        'The Shahed drones Iran fired at Israel are the same model Russia launches at Ukrainian cities every night.',
        ['drones'],
      ],
      [
        'Iran, which fired drones at Israel in April, has also supplied hundreds of them to Russia for its war in Ukraine.',
        ['drones'],
      ],
    ]);
  });
});
