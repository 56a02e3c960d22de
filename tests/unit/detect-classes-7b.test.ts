/**
 * Classes of detection failure found on fresh text (issue #11, seventh pass, second round),
 * each with sentences of our own written before the rules were changed for the class.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

describe('Iran’s denials of the transfers in general words', () => {
  it('count a claim of neutrality or of taking no side in Russia’s war', () => {
    check([
      ['Iran rejected the Ukrainian accusations, saying it was neutral in the war.', ['drones']],
      [
        'Tehran insists it is neutral in the Ukraine conflict and has called for talks.',
        ['drones'],
      ],
      [
        'The Iranian foreign ministry says it has not taken sides in the war between Russia and Ukraine.',
        ['drones'],
      ],
      [
        'Kanaani repeated that the Islamic Republic maintains its neutrality over Ukraine despite the accusations.',
        ['drones'],
      ],
      [
        'Iran says it has taken no side in Russia’s war on Ukraine, rejecting the accusations.',
        ['drones'],
      ],
    ]);
  });

  it('but not Iran’s neutrality in other wars', () => {
    check([
      [
        'Iran says it is neutral in the conflict between Armenia and Azerbaijan over Karabakh, Russia’s envoy noted.',
        [],
      ],
      ['Tehran insists it has not taken sides in the Israel–Hamas war, a claim Moscow echoed.', []],
      ['Iran declared itself neutral in the war between Iraq and Kuwait in 1990.', []],
    ]);
  });
});

describe('Iran’s pointed non-denials', () => {
  it('count cooperation with Russia said to predate or not to target Ukraine', () => {
    check([
      [
        'Iran’s cooperation with Russia in some advanced technologies goes back to before the war in Ukraine, the spokesman said.',
        ['drones'],
      ],
      [
        'Tehran said its defence cooperation with Moscow predates the Ukraine conflict.',
        ['drones'],
      ],
      [
        'The minister said Iran’s military cooperation with Moscow is not aimed at Ukraine.',
        ['drones'],
      ],
      [
        'Iranian officials argue that the technology partnership with Russia goes back to before the war.',
        ['drones'],
      ],
    ]);
  });

  it('but not economic, energy or nuclear cooperation, nor a treaty with no war', () => {
    check([
      [
        'Iran’s economic cooperation with Russia goes back to before the war in Ukraine, the central bank said.',
        [],
      ],
      [
        'Tehran said its energy cooperation with Moscow predates the Ukraine conflict and the sanctions.',
        [],
      ],
      [
        'Iran’s nuclear cooperation with Russia at Bushehr goes back to before the war in Ukraine.',
        [],
      ],
      [
        'Iran and Russia signed a twenty-year strategic partnership treaty in Moscow on Friday.',
        [],
      ],
    ]);
  });
});

describe('Iran helping Russia’s war in Ukraine told in general words', () => {
  it('counts Iran entering, rescuing or siding with Russia’s war', () => {
    check([
      [
        'In Ukraine, Iran entered the war more recently to rescue a Russian campaign that was struggling.',
        ['drones'],
      ],
      ['Tehran came to the aid of Moscow in Ukraine when its stocks ran low.', ['drones']],
      ['Iran threw its weight behind the Kremlin’s war in Ukraine, the report found.', ['drones']],
      ['Analysts say Tehran came to Moscow’s aid in Ukraine last autumn.', ['drones']],
      ['Iran has sided with Russia in its war on Ukraine, Western officials say.', ['drones']],
      [
        'Iran has thrown its weight behind Russia’s invasion of Ukraine with weapons and advisers.',
        ['drones'],
      ],
    ]);
  });

  it('but not diplomatic support at the UN, nor other states helping Russia', () => {
    check([
      [
        'Iran sided with Russia in the UN General Assembly vote on Ukraine, abstaining with China.',
        [],
      ],
      ['Iran sided with Russia in the vote on the Ukraine resolution at the United Nations.', []],
      ['North Korea came to the aid of Moscow in Ukraine, Tehran’s envoy observed.', []],
      ['China has sided with Russia in its war on Ukraine, Iranian media said.', []],
    ]);
  });
});

describe('Iranian forces drilling with Russia on drones', () => {
  it('counts joint exercises with Russia on drones', () => {
    check([
      ['The IRGC confirmed holding joint exercises with Russia on deploying UAVs.', ['drones']],
      [
        'Iranian and Russian units drilled together on launching loitering munitions, Tasnim reported.',
        ['drones'],
      ],
    ]);
  });

  it('but not naval drills with Russia and China with no drone or war', () => {
    check([
      ['Iran, Russia and China held joint naval drills in the Gulf of Oman on Tuesday.', []],
      [
        'Iranian and Russian warships fired missiles at targets during a joint naval exercise with China.',
        [],
      ],
    ]);
  });
});

describe('Russia and Iran competing for Syria’s contracts', () => {
  it('counts the phosphate and licence rivalry as Syria', () => {
    check([
      ['The prized phosphate deal was signed in August, but with Russia, not Iran.', ['syria']],
      [
        'Iranian firms lost the phosphate mines to Moscow, which won the licence until 2068.',
        ['syria'],
      ],
      [
        'Russia and Iran are competing for the reconstruction contracts in Damascus and the port of Latakia.',
        ['syria'],
      ],
    ]);
  });

  it('but not Russia’s contracts in Syria without Iran', () => {
    check([
      ['The phosphate deal was signed with Russia, which will run the mines until 2068.', []],
    ]);
  });
});

describe('disaster relief by Assad’s friends', () => {
  it('is not the war alliance', () => {
    check([
      [
        'Countries friendly with Assad, such as Russia, Iran and the UAE, have started flying supplies into government-held areas.',
        [],
      ],
      [
        'Relief flights from Russia and Iran landed in Aleppo and Latakia with tents and blankets.',
        [],
      ],
      ['Iran and Russia sent rescue teams to Syria after the disaster.', []],
    ]);
  });
});
