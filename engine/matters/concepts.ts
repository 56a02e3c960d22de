/**
 * The concepts that matter cues name: a small interlingua between the words of each language
 * (`engine/matters/cues/*.ts`) and the matters (`catalogue.ts`), so a language only translates
 * concepts and never restates the rules. One source for the ids: cue files and matter rules
 * are type-checked against this list.
 */

/** Concept ids with a one-line gloss for translators of the cue lexicons. */
export const CONCEPTS = {
  // Parties and places
  iran_leader: 'Iran’s leaders by name or office: Khamenei, Raisi, Pezeshkian, the supreme leader',
  pres_ahmadinejad: 'Mahmoud Ahmadinejad, Iran’s president 2005–2013 (also an iran_leader)',
  pres_rouhani: 'Hassan Rouhani, Iran’s president 2013–2021 (also an iran_leader)',
  pres_raisi:
    'Ebrahim Raisi, Iran’s president 2021–2024, and his deputy Mokhber (also an iran_leader)',
  pres_pezeshkian: 'Masoud Pezeshkian, Iran’s president from 2024 (also an iran_leader)',
  fm_zarif: 'Mohammad Javad Zarif, Iran’s foreign minister 2013–2021, with his first name or title',
  zarif_name:
    'the bare surname Zarif where it is also a word (Turkish “elegant”, Arabic/Persian “witty”): his only beside Iran’s places, leaders or diplomacy',
  fm_amirabdollahian: 'Hossein Amir-Abdollahian, Iran’s foreign minister 2021–2024',
  fm_araghchi: 'Abbas Araghchi, Iran’s foreign minister from 2024',
  former:
    'A leader named as one no longer in office (“former foreign minister Zarif”, “ex-president”): his term is not the time told',
  putin: 'Vladimir Putin, the Russian president',
  soleimani: 'Qassem Soleimani (every spelling)',
  assad: 'Bashar al-Assad, his regime or government, Damascus as the regime',
  tehran: 'the city of Tehran (named as a place, e.g. a visit to Tehran)',
  moscow: 'the city of Moscow (named as a place)',
  us: 'the United States, Washington, US/American officials, the Pentagon, the State Department',
  white_house: 'the White House, Jake Sullivan, John Kirby, the US National Security Council',
  israel: 'Israel, Israelis, the IDF, Netanyahu, the Golan',
  turkey: 'Turkey, Türkiye, Ankara, Erdogan',
  iraq: 'Iraq, Iraqi, Baghdad',
  ukraine: 'Ukraine, Ukrainian, Kyiv as the state, Zelensky',
  syria: 'Syria, Syrian',
  city: 'Ukrainian cities by name (Kyiv, Kharkiv, Odesa, Lviv, Dnipro…) or the word city/cities/town',
  crimea: 'Crimea, Dzhankoi',
  belarus: 'Belarus, Belarusian',
  tatarstan: 'Alabuga, Yelabuga, Tatarstan, the special economic zone where the drones are made',
  kupiansk: 'Kupiansk (where the first Shahed was downed, Sept 2022)',
  base_name: 'Russian bases in Syria by name: Hmeimim/Khmeimim, Tartus, Latakia, Shairat, T4',
  hamadan: 'Hamadan or the Nojeh air base in Iran',
  astana: 'Astana / Nur-Sultan or Sochi as the venue of the Syria talks',
  europe: 'Europe, a European war',
  west: 'the West, Western, NATO',
  // Things and deeds
  drone: 'drone, UAV, Shahed, Geran, Mohajer, kamikaze drone',
  supply:
    'to supply, deliver, send, ship, sell, transfer, provide, buy, purchase, acquire, receive',
  shipment: 'shipment, batch, consignment, cargo, cargo flight, airlift',
  quantity: 'hundreds, thousands, several hundred, a large number',
  intel: 'intelligence, information indicates, assessment, declassified, satellite images',
  cash: 'cash, banknotes, euros, money',
  gold: 'gold, bullion',
  pay: 'to pay, payment, paid, price paid',
  exchange: 'in exchange, in return, swap, barter',
  captured_arms: 'captured Western weapons: captured, seized, Javelin, NLAW, Stinger',
  strike: 'strike, attack, hit, barrage, wave, raid, launch, bombard, shell, target, destruction',
  energy:
    'power grid, energy infrastructure, power plant or station, electricity, blackout, heating',
  civilian: 'civilians, residential, killed, deaths, casualties, wounded, injured, homes, victims',
  night: 'overnight, at night',
  debris: 'wreckage, debris, remains, fragments',
  markings: 'markings, painted, relabelled, renamed, rebranded, serial number, Cyrillic lettering',
  identify: 'identified, evidence, proof, confirmed, photos show, examined, investigators',
  intercept: 'shot down, downed, intercepted, destroyed in the air, neutralised',
  air_defence:
    'air defence, anti-aircraft, Gepard, IRIS-T, NASAMS, Patriot, electronic warfare, jamming',
  tech: 'range, kilometres, warhead, payload, engine, speed, guidance, GPS, components, chips, cost',
  deny: 'to deny, denial, reject, dismiss, refute, baseless, false, lies, no evidence, never sent',
  admit: 'to admit, acknowledge, concede, a small number, before the war',
  train: 'to train, training, trainer, instructor, teach, learn to operate',
  advisers: 'advisers, advisors, specialists, technicians, military personnel, experts',
  irgc: 'the IRGC, the Revolutionary Guards, the Quds Force',
  produce: 'production, produce, manufacture, factory, plant, assembly, licence, localise, output',
  missile: 'missile, missiles, rockets',
  ballistic: 'ballistic, Fateh-110, Fath-360, Zolfaghar, surface-to-surface, short-range ballistic',
  sanction: 'sanction(s), blacklist, designate, Treasury, asset freeze, travel ban, front company',
  un_violation: 'UN Security Council resolution 2231, violation, breach, arms embargo, snapback',
  diplomatic:
    'ambassador, envoy, embassy, accreditation, diplomats, expel, downgrade or sever relations',
  test_ground: 'testing ground, proving ground, battlefield test, showcase, combat experience',
  stakes:
    'revenue, arms exports, customers, prestige, leverage, favours, gain, benefit, risk, gamble',
  visit: 'visit, trip, flew, travelled, arrived, met, meeting, talks, hosted, summit',
  persuade: 'persuade, convince, pitch, lobby, urge, plan (a campaign), maps',
  intervention: 'intervention, intervene, step in, enter the war, military operation',
  deploy:
    'troops, forces, deploy, deployment, stationed, contingent, military presence, buildup: forces anywhere at any time',
  air_campaign:
    'airstrikes, air campaign, bombing, warplanes, jets, sorties, bombers, air power, air cover',
  rescue: 'save, rescue, prop up, keep in power, turn the tide, survival, lifeline',
  backing: 'support, backing, backer, ally, allies, patron, side by side, jointly, coordinate',
  talks: 'guarantor, de-escalation zone, ceasefire, truce, peace talks, trilateral, peace process',
  base: 'base, air base, naval base, port, facility, lease',
  militia: 'militia, proxies, Hezbollah, Fatemiyoun, Shia fighters, ground forces, on the ground',
  friction:
    'rivalry, rival, compete, vie, edge out, tension, friction, clash, rift, at odds, dispute',
  influence: 'influence, contracts, reconstruction, spheres of influence, economic interests',
  deconfliction:
    'deconfliction, hotline, blind eye, green light, tacit approval, allowed to strike',
  isis: 'ISIS, ISIL, Daesh, Islamic State',
  terror: 'terrorism, terrorists, jihadists, extremists',
  withdraw: 'withdraw, pull out, redeploy, relocate, thin out, drawdown, reduce presence',
  fill: 'fill the vacuum or gap, move into vacated positions, take over',
  fall: 'fall, collapse, toppled, ousted, overthrown, downfall, fled, asylum, exile',
  rebels: 'rebels, rebel offensive, HTS, Hayat Tahrir al-Sham, opposition forces, al-Sharaa',
  era_hts:
    'Hayat Tahrir al-Sham (HTS) by name: formed in 2017, so a text naming it tells of 2017 on, never of the 2015 intervention (also rebels)',
  post_assad:
    'Syria after Assad: its new, interim or transitional authorities or government, the HTS-led government, President al-Sharaa, post-Assad Syria',
  partnership: 'partnership, alliance, cooperation, relationship, axis, bond',
  deepen: 'deepen, grow, strengthen, closer, evolve, new phase, new chapter',
  depend: 'depend, dependence, reliant, rely on, turn to, junior or senior partner, role reversal',
  first_time: 'for the first time, first entry, unprecedented',
  anti_west: 'anti-Western, anti-American, world order, multipolar, isolation, pariah, hegemony',
  ties_econ: 'trade, energy deal, gas, oil, Gazprom, investment, corridor, banks, currency, treaty',
  mistrust: 'mistrust, distrust, suspicion, grievances, betrayal, limits of the relationship',
  miltech: 'Russian arms for Iran (Su-35, S-300, S-400), satellite launch, joint naval drills',
  nuclear: 'nuclear, the nuclear deal, JCPOA, enrichment, IAEA, uranium',
  since:
    'since, from, as of (before a year: “since 2015” starts a span, it does not tell the time of the text)',
  july: 'July',
  y2015: 'the year 2015',
  y2016: 'the year 2016',
  y2022: 'the year 2022',
  y2024: 'the year 2024',
} as const;

export type Concept = keyof typeof CONCEPTS;

/** Whether `v` is a concept id. */
export function isConcept(v: string): v is Concept {
  return Object.hasOwn(CONCEPTS, v);
}
