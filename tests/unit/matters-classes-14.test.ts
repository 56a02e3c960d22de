/**
 * The first passage on the mention's own matter (set s's and the used-up sets' retrieval
 * misses, as classes): an asset freeze as news words it is a sanction; "fake news", "no
 * information about", "sent no drones" and a claimed neutrality are denials; partners that
 * jostle, disagree, or hold each other's militias back are rivals; backers "bogged down" in
 * other wars are how Assad's fall is told, and Iran's own war with Israel is not Israel's
 * strikes in Syria. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever } from '../../engine/retrieval/retriever';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'an asset freeze is a sanction',
  [
    [
      D,
      'London said it would freeze the assets of two Iranian generals over the drones sent to Russia.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Ottawa froze the assets of the Shahed maker, accusing it of arming Moscow against Ukraine.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Their assets will be frozen, the council said of the Iranian officers behind the drone deliveries.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Further listings of Iranian firms that ship drone engines to Russia are being prepared, the bloc said.',
      'D-SANCTIONS',
    ],
  ],
  [
    // Drones sent, with no penalty named, are the supply.
    [D, 'Iran sent a new batch of Shahed drones to Russia in the spring.', 'D-SANCTIONS'],
  ],
);

describeMatterCues(
  'denials as news words them',
  [
    [
      D,
      'The Kremlin does not have any information about Iranian drones being used at the front, Peskov said.',
      'D-DENIAL',
    ],
    [
      D,
      'Reports of Iranian arms for Russia are fake news and have nothing to do with reality, the embassy said.',
      'D-DENIAL',
    ],
    [D, 'Tehran insists it sent no drones to Russia after the invasion began.', 'D-DENIAL'],
    [
      D,
      'Kanani called the drone claims unconfirmed reports and said Iran was neutral in the war.',
      'D-DENIAL',
    ],
    [
      D,
      'Acknowledging an early shipment, the minister said Iran did not know its drones were flying over Ukraine.',
      'D-DENIAL',
    ],
  ],
  [
    // Kyiv holding Tehran to the neutrality it proclaims is not Tehran denying anything.
    [
      D,
      'Kyiv said the Iranian drones for Russia betray the neutrality Tehran proclaims.',
      'D-DENIAL',
    ],
    [D, 'Ukraine said the drones were supplied by Iran and used against its cities.', 'D-DENIAL'],
  ],
);

describeMatterCues(
  'partners that jostle, disagree or hold each other back are rivals',
  [
    [S, 'Moscow and Tehran jostled for the spoils of Syria’s reconstruction.', 'S-FRICTION'],
    [S, 'The mining contract in Syria went to Russia, not Iran, to Tehran’s dismay.', 'S-FRICTION'],
    [
      S,
      'Russian military police patrolled the town to stop Iranian-backed militias from moving in.',
      'S-FRICTION',
    ],
    [
      S,
      'Russia and Iran disagreed over how Assad’s army should be rebuilt after the war.',
      'S-FRICTION',
    ],
    [S, 'In Syria, Russia and Iran are as much competitors as they are allies.', 'S-FRICTION'],
  ],
  [
    [S, 'Russian and Iranian officers planned the offensive on Aleppo together.', 'S-FRICTION'],
    [S, 'Iran and Russia sent advisers to help Assad’s army retake Palmyra.', 'S-FRICTION'],
  ],
);

describeMatterCues(
  'backers taken up by other wars: Assad’s fall; Iran’s war with Israel is not Israeli strikes',
  [
    [
      S,
      'Russia and Iran, both drawn into other wars, could not stop the rebels from reaching Damascus.',
      'S-FALL-2024',
    ],
    [
      S,
      'With Moscow bogged down in Ukraine and Tehran in its war with Israel, the rebels swept past Assad’s army.',
      'S-FALL-2024',
    ],
    [
      S,
      'Assad was on his own: Russia stretched thin and Iran distracted as the rebels advanced on Homs.',
      'S-FALL-2024',
    ],
    // Israel striking Iran's forces in Syria stays what it is.
    [
      S,
      'Israeli jets struck Revolutionary Guards depots near Damascus while Russia looked away.',
      'S-ISRAEL-STRIKES',
    ],
  ],
  [
    [
      S,
      'Iran, fighting Israel through its proxies, and Russia still backed Assad as rebels advanced.',
      'S-ISRAEL-STRIKES',
    ],
    // Russia's drawdown for Ukraine is not Assad's fall.
    [
      S,
      'Russia, bogged down in Ukraine, pulled troops out of Syria, and Iran moved into the vacated bases.',
      'S-FALL-2024',
    ],
  ],
);

describeMatterCues(
  'the US warning is told by its intelligence or numbers, not by any White House report',
  [
    [
      D,
      'Iranian military personnel are in Crimea helping Russian crews launch drones, a White House spokesman said.',
      'D-TRAINING',
    ],
    [
      D,
      'Kirby said Iranian technicians on the ground in Crimea were teaching Russians to fly the Shaheds.',
      'D-TRAINING',
    ],
    [
      D,
      'Jake Sullivan warned that Tehran was getting ready to give Moscow Iranian drones.',
      'D-US-INTEL',
    ],
    [
      D,
      'US intelligence says Iran is preparing to send Russia up to several hundred drones, the White House said.',
      'D-US-INTEL',
    ],
  ],
  [
    [
      D,
      'The White House said Iranian trainers were working with Russian forces in occupied Crimea.',
      'D-US-INTEL',
    ],
  ],
);

describeMatterCues(
  'Tehran’s pointed non-denial; Russia sidelining Iran; drones sent against infrastructure; Noje',
  [
    [
      D,
      'Iran’s ties with Russia on some technologies go back to before the war in Ukraine, and there has been no particular development since, Kanaani said.',
      'D-DENIAL',
    ],
    [
      S,
      'Moscow wants to sideline Iran in Syria, leaving it a secondary role in Damascus.',
      'S-FRICTION',
    ],
    [
      D,
      'Russia sent dozens of Shahed drones overnight against infrastructure in the Odesa region.',
      'D-STRIKES',
    ],
    [
      S,
      'Russian bombers took off from the Noje air base in Iran to hit targets in Syria.',
      'S-HAMADAN',
    ],
    [
      S,
      'Russian long-range bombers flew from an Iranian air base to bomb jihadists in Syria.',
      'S-HAMADAN',
    ],
    // Israel striking a base of Iran's in Syria stays Israel's strikes.
    [
      S,
      'Israeli jets struck an Iranian air base near Homs, where Russian officers were also stationed.',
      'S-ISRAEL-STRIKES',
    ],
  ],
  [
    // A development told, not denied.
    [
      D,
      'Iran delivered a new batch of drones to Russia, a major development in their ties.',
      'D-DENIAL',
    ],
    [
      S,
      'Iran’s Quds Force played a key role beside Russia’s jets in retaking Aleppo.',
      'S-FRICTION',
    ],
  ],
);

describe('the first passage is on the mention’s matter', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  const cases: Array<[string, 'drones' | 'syria', string]> = [
    [
      'Britain will freeze the assets of the Iranian firm that built the drones Russia fires at Ukraine.',
      'drones',
      'D-SANCTIONS',
    ],
    [
      'The Kremlin says it has no information about any Iranian drones being used in Ukraine.',
      'drones',
      'D-DENIAL',
    ],
    [
      'Behind the show of unity, Moscow and Tehran jostled over who would get Syria’s phosphate mines.',
      'syria',
      'S-FRICTION',
    ],
  ];
  it.each(cases)('%s', (text, topic, id) => {
    const res = retriever.forMention({ text, context: text, topics: [topic], terms: [] });
    expect(res.matters[0]?.id).toBe(id);
    expect(res.passages[0]!.passage.matters).toContain(id);
  });
});
