/**
 * The matters: the specific events and claims the two topics are made of, one catalogue for
 * the whole product (detection of a mention's matter, corpus labels, ranking, the popover's
 * "about" line, the panel's groups, the CLI and the evaluations). Ids follow
 * `shared/eval/dev_facets.json`; labels are written for readers.
 *
 * Each matter has a rule over concepts (`concepts.ts`): `cues` weigh the concepts a text names,
 * `needs` lists groups of which the text must name at least one concept each. A text is about
 * the matter when its weight reaches `MATTER_THRESHOLD` (see `classify.ts`).
 */
import type { Topic } from '../types';
import type { Concept } from './concepts';

/** Which topic a matter belongs to; `both` for the bridges between the two. */
export type MatterTopic = Topic | 'both';

export interface Matter {
  id: string;
  topic: MatterTopic;
  /** Short, for readers: "Shahed strikes on Ukrainian cities and power". */
  label: string;
  /** One line on what counts. */
  definition: string;
  /** A broad matter: only where nothing more specific is said. */
  generic?: boolean;
  /**
   * A measure taken in response to the deeds (sanctions): it leads the deeds a sentence names
   * with it ("sanctions on the firm whose drones hit Kyiv"), which only say what it answers.
   */
  response?: boolean;
  /**
   * What the deeds were done with (the drones' range, payload, parts): a report of a deed
   * (a strike, a delivery's sanction) describes its weapon in passing, so this leads only
   * where no other specific matter is said, and before the generic ones.
   */
  aspect?: boolean;
  /**
   * The year of a dated matter (the 2015 intervention, the 2022 visit): a sentence that names
   * years, none of them within a year of it, is about another time.
   */
  year?: number;
  /**
   * Matters whose passages answer this one next best, closest first: shown, marked as context,
   * before other context (the corpus may have nothing on this matter itself).
   */
  near?: string[];
  cues: Partial<Record<Concept, number>>;
  needs: Concept[][];
}

/** Weight a text must reach to be about a matter. */
export const MATTER_THRESHOLD = 2;

/** S-ISRAEL-STRIKES: Israel, and what places it in Syria's war (any of the other cues). */
const ISRAEL_STRIKES_CUES: Matter['cues'] = {
  israel: 2,
  strike: 1,
  deconfliction: 1.5,
  air_campaign: 0.5,
  militia: 0.25,
  irgc: 0.25,
  deploy: 0.25,
  base: 0.25,
  syria: 0.25,
  withdraw: 0.25,
  terror: 0.25,
};

/** The concepts a matter's cues weigh, but one. */
function besides(cues: Matter['cues'], left: Concept): Concept[] {
  return (Object.keys(cues) as Concept[]).filter((c) => c !== left);
}

export const MATTERS: readonly Matter[] = [
  {
    id: 'D-SUPPLY',
    topic: 'drones',
    label: 'Iran supplying drones and arms to Russia',
    definition:
      'The fact, scale, timeline or logistics of Iran’s deliveries of drones or arms to Russia, where no more specific matter applies.',
    generic: true,
    cues: { supply: 1.5, shipment: 1, quantity: 0.5, drone: 0.5, first_time: 0.5 },
    needs: [['supply', 'shipment']],
  },
  {
    id: 'D-US-INTEL',
    topic: 'drones',
    label: 'The US warning of “hundreds” of Iranian drones (July 2022)',
    definition:
      'The July 2022 US intelligence disclosure that Iran was preparing to give Russia up to several hundred drones and train its forces.',
    year: 2022,
    cues: { white_house: 2, us: 0.5, intel: 1, quantity: 1, july: 0.5, train: 0.25 },
    // Another country's intelligence (British, Ukrainian) is not the US warning, nor is a
    // later White House report of another deed (trainers in Crimea, the factory in Tatarstan):
    // the warning is told by its intelligence or its numbers.
    needs: [
      ['white_house', 'us'],
      ['intel', 'quantity'],
    ],
  },
  {
    id: 'D-PAYMENT',
    topic: 'drones',
    label: 'What Russia paid Iran: cash, captured weapons, gold',
    definition:
      'The cash (€140m) and captured Western weapons flown to Tehran in August 2022, or gold for the production deal.',
    cues: { cash: 2, gold: 1.5, pay: 1.5, captured_arms: 2, exchange: 1 },
    needs: [['cash', 'gold', 'pay', 'captured_arms']],
  },
  {
    id: 'D-STRIKES',
    topic: 'drones',
    label: 'Shahed/Geran strikes on Ukrainian cities and power',
    definition:
      'Russia’s attacks with Iranian-designed drones on Ukrainian cities, civilians and energy infrastructure.',
    cues: { strike: 1, energy: 1.5, civilian: 1, city: 0.5, night: 0.5, drone: 0.5 },
    needs: [['strike', 'energy']],
    near: ['D-DRONE-TECH', 'D-SUPPLY'],
  },
  {
    id: 'D-IDENTIFIED',
    topic: 'drones',
    label: 'Proof that the drones are Iranian',
    definition:
      'Wreckage and markings showing that Russia’s drones are Iranian: the first one downed (Kupiansk, Sept 2022), the Geran-2 renaming.',
    cues: { debris: 1.5, markings: 1.5, identify: 1, intercept: 0.5, kupiansk: 2, first_time: 0.5 },
    needs: [['debris', 'markings', 'identify', 'kupiansk']],
    near: ['D-DRONE-TECH', 'D-SUPPLY', 'D-DENIAL'],
  },
  {
    id: 'D-DRONE-TECH',
    topic: 'drones',
    label: 'The Iranian drones themselves',
    definition:
      'Types, range, warhead, cost, parts and effectiveness of the Shahed and Mohajer drones.',
    aspect: true,
    cues: { tech: 1.5, drone: 0.5 },
    needs: [['tech']],
  },
  {
    id: 'D-DENIAL',
    topic: 'drones',
    label: 'Denials by Tehran and Moscow',
    definition:
      'Iran’s or Russia’s denials, or pointed non-denials, that Iran supplied drones or missiles for the war.',
    cues: { deny: 2, admit: 1.5 },
    needs: [['deny', 'admit']],
  },
  {
    id: 'D-TRAINING',
    topic: 'drones',
    label: 'Iranian trainers with Russian forces',
    definition:
      'Iranian (IRGC) instructors or technicians teaching Russian forces to use the drones, in Crimea, Belarus or elsewhere.',
    cues: { train: 2, advisers: 1, crimea: 1, belarus: 0.5, irgc: 0.5 },
    needs: [['train', 'advisers']],
  },
  {
    id: 'D-ALABUGA',
    topic: 'drones',
    label: 'Making the drones in Russia (Alabuga)',
    definition:
      'Production of Shahed/Geran drones inside Russia, at Alabuga in Tatarstan, under a deal with Iran.',
    cues: { tatarstan: 2.5, produce: 1.5, gold: 0.5 },
    needs: [['tatarstan', 'produce']],
    near: ['D-DRONE-TECH', 'X-MILTECH', 'D-PAYMENT', 'D-SUPPLY'],
  },
  {
    id: 'D-MISSILES',
    topic: 'drones',
    label: 'Iranian ballistic missiles for Russia',
    definition:
      'Iranian ballistic or surface-to-surface missiles planned, sent or denied for Russia.',
    cues: { ballistic: 2, missile: 1.5, supply: 0.5 },
    needs: [['ballistic', 'missile']],
  },
  {
    id: 'D-SANCTIONS',
    topic: 'drones',
    label: 'Sanctions over Iran’s arms for Russia',
    definition:
      'Sanctions imposed by the US, EU or UK, or UN resolutions said to be violated, over the transfers.',
    response: true,
    cues: { sanction: 2, un_violation: 1.5 },
    needs: [['sanction', 'un_violation']],
  },
  {
    id: 'D-UKR-DIPLO',
    topic: 'drones',
    label: 'Ukraine’s diplomatic response to Iran',
    definition:
      'Ukraine’s accusations against Iran, the Iranian ambassador’s accreditation withdrawn, fewer diplomats, calls to cut ties.',
    cues: { diplomatic: 2, ukraine: 0.5 },
    needs: [['diplomatic']],
    near: ['D-DENIAL', 'D-SANCTIONS', 'D-SUPPLY'],
  },
  {
    id: 'D-UKR-DEFENCE',
    topic: 'drones',
    label: 'Ukraine’s defence against the drones',
    definition: 'Interceptions, air-defence aid against the drones, strikes on their launch sites.',
    cues: { intercept: 1.5, air_defence: 1.5, ukraine: 0.5 },
    needs: [['intercept', 'air_defence']],
    near: ['D-STRIKES', 'D-DRONE-TECH'],
  },
  {
    id: 'D-ISRAEL-UKRAINE',
    topic: 'drones',
    label: 'Israel’s stance on helping Ukraine',
    definition: 'Israel weighing air-defence aid to Ukraine now that Iran’s drones serve Russia.',
    cues: { israel: 2, ukraine: 0.5, air_defence: 1 },
    // Israel named beside the drones (its own war with Iran) is not its stance on Ukraine.
    needs: [['israel'], ['ukraine', 'air_defence']],
  },
  {
    id: 'D-IRAN-STAKES',
    topic: 'drones',
    label: 'What Iran gains and risks by arming Russia',
    definition:
      'Iran’s motives: testing its drones in combat, revenue and prestige, favours expected in return, the cost if Russia loses.',
    cues: { test_ground: 2, stakes: 1.5 },
    needs: [['test_ground', 'stakes']],
  },
  {
    id: 'S-SOLEIMANI-MOSCOW',
    topic: 'syria',
    label: 'Soleimani’s 2015 visits to Moscow',
    definition:
      'Qassem Soleimani’s trips to Moscow in 2015 to plan or win Russia’s intervention in Syria.',
    year: 2015,
    cues: { soleimani: 1.5, visit: 1, moscow: 0.5, putin: 0.5, persuade: 1, y2015: 0.5 },
    needs: [['soleimani']],
  },
  {
    id: 'S-INTERVENTION-2015',
    topic: 'syria',
    label: 'Russia’s 2015 intervention in Syria',
    definition:
      'Russia’s military intervention from September 2015 and its air campaign, which saved Assad, planned with Iran.',
    year: 2015,
    cues: {
      intervention: 1.5,
      air_campaign: 1.5,
      rescue: 1,
      y2015: 1,
      syria: 0.5,
      deploy: 0.5,
      rebels: 0.5,
    },
    // Troops and deployments are there at any time (bases, patrols, the drawdown): they only add
    // to an intervention, a campaign or the year said otherwise.
    needs: [['intervention', 'air_campaign', 'rescue', 'y2015']],
  },
  {
    id: 'S-JOINT-ASSAD',
    topic: 'syria',
    label: 'Russia and Iran backing Assad together',
    definition: 'Russia and Iran as allies in Syria’s war: joint support for Assad, coordination.',
    generic: true,
    cues: { assad: 1, backing: 1, rescue: 0.5, partnership: 1, syria: 0.5 },
    // Naming Assad is not backing him: some support or partnership must be said.
    needs: [['backing', 'partnership', 'rescue']],
  },
  {
    id: 'S-ASTANA',
    topic: 'syria',
    label: 'The Astana talks (Russia, Iran, Turkey)',
    definition:
      'Russia, Iran and Turkey as guarantors of Syrian ceasefires and de-escalation zones, and their summits.',
    cues: { astana: 3, turkey: 1, talks: 1 },
    needs: [['astana', 'talks']],
  },
  {
    id: 'S-BASES',
    topic: 'syria',
    label: 'Russian bases in Syria',
    definition:
      'Russia’s bases and ports in Syria (Hmeimim, Tartus, Latakia) and Iran’s access to them.',
    cues: { base_name: 2, base: 1.5 },
    needs: [['base_name', 'base']],
  },
  {
    id: 'S-IRAN-FORCES',
    topic: 'syria',
    label: 'Iranian forces and militias in Syria',
    definition:
      'The IRGC, Quds Force, Hezbollah and Iran-backed militias on the ground, often under Russian air power.',
    cues: { militia: 1.5, irgc: 1.5, advisers: 0.5, air_campaign: 0.5 },
    needs: [['militia', 'irgc']],
  },
  {
    id: 'S-FRICTION',
    topic: 'syria',
    label: 'Friction and rivalry between Russia and Iran in Syria',
    definition:
      'Competition, diverging aims or clashes between Russia and Iran in Syria, or denials of such rivalry.',
    cues: { friction: 2, influence: 1, deny: 0.5, mistrust: 0.5 },
    needs: [['friction', 'influence']],
  },
  {
    id: 'S-ISRAEL-STRIKES',
    topic: 'syria',
    label: 'Israeli strikes on Iranian targets, and Russia’s stance',
    definition:
      'Israel striking Iranian forces in Syria; Russia’s deconfliction with Israel or blind eye to it.',
    cues: ISRAEL_STRIKES_CUES,
    // Israel named beside another story (Netanyahu courted, Iran busy with its own war on
    // Israel) is not this: strikes, Iran's forces or presence in Syria, or a deal with Russia.
    needs: [['israel'], besides(ISRAEL_STRIKES_CUES, 'israel')],
  },
  {
    id: 'S-HAMADAN',
    topic: 'syria',
    label: 'Russian bombers flying from Iran (Hamadan, 2016)',
    definition: 'Iranian territory or bases supporting Russia’s air campaign in Syria.',
    year: 2016,
    cues: { hamadan: 3, base: 0.5, air_campaign: 0.5, y2016: 0.5 },
    needs: [['hamadan']],
  },
  {
    id: 'S-COUNTER-ISIS',
    topic: 'syria',
    label: 'Fighting ISIS as the shared frame',
    definition:
      'Russia and Iran (with Iraq and Syria) sharing intelligence against ISIS, and calling their role counter-terrorism.',
    cues: { isis: 2, terror: 1, intel: 0.5, iraq: 1 },
    needs: [['isis', 'terror']],
  },
  {
    id: 'S-DRAWDOWN-2022',
    topic: 'syria',
    label: 'Russia thinning out in Syria after 2022, Iran filling in',
    definition: 'Russia moving forces from Syria after invading Ukraine, and Iran filling the gap.',
    year: 2022,
    cues: { withdraw: 1.5, fill: 1.5, ukraine: 0.5, y2022: 0.5 },
    needs: [['withdraw', 'fill']],
    near: ['S-IRAN-FORCES', 'S-FRICTION', 'S-BASES', 'X-SYRIA-TO-UKRAINE'],
  },
  {
    id: 'S-FALL-2024',
    topic: 'syria',
    label: 'Assad’s fall in 2024 and his backers',
    definition: 'The late-2024 rebel offensive and fall of Assad as it concerns Russia and Iran.',
    year: 2024,
    // HTS named (formed 2017) is, in these topics' news, nearly always its 2024 offensive.
    cues: { fall: 1.5, rebels: 1.5, post_assad: 2, y2024: 1, assad: 0.25, era_hts: 0.5 },
    // The new rulers or a fall told as done ("after Assad fled") tell it alone; a bare fall
    // word may be one averted ("kept the regime from collapse").
    needs: [['fall', 'rebels', 'post_assad', 'y2024']],
    near: ['S-JOINT-ASSAD', 'S-IRAN-FORCES', 'S-INTERVENTION-2015'],
  },
  {
    id: 'X-SYRIA-TO-UKRAINE',
    topic: 'both',
    label: 'A partnership forged in Syria, deepened in Ukraine',
    definition: 'The alliance built in Syria carried into the Ukraine war.',
    cues: { syria: 0.75, ukraine: 0.75, partnership: 0.5, deepen: 0.5 },
    needs: [['syria'], ['ukraine']],
  },
  {
    id: 'X-SHIFT',
    topic: 'both',
    label: 'Russia now depending on Iran',
    definition:
      'The changed balance: Russia, once the senior partner and supplier, now relies on Iranian arms; Iran’s first European war.',
    cues: { depend: 2, first_time: 1, europe: 1 },
    needs: [['depend', 'first_time', 'europe']],
  },
  {
    id: 'X-ALIGNMENT',
    topic: 'both',
    label: 'The broader Russia–Iran alignment',
    definition:
      'The Russia–Iran alignment in general: a shared anti-Western outlook, a growing alliance.',
    generic: true,
    cues: { partnership: 1.5, anti_west: 1.5, deepen: 0.5, west: 0.5 },
    needs: [['partnership', 'anti_west']],
  },
  {
    id: 'X-TEHRAN-2022',
    topic: 'both',
    label: 'Putin’s July 2022 visit to Tehran',
    definition: 'Putin’s 19 July 2022 trip to Tehran: Raisi, Khamenei, and a summit with Erdogan.',
    year: 2022,
    cues: { putin: 1, visit: 1, tehran: 1, turkey: 0.5, july: 0.5, iran_leader: 0.5 },
    needs: [['putin'], ['visit'], ['tehran', 'iran_leader']],
  },
  {
    id: 'X-TIES',
    topic: 'both',
    label: 'Diplomatic and economic ties',
    definition:
      'Leaders’ visits, energy and trade deals, joint work against Western sanctions, treaties.',
    cues: { ties_econ: 1.5, visit: 1, iran_leader: 0.5, moscow: 0.5 },
    needs: [['ties_econ', 'visit']],
  },
  {
    id: 'X-MISTRUST',
    topic: 'both',
    label: 'Mistrust and limits in the relationship',
    definition:
      'Historical grievances, Russia’s past votes for UN sanctions on Iran, energy rivalry.',
    cues: { mistrust: 2, friction: 0.5 },
    needs: [['mistrust']],
  },
  {
    id: 'X-MILTECH',
    topic: 'both',
    label: 'Other military cooperation',
    definition:
      'Russian fighter jets and air defences for Iran, joint weapons work, joint naval drills.',
    cues: { miltech: 2 },
    needs: [['miltech']],
  },
  {
    id: 'X-NUCLEAR',
    topic: 'both',
    label: 'The nuclear deal and the alliance',
    definition: 'The alliance’s bearing on Iran’s nuclear programme and the 2015 deal.',
    cues: { nuclear: 2 },
    needs: [['nuclear']],
  },
];

const BY_ID: ReadonlyMap<string, Matter> = new Map(MATTERS.map((m) => [m.id, m]));

/** The matter with this id, or undefined. */
export function matterById(id: string): Matter | undefined {
  return BY_ID.get(id);
}

/** Whether a matter belongs to one of `topics` (bridges belong to both). */
export function matterInTopics(m: Matter, topics: readonly Topic[]): boolean {
  return m.topic === 'both' || topics.includes(m.topic);
}
