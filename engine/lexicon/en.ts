/**
 * English lexicon. Forms are tokenized like page text, so hyphens, case, possessives and
 * line-broken words need no extra forms; plurals and verb endings come from `suffixes`.
 * Long groups are split over lines with `+`; the minifier joins them back.
 */
import type { Lexicon } from './types';

/** The English lexicon (the quality bar: see tests/fixtures/detection/en.jsonl). */
export const EN: Lexicon = {
  lang: 'en',
  suffixes: 'ies>y;ied>y;ier>y;ing>;ing>e;ed>;d>;es>;s>;r>;ment>',
  terms: {
    iran:
      'iran|iranian|islamic republic;tehran|teheran;irgc|revolutionary guard;' +
      'quds force|qods force;khamenei|ayatollah;raisi;pezeshkian;rouhani;zarif;' +
      'amir-abdollahian|abdollahian|araghchi|kanaani|baghaei',
    'iran soleimani': 'soleimani|suleimani|soleymani|sulaimani|solaimani',
    russia:
      'russia|russian|russo;moscow;kremlin;putin;shoigu;lavrov;' +
      'peskov|medvedev|gerasimov|belousov|zakharova|nebenzia;tatarstan',
    'strong russia': 'alabuga|yelabuga|elabuga',
    drone: 'drone|uav|unmanned|kamikaze|owa|one way attack|loitering munition',
    'model drone': 'shahed-136|shahid 136;shahed-131|shahid 131;shahed;mohajer-6;geranium',
    'drone iran': 'mohajer',
    'strong drone': 'geran-2|geranium 2;geran-1|geranium 1;geran',
    weapon:
      'weapon|weaponry|arms|armament|hardware|equipment|materiel;' +
      'missile|rocket|fateh|fath 360|zolfaghar;' +
      'ammunition|ammo|munition|shells|artillery',
    'weapon transfer': 'arming|rearm',
    // Shields: phrases with weapon words that are not arms for Russia's war.
    none: 'nuclear weapon|nuclear arms|arms control|armed forces',
    rusArms: 'su-35|su35|sukhoi|s-300|s-400|s300|s400|mig-29|yak-130|fighter jet',
    transfer:
      'supply|resupply|restock|provide|furnish;' +
      'deliver|delivery|ship|shipment|shipped|shipping|transfer|transferred|send|sent|' +
      'give|gave|given|handed|receive;' +
      'sale|sell|sold|buy|bought|purchase|acquire|acquisition|export|request|deal|contract|' +
      'agreement|exchange;' +
      'training|train|instructor|adviser|advisor;' +
      'production|produce|manufacture|factory|plant|assemble|assembly|licence|license|made|' +
      'built|design|copy|technology;' +
      'payment|pay|paid|barter;' +
      'denial|deny|reject|dismiss|unfounded|untrue;' +
      'sanctions|sanction|accuse|accusation|allegation|allege|evidence',
    help: 'cooperation|help|aid|assist|assistance|cooperate|collaboration|partnership|militarily',
    from: 'from|by',
    syria:
      'syria|syrian;assad;damascus;tartus|tartous;hmeimim|khmeimim|hmeymim;latakia|lattakia;' +
      'aleppo;idlib;palmyra;homs;deir ez-zor|deir ezzor;hezbollah|hizbollah|hizballah;' +
      'de-escalation zone',
    'syriaStrong syria': 'astana process|astana format|astana talks|astana peace|astana guarantor',
    visit: 'visit|travel|travelled|trip|flew|met|meeting',
    ukraine: 'ukraine|ukrainian|kyiv|kiev|kharkiv|odesa|odessa|zaporizhzhia|dnipro|zelensky|donbas',
    leisure:
      'sport|wrestling|football|soccer|volleyball|basketball|championship|tournament|olympic|' +
      'fifa|medal|chess|world cup;' +
      'festival|film|concert|museum|cuisine|recipe|chef|pepper|tourist|tourism',
  },
};
