/**
 * Review of the thirteenth pass (issue #11): rules found over-broad on realistic text of our
 * own, each with sentences that must keep or lose their topic.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

describe('Russia paid back "in return" with mere political support', () => {
  // Found over-broad in review: any help word or Iran receiving counted as the price. Now the
  // price is arms, goods, or help beyond political support ("military support" is arms).
  it('is no price for arms: diplomatic favours traded between Moscow and Tehran', () => {
    check([
      [
        'Russia has given Iran diplomatic cover over its nuclear programme, and in return Tehran has supported the Kremlin at the United Nations.',
        [],
      ],
      [
        'Moscow shielded Tehran from new sanctions at the Security Council; in return, Iran has backed Russia’s position on Georgia.',
        [],
      ],
      [
        'In exchange for Russia’s support over the nuclear talks, Iran has offered the Kremlin its backing on a range of diplomatic issues.',
        [],
      ],
    ]);
  });

  it('while a pay-back in arms still tells Russia as the receiver of Iran’s drones', () => {
    check([
      [
        'Russia is paying Iran for Shahed drones with cash and captured Western weapons.',
        ['drones'],
      ],
      [
        'In return, Moscow is offering Tehran military and technical support, a US spokesman said.',
        ['drones'],
      ],
      ['In exchange for the drones, Russia is handing Iran Su-35 fighter jets.', ['drones']],
    ]);
  });
});
