/**
 * English lexicon. Forms are tokenized like page text, so hyphens, case, possessives and
 * line-broken words need no extra forms; plurals and verb endings come from `suffixes`.
 * Long groups are split over lines with `+`; the minifier joins them back.
 */
import {
  ABET,
  ASTANA,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  ANSWER,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  REF,
  RUS_ARMS,
  SIDES,
  SOLEIMANI,
  STATES,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The English lexicon (the quality bar: see tests/fixtures/detection/*.jsonl). */
/** The Astana guarantors, and their adjectives ("the Iranian-Russian-Turkish centre"). */
const NAMES = ['russia', 'iran', 'turkey'];
const ADJECTIVES = ['russian', 'iranian', 'turkish'];

/** The six orders of three names as `|`-joined forms, `last` (e.g. "and") before the third. */
function trio(names: readonly string[], last = ''): string {
  const [a = '', b = '', c = ''] = names;
  const orders = [
    [a, b, c],
    [a, c, b],
    [b, a, c],
    [b, c, a],
    [c, a, b],
    [c, b, a],
  ];
  return orders.map(([x, y, z]) => [x, y, last, z].filter(Boolean).join(' ')).join('|');
}

export const EN: Lexicon = {
  lang: 'en',
  suffixes: 'ies>y;ied>y;ier>y;ing>;ing>e;ed>;d>;es>;s>;r>;ment>',
  terms: [
    [
      IRAN,
      'iran|iranian|islamic republic;tehran|teheran;irgc|revolutionary guard;' +
        'quds force|qods force;khamenei|ayatollah;raisi;pezeshkian;rouhani;zarif;' +
        'abdollahian|amirabdollahian|araghchi|araqchi|kanaani|baghaei;iravani;kazem jalali;larijani;velayati;shamkhani;hajizadeh;' +
        'qaani|ghaani;bagheri;jalili;amirabad;isfahan;hamadan|hamedan;' +
        // Officials whose name alone names Iran: defence ministers, envoys, vice-presidents.
        'dehghan|dehqan;hatami;ashtiani;gharibabadi;jaberi ansari;khaji;nasirzadeh;mokhber;qalibaf|ghalibaf;ahmadinejad;khatibzadeh;kanani',
    ],
    [IRAN | SOLEIMANI, 'soleimani|suleimani|soleymani'],
    // Arms that would reach Iran, told as Iran's hands ("systems we give Ukraine could fall into
    // Iranian hands"): where Kyiv's arms are told, the channel through Russia's war.
    [IRAN | TRANSFER, 'iranian hands|iran hands|iran possession'],
    // Iran's Hamadan (Nojeh) air base, which Russia's bombers flew from to strike in Syria: the
    // base, not the city, with Russia in the sentence is the alliance in Syria's war.
    [IRAN | SYRIA, 'hamadan air base|hamedan air base|nojeh'],
    // Named from the base's side, Iran must be named beside it (the probe's gate holds no "base").
    [SYRIA, 'base in hamadan'],
    // Iran's Afghan and Pakistani militias in Syria: their name alone names Iran's forces there.
    [
      IRAN | SYRIA,
      'fatemiyoun|fatemiyun|fatimiyoun|fatimid militia|fatimid brigade|zainabiyoun|zainabiyun',
    ],
    [
      RUSSIA,
      'russia|russian|russo;moscow;kremlin;putin;shoigu;lavrov;' +
        'peskov|medvedev|gerasimov|belousov|zakharova;tatarstan;astrakhan;makhachkala;' +
        // Envoys and aides whose name alone names Russia in Syria's and Ukraine's diplomacy.
        'bogdanov;ryabkov;nebenzia|nebenzya;ushakov;patrushev;naryshkin;' +
        'dvornikov;surovikin',
    ],
    // Russia's military police, who guaranteed Syria's surrender deals ("rebels handed in their
    // weapons under Russian military police guarantees"): Russia's force in Syria.
    [RUSSIA | SYRIA, 'russian military police'],
    // Russia's envoy for Syria, who leads its Astana delegation: his name alone places it there.
    [RUSSIA | SYRIA, 'lavrentiev|lavrentyev'],
    [STRONG | RUSSIA, 'alabuga|yelabuga|elabuga'],
    [DRONE, 'drone|uav|unmanned|kamikaze|owa|loitering munition'],
    // A drone by its use is a drone ("strike drones assembled at Alabuga"), not a strike.
    [DRONE, 'attack drone|attack uav|strike drone|strike uav'],
    // Strike words, which play no role: the canonical term `strike` tells `analyzeBlock` a
    // strike is told ("two drones struck a dormitory in the Alabuga zone").
    [0, 'strike|struck|attacked|targeted|hit|explosion|blast'],
    // Interception words (canonical `intercept`, also a strike for the Alabuga rule): an air
    // defence downing Iran's drones over Israel or the Gulf is that war's, not Russia's (see
    // `analyzeBlock`). The act, not the defence itself: Kyiv asking Israel to "test run" its air
    // defences on the Iranian drones striking Ukraine is still the topic.
    [0, 'intercept|interception|shot down|shoot down|shooting down|downed|downing|foil'],
    // The US–Russia deconfliction line over Syria (canonical `us-russia deconfliction`): Russia
    // named as Washington's counterpart there is not acting with or against Iran (see
    // `analyzeBlock`). Israel's line with Russia is another matter: Iran's forces are its targets.
    [
      0,
      'us-russia deconfliction|u.s.-russia deconfliction|russia-us deconfliction|' +
        'russia-u.s. deconfliction|us-russian deconfliction|u.s.-russian deconfliction|' +
        'russian-us deconfliction|russian-u.s. deconfliction|russian-american deconfliction|' +
        'american-russian deconfliction|deconfliction line with washington|' +
        'deconfliction line with the us|deconfliction line with the u.s.|' +
        'deconfliction channel with washington|deconfliction channel with the us|' +
        'deconfliction channel with the u.s.',
    ],
    // A regime's fall (canonical `fall`): listed with a third state ("Syria's Assad, Venezuela's
    // Maduro and now Iran's leader have fallen"), Moscow's lost clients, not the alliance in
    // Syria's war (see `analyzeBlock`).
    [
      0,
      'fall|fallen|fell|toppled|topple|ousted|oust|overthrown|overthrow|collapse|' +
        'lose power|lost power|losing power',
    ],
    // Drones of the US are no drones of the topic: the one that killed Soleimani.
    [
      0,
      'us drone|u.s. drone|american drone|us drone strike|u.s. drone strike|american drone strike|' +
        'mq-9|mq-1|reaper drone|predator drone',
    ],
    // The model with its number is the drone; its bare name is also a given name ("Shahed
    // Alam"), a martyr ("Shaheed") or a flower.
    [MODEL | DRONE, 'shahed-136|shahid 136;shahed-131|shahid 131;shahed-238;shahed-107;mohajer-6'],
    [MODEL, 'shahed|shaheed;geranium'],
    [DRONE | IRAN, 'mohajer'],
    [STRONG | DRONE, 'geran-2|geranium 2;geran-1|geranium 1;geran'],
    [
      WEAPON,
      'weapon|weaponry|arms|hardware|equipment;missile|rocket|fateh;' +
        'ammunition|munition|shells|artillery;ballistic',
    ],
    [WEAPON | TRANSFER | GIVE, 'arming|rearm|armed'],
    // Instructors hand over a weapon's use: Iran's trainers with Russian crews are a transfer.
    [WEAPON | TRANSFER, 'instructor|trainer'],
    // Job titles and the adjective: an envoy's adviser trains no crew, an armed group is
    // armed by no one in the sentence.
    [
      0,
      'senior adviser|senior advisor|security adviser|security advisor|special adviser|' +
        'special advisor|presidential adviser|chief adviser|top adviser|top advisor|' +
        'political adviser|economic adviser|adviser on|advisor on;' +
        'armed forces|armed force|armed opposition|armed group|armed men|armed rebel|' +
        'armed militia|armed faction|armed conflict|armed struggle;' +
        // The Golan as a question of sovereignty is Israel's annexation, not Syria's war.
        'sovereignty over the golan|sovereignty over golan|annexation of the golan|' +
        'annexed golan|annexed the golan;' +
        // "United States" is no unit.
        'united',
    ],
    // Shields: phrases with weapon or link words that are not arms for Russia's war.
    [
      0,
      'nuclear weapon|nuclear arms|arms control|armed forces|armed group|armed conflict|according to;' +
        // Not Hama ("Hamad International Airport", "Tamim bin Hamad").
        'hamad',
    ],
    // Russia's arms for Iran, and the UN embargo on arms for and from Iran: without drones,
    // sanctions diplomacy, not Iran's arms for Russia's war.
    [RUS_ARMS, 'su-35|sukhoi|s-300|s-400|mig-29|yak-130|fighter jet;arms embargo|weapons embargo'],
    // General objects of the arms trade, and the goods of other trade that are not arms.
    // Arms on the move in general words: a weapon where a transfer is told.
    [WEAPON | TRANSFER | GOODS, 'military cargo'],
    [
      TRANSFER | GOODS,
      'cargo;shipment;cargo plane|transport plane|cargo aircraft|transport aircraft|cargo flight|ilyushin',
    ],
    [HELP | GOODS, 'design'],
    // Devices named for another use are no drones: a bomb, a bug, a phone.
    [
      0,
      'explosive device|explosive devices|improvised device|improvised devices|' +
        'incendiary device|incendiary devices|nuclear device|nuclear devices|' +
        'listening device|listening devices|tracking device|tracking devices|' +
        'surveillance device|surveillance devices|medical device|medical devices|' +
        'electronic device|electronic devices|mobile device|mobile devices|' +
        'smart device|smart devices|household device|household devices|other devices',
    ],
    [GOODS, 'aircraft|airframe;consignment|batch;unit;device'],
    // Drones of another maker are no drones of the topic ("Turkish-made Bayraktar drones",
    // "drones made in Ukraine"), and weapons handed in are given up, not handed over.
    [
      0,
      'bayraktar|bayraktar drone|tb2 drone|turkish drone|turkish-made drone|' +
        'turkish-made bayraktar drone|turkish-built drone|drone made in turkey|' +
        'drones made in turkey|made in turkey|chinese-made drone|chinese drone|' +
        'drone made in china|drones made in china|american-made drone|us-made drone|' +
        'ukrainian-made drone|ukrainian-built drone|drone made in ukraine|' +
        'drones made in ukraine|made in ukraine;' +
        'give up|gave up|given up|hand in|handed in|handing in',
    ],
    // Military help as a thing handed over: with Iran and Russia, arms for its war.
    [
      WEAPON | HELP | GIVE,
      'military assistance|military aid|military help|military support|military and technical support|military technical support',
    ],
    // Goods and cooperation that are not arms, and support given by a vote at the UN.
    [
      CIVIL,
      'trade;passenger|airline;railway;wheat|grain|fertilizer|fruit;oil;economic;' +
        'energy cooperation|nuclear cooperation;vote;cars|carmaker|automaker;' +
        'reactor|power plant|bushehr;food|agricultural|pistachio|tomato|university|pilgrim;' +
        // Ukraine's airliner that Iran shot down in 2020: Iran's answers to Kyiv on it.
        'airliner|ps752|flight 752|plane crash|boeing;' +
        // Gas, not arms: "Russia depends on Iran for gas swaps".
        'natural gas|gas swap|gas supply|gas supplies|gas export',
    ],
    [SIDES, 'either side|neither side|either party|neither party;warring'],
    // Iran's stance on Russia's war in general words: a denial ("neutral", "has not taken
    // sides"), a non-denial ("predates the war", "not aimed at Ukraine"), or its help ("came to
    // the aid of", "entered the war to rescue"). Drones only with that war (see `dronesScore`).
    [
      SIDES | HELP,
      'neutral|neutrality|taken sides|taken no side|sided with|side with|came to the aid|rescue|' +
        'its weight behind|entered the war|joined the war|back to before|predate|not aimed at',
    ],
    // "The war" itself, where Iran's stance is told, is Russia's war on Ukraine.
    [SIDES | HELP | UKRAINE, 'aid in ukraine;back to before the war|before the war'],
    // Joint drills: with Iran, Russia and a drone in one sentence, a drone tie (not arms alone:
    // warships firing missiles in naval drills are not the topic).
    [VISIT, 'exercise|drill'],
    // Explicit transfers: these link Iran, Russia and a weapon across adjacent sentences.
    [
      TRANSFER | GIVE,
      'supply|resupply|provide|furnish|deliver|delivery|transfer|transferred|send|sent|' +
        'give|gave|given|handed|sale|sell|sold|smuggle|shipped|shipping',
    ],
    [
      TRANSFER,
      'maker|manufacturer|acquisition|procurement|request;pay|paid|payment;' +
        // A named load ("a shipment of caviar") is not a general object.
        'cargo of|shipment of|consignment of|batch of;' +
        'training|train|adviser|advisor;' +
        'production|produce|manufacture|factory|assemble|assembly|output',
    ],
    // Russia's payment for Iran's arms, told as what it gives Iran back: the canonical term
    // `in return` tells `analyzeBlock` ("In return, Moscow is to give Tehran Su-35 jets", "how
    // does Russia pay Iran for this?").
    [TRANSFER, 'in return|in exchange|quid pro quo|repay|repaying|repaid'],
    // A supplier (`FROM` marks the noun of the giver): its owner is the customer ("Moscow became
    // Tehran's main arms supplier").
    [TRANSFER | FROM, 'supplier|seller|provider'],
    // A buyer's words (`TO` marks them): their subject receives ("Iran signed a deal with
    // Russia to obtain missiles" is Iran buying); the partner after "with" is not the subject.
    [TRANSFER | TO, 'receive|buy|bought|purchase|acquire|import|procure|obtain'],
    // Dependence: the dependent party receives ("Russia is now dependent on Iran"), in one sentence.
    [
      HELP | TO,
      'dependent on|depend on|depends on|reliant on|rely on|relies on|relying on|look to|looking to|' +
        'dependence on|dependency on|reliance on;' +
        // A buyer's search: "turned to Tehran for drones", "sought missiles from Iran".
        'seek|sought|turned to|turn to|turning to',
    ],
    [FROM | TO, 'with'],
    // Vaguer links, and words common outside the arms trade: they count inside one sentence.
    [
      HELP,
      'cooperation|cooperate|collaboration|partnership|militarily|support|backing|backer|' +
        'ally|alliance|ties|closer|lifeline;' +
        'deal|contract|agreement|exchange|plant|licence|license|made|built|copy|' +
        'technology;self-sufficiency|self-sufficient|out of the loop|localise|localize|' +
        'localisation|localization;sanction|accuse|accusation|allegation|allege|evidence',
    ],
    // Answer words (`ANSWER`): Iran's reply to what a document told.
    [ANSWER, 'denial|deny|reject|dismiss|unfounded|untrue|baseless|groundless|unconfirmed'],
    [HELP | GIVE, 'help|aid|assist|assistance|export|ship'],
    [FROM, 'from|by'],
    [TO, 'to'],
    // Syria's bases and proxies are places of the story, not its war: drones trained on at
    // Hmeimim are the drones topic only.
    // Syria's phosphate is the prize of Russia and Iran's rivalry for its contracts.
    [
      SYRIA,
      'syria|syrian;tartus|tartous;hmeimim|khmeimim|hemeimeem;latakia|lattakia;' +
        'hezbollah|hizbollah;' +
        // Places and forces of the war, for the pair acting there ("Iranian-backed militias
        // in Daraa"); not the war itself where a document named the pair.
        'daraa|deraa|dera a;quneitra;golan|golan heights;hama;raqqa|raqqah|rakka;qusayr|qusair;ghouta;' +
        'albu kamal|abu kamal|bukamal|bu kamal|abukamal|albukamal;mayadin|mayadeen;' +
        // Air bases Russia and Iran shared or handed over, and the Russian-backed corps (by its
        // full name: a bare "5th Corps" is as often the US Army's or one in Ukraine's war).
        't-4 airbase|t-4 air base|t-4 base|t-4 airport|t-4 military airport|t4 airbase|tiyas;' +
        'shayrat;kuweires;fifth assault corps|5th assault corps|fifth legion|5th legion;' +
        'conoco base|conoco field|conoco gas field;' +
        'badia;' +
        // Towns of the war where Russia's and Iran's forces served, met or fell out.
        'tabqa;qamishli;manbij;sukhnah;qaryatayn;khan shaykhun|khan sheikhoun;saraqib;' +
        'jisr al-shughur;masyaf;sayyida zeinab|sayyida zaynab;zabadani;suwayda|sweida;bosra;' +
        'jableh;tal rifaat;' +
        'syrian arab army;tiger forces;' +
        'phosphate deal|phosphate mine|phosphate field',
    ],
    // The US garrison at al-Tanf: Iran-backed militias' drones and rockets at US troops there are
    // another of Iran's theatres (as Israel's strikes are), not arms for Russia's war.
    [SYRIA | THEATRE, 'al-tanf|tanf base|tanf garrison|al tanf'],
    [
      SYRIA | SYRIA_WAR,
      'assad;damascus;aleppo;idlib|idleb;palmyra|tadmur;homs;' +
        'deir ez-zor|deir ezzor|deir al zour|deir al zor|deir el zor|deir el zour|deir ez zour;' +
        'de-escalation zone;syrian government|syrian regime;' +
        // "Syria's civil war" reads "syria civil war" (the tokenizer drops a possessive).
        'syrian war|syrian civil war|syrian conflict|war in syria|civil war in syria|' +
        'syria war|syria civil war|syria conflict;' +
        'campaign in syria|intervention in syria|operation in syria|intervened in syria',
    ],
    [
      SYRIA_STRONG | SYRIA,
      'astana process|astana format|astana talks|astana peace|astana guarantor',
    ],
    [VISIT, 'visit|travel|travelled|trip|flew|met|meeting'],
    // Vague references that only earlier text resolves (read with the document's context).
    [
      REF,
      'two countries|both countries|two nations|two governments|two capitals|' +
        'two partners|two powers|three countries|three leaders|two leaders|both leaders|' +
        'two presidents|both presidents|' +
        'this partnership|their partnership|their alliance|this alliance|shared commitment',
    ],
    // The pair by its part in a war: the guarantors of the Astana format (named without the
    // city) and the patrons of one side; with Syria in the sentence, Syria's war.
    [
      REF | SIDES,
      'three guarantor|guarantor state|guarantor power|guarantor country|guarantors;' +
        // The same part told by its verb: "Russia, Iran and Turkey guarantee the ceasefire".
        'guarantee the ceasefire|guarantees the ceasefire;' +
        'two allies|two closest allies|two main allies|two main backers|two backers|' +
        'foreign patrons',
    ],
    // "Washington and its two closest allies": the allies of whoever comes first, not the pair.
    [
      0,
      'and its two allies|and its two closest allies|and its two main allies|and its two backers',
    ],
    [REF | ABET, 'complicity|complicit|accomplice|co-aggressor|abettor'],
    [ASTANA, 'astana'],
    // The three Astana guarantors named together: with their part ("as guarantors") or Syria,
    // the talks on Syria even where the city is not named.
    [ASTANA | IRAN | RUSSIA, [trio(NAMES, 'and'), trio(NAMES), trio(ADJECTIVES)].join('|')],
    [
      UKRAINE,
      'ukraine|ukrainian|kyiv|kiev|kharkiv|odesa|odessa|zaporizhzhia|dnipro|donbas|crimea|' +
        'kherson|mykolaiv|lviv|sumy|chernihiv|bakhmut|donetsk|zelensky|zelenskyy;' +
        'kryvyi rih|poltava|vinnytsia|zhytomyr|khmelnytskyi|rivne|ternopil|lutsk|cherkasy|' +
        'kremenchuk|izmail|kramatorsk|sloviansk|pokrovsk|ukrenergo;' +
        // Officials whose name alone places a sentence in Ukraine's war.
        'klitschko|klychko;kuleba;sybiha;yermak;budanov;ihnat;umerov;shmyhal;syrskyi;zaluzhnyi;' +
        // And those quoted on each night's drones: ministers, spokesmen, governors, mayors.
        'reznikov;podolyak|podoliak;yusov;synehubov;terekhov;kiper',
    ],
    [
      THEATRE,
      'israel|israeli;idf|israel defense forces;armenia|armenian;karabakh;caucasus;' +
        'azerbaijan|azerbaijani;houthi|ansar allah;yemen;red sea;gaza;hamas;' +
        'sudan|sudanese;rapid support forces|rsf;ethiopia|ethiopian;tigray|tigrayan',
    ],
    // And the blocs whose summits bring Russia and Iran to Astana with other states.
    [
      STATES,
      'north korea|north korean|pyongyang;china|beijing;venezuela|maduro|caracas;cuba;belarus;' +
        'shanghai cooperation|sco|brics|eurasian|cica',
    ],
    [
      LEISURE,
      'sport|wrestling|football|soccer|volleyball|basketball|championship|tournament|olympic|' +
        'medal|world cup;festival|film|cuisine|recipe|pepper|tourist|tourism;' +
        // Replicas and games: a Shahed model kit is no strike.
        'model kit|scale model|video game|computer game;' +
        // Earthquake relief from Russia and Iran is not their alliance.
        'earthquake|quake;relief flight|flying supplies|rescue team',
    ],
  ],
};
