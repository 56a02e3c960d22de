/** English matter cues: the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const EN_CUES: CueLexicon = {
  lang: 'en',
  cues: [
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'western sanctions|under sanctions|evade sanctions|circumvent sanctions|' +
        'bypass sanctions|undermine sanctions|sanctions-hit|sanctioned states|isolated|isolation|' +
        'pariah|anti-western|anti-american|world order|multipolar|hegemony|axis of upheaval',
    ],
    [
      'ties_econ',
      'trade|trading|gas|oil|gazprom|energy deal|investment|invest|corridor|' +
        'north-south|railway|rail link|bank|banks|banking|mir|swift|rouble|rial|currency|' +
        'treaty|strategic partnership treaty|memorandum|economic|economy|wheat|tariffs',
    ],
    [
      'energy',
      'power grid|energy grid|energy infrastructure|energy facilities|energy system|' +
        'power plant|power plants|power station|thermal plant|substation|electricity|blackout|' +
        'blackouts|power outage|outages|heating|critical infrastructure|power lines|infrastructure',
    ],
    [
      ['energy', 'civilian'],
      'civil infrastructure|civilian infrastructure|civilian facilities|civilian targets',
    ],
    [
      'miltech',
      'su-35|sukhoi|s-300|s-400|mig-29|yak-130|fighter jets|attack helicopters|' +
        'mi-28|satellite|khayyam|naval drill|naval drills|joint drill|joint exercise|' +
        'joint exercises|military-technical|war games',
    ],
    ['nuclear', 'nuclear|jcpoa|nuclear deal|enrichment|enriched uranium|uranium|iaea|atomic'],
    ['iran_leader', 'khamenei|supreme leader'],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rouhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian'],
    ['putin', 'putin'],
    ['soleimani', 'soleimani|suleimani|soleymani|sulaimani'],
    [
      'assad',
      'syrian leader|syrian president|assad government|assad|assad regime|syrian regime|syrian government|damascus|the regime',
    ],
    ['tehran', 'tehran|teheran'],
    ['moscow', 'moscow'],
    ['white_house', 'white house|kirby|national security council|nsc'],
    // The national security adviser's words were the July 2022 disclosure itself; the White
    // House and its spokesman have told much else since (the Crimea trainers, the factory).
    [['white_house', 'intel'], 'jake sullivan|sullivan|national security adviser'],
    [
      'us',
      'united states|u.s.|us officials|american|americans|washington|pentagon|' +
        'state department|biden administration|biden|blinken|cia|' +
        // "US" alone is the pronoun: the country only with the word it qualifies.
        'us government|us administration|us official|us military|us defense|us defence',
    ],
    [['us', 'intel'], 'us intelligence|us assessment|us spy agencies'],
    // Iran or its allies fighting Israel (their own war) is not Israel striking them in Syria.
    [
      [],
      'strikes on israel|strike on israel|attacks on israel|attack on israel|war with israel|' +
        'war against israel|war on israel|wars with israel|fighting israel|fight with israel|' +
        'proxy fights with israel|proxy war with israel|conflict with israel|battles with israel',
    ],
    ['israel', 'israel|israeli|israelis|idf|netanyahu|bennett|golan|golan heights|mossad'],
    ['turkey', 'turkey|turkish|türkiye|ankara|erdogan|erdoğan'],
    ['iraq', 'iraq|iraqi|baghdad'],
    [
      'ukraine',
      'ukraine|ukrainian|ukrainians|zelensky|zelenskyy|kyiv government|' +
        // Longer than the intervention words 'military operation', 'campaign': Russia's war.
        'special military operation|military operation in ukraine|operation in ukraine|' +
        'campaign in ukraine',
    ],
    ['syria', 'syria|syrian'],
    [
      'city',
      'city|cities|town|towns|kyiv|kiev|kharkiv|odesa|odessa|lviv|dnipro|zaporizhzhia|' +
        'mykolaiv|kherson|sumy|chernihiv|vinnytsia|zhytomyr|kryvyi rih|poltava|bila tserkva',
    ],
    ['crimea', 'crimea|crimean|dzhankoi|kherson region'],
    ['belarus', 'belarus|belarusian'],
    ['tatarstan', 'alabuga|yelabuga|elabuga|tatarstan|special economic zone'],
    ['kupiansk', 'kupiansk|kupyansk'],
    ['base_name', 'hmeimim|khmeimim|hmeymim|tartus|tartous|latakia|lattakia|shairat|tiyas|t4'],
    [
      'hamadan',
      'hamadan|hamedan|nojeh|shahid nojeh|noje|nowjeh|nozheh|shahid noje|' +
        // Russia's bombers at a base in Iran, unnamed: the one they used was Hamadan's.
        'airfield in iran|air base in iran|airbase in iran|iranian airfield|iranian air base|' +
        'iranian airbase',
    ],
    [
      'astana',
      'astana|nur-sultan|sochi|astana process|astana format|astana talks|kazakhstan|kazakh capital',
    ],
    ['europe', 'europe|european war|european soil|european conflict'],
    ['west', 'west|western|nato'],
    [
      'drone',
      'drone|drones|uav|uavs|unmanned|shahed|shahed-136|shahed-131|geran|geran-2|' +
        'mohajer|mohajer-6|kamikaze|loitering munition|one-way attack|attack drone|attack drones|' +
        'attack uav|attack uavs|strike drone|strike drones',
    ],
    [
      'supply',
      'supply|supplied|supplier|resupply|deliver|delivered|delivery|deliveries|' +
        'send|sent|sending|ship|shipped|transfer|transferred|sell|sold|sale|sales|provide|' +
        'provided|buy|bought|purchase|acquire|acquired|receive|received|obtain|import|' +
        'procure|procurement|arm|arming|furnish',
    ],
    [
      'shipment',
      'shipment|batch|consignment|cargo|cargo flights|cargo planes|airlift|' +
        'caspian sea|flights|vessel|vessels|first batch|first shipment',
    ],
    [
      'quantity',
      'hundreds|thousands|several hundred|up to several hundred|a large number|' +
        'large numbers|more than 1,000|dozens',
    ],
    [
      'intel',
      'intelligence|information indicates|our information|assessment|assessed|' +
        'declassified|satellite images|satellite imagery|spy agencies|intelligence sharing|' +
        'intelligence-sharing|information centre|information center|exchange of intelligence',
    ],
    ['cash', 'cash|banknotes|euros|euro|€|140 million|money|bags of cash'],
    ['gold', 'gold|bullion|gold bars'],
    ['pay', 'pay|paid|payment|payments|paying|price|fee'],
    ['exchange', 'in exchange|in return|swap|barter|exchange for|as payment'],
    [
      'captured_arms',
      'captured|captured weapons|seized|javelin|nlaw|stinger|stingers|' +
        'western-made weapons|trophies',
    ],
    [
      'strike',
      'strike|strikes|struck|attack|attacks|attacked|hit|hits|barrage|wave|waves|' +
        'raid|raids|launch|launched|launches|bombard|bombardment|shelling|salvo|pounded|pounding|target|' +
        'targeted|targeting|slammed|assault|swarm|swarms|explosion|explosions|destruction|' +
        'destructions|devastation|devastated|heavy damage|extensive damage|severe damage|' +
        // Longer than the sanction word 'designated': targets, not a blacklisting.
        'designated targets',
    ],
    [
      ['air_campaign', 'strike'],
      'airstrike|airstrikes|air strike|air strikes|air raid|' + 'air raids|bombing|bombings|bombed',
    ],
    [
      'civilian',
      'civilian|civilians|residential|apartment|apartments|killed|killing|dead|' +
        'casualties|wounded|injured|homes|victims|hospital|school|schools|people died|deaths|' +
        'death toll',
    ],
    ['night', 'overnight|night|at night|nighttime|midnight'],
    // Debris that falls on a city, or smashes and burns, is an attack's damage, not its proof.
    [
      'strike',
      'falling debris|falling wreckage|falling fragments|debris fell|wreckage fell|fragments fell|' +
        'debris falling|debris damaged|debris hit|wreckage hit|wreckage damaged|' +
        'smashed by wreckage|smashed by debris|damaged by debris|damaged by wreckage|' +
        'damaged by falling|hit by debris|hit by falling|started a fire|caught fire|set on fire|' +
        'set fire|fire broke out|sparked a fire|blaze',
    ],
    ['debris', 'wreckage|wreck|debris|remains|fragments|parts of the drone|downed drone'],
    [
      'markings',
      'markings|marking|painted|repainted|relabelled|relabeled|renamed|rebranded|' +
        'rebadged|serial number|serial numbers|cyrillic|lettering|inscription',
    ],
    [
      'identify',
      'identified|identify|evidence|proof|confirmed|confirm|photos|photographs|' +
        'images showed|examined|investigators|forensic|analysis showed',
    ],
    [
      'intercept',
      'shot down|shoot down|shooting down|downed|intercepted|intercept|' +
        'interception|interceptions|neutralised|neutralized|destroyed in the air|brought down',
    ],
    [
      'air_defence',
      'air defence|air defense|air defences|air defenses|air-defence|' +
        'air-defense|anti-aircraft|gepard|iris-t|nasams|patriot|mobile fire groups|' +
        'electronic warfare|jamming|jammers|interceptor|interceptors|iron dome',
    ],
    [
      'tech',
      'range|kilometres|kilometers|km|warhead|payload|engine|speed|guidance|gps|' +
        'components|chips|microchips|cost|costs|cheap|inexpensive|$20,000|delta-wing|' +
        'moped|lawnmower|explosives|kilograms|kg|navigation|jet-powered|design|designed',
    ],
    [
      // Where a drone comes from, not what it is like: these name no concept.
      [],
      'iranian-designed|iranian designed|iran-designed|designed in iran|iranian design|' +
        "iran's design|iran’s design|of iranian design",
    ],
    [
      'deny',
      'no side|any side|not given|never given|did not supply|did not send|did not provide|no military hardware|nonsense|deny|denied|denies|denial|denials|reject|rejected|dismiss|dismissed|' +
        'refute|refuted|baseless|unfounded|false|lies|fabricated|propaganda|' +
        'speculation|conjecture|untrue|groundless|not provided|never provided|not supplied|' +
        'never supplied|not sent|never sent|no weapons|neither side|either side|not a party|' +
        'not aimed at|not directed at|not directed against|against any third|' +
        'no evidence|no proof|no facts|without any evidence|not present any facts|' +
        'not presented any facts|not present any evidence|not presented any evidence|' +
        'not provide any evidence|not provided any evidence|not produced any evidence|' +
        'cannot present any facts|cannot present any evidence|cannot provide any evidence|' +
        // A challenge to produce it: "if they have any documents showing...".
        'if they have any documents|if they have any evidence|if they have any proof|' +
        'not a shred|unsubstantiated|unproven|unverified claims',
    ],
    [
      'admit',
      'admit|admitted|admits|admitting|acknowledged|acknowledge|acknowledges|acknowledging|conceded|' +
        'small number|limited number|before the war|prior to the war|months before the war|' +
        'predates the war|predate the war|pre-dates the war|predated the war|' +
        'before the russia-ukraine war|before the ukraine war|before the war in ukraine',
    ],
    [
      'train',
      'train|trained|training|trainer|trainers|instructor|instructors|teach|' +
        'teaching|taught|learn to operate|drill|drills',
    ],
    [
      'advisers',
      'adviser|advisers|advisor|advisors|specialists|technicians|' +
        'military personnel|military experts|personnel|operators',
    ],
    ['irgc', 'irgc|revolutionary guard|revolutionary guards|quds force|qods force|pasdaran'],
    [
      'produce',
      'production|produce|produced|producing|manufacture|manufactured|' +
        'manufacturing|factory|factories|plant|assembly|assemble|assembled|licence|license|' +
        'licensed|localise|localize|localisation|localization|output|mass-produce|' +
        'mass production|production line|workforce|domestically',
    ],
    ['missile', 'missile|missiles|rocket|rockets'],
    [
      'ballistic',
      'ballistic|ballistic missile|ballistic missiles|fateh|fateh-110|fath-360|' +
        'fath 360|zolfaghar|zolfaghar|surface-to-surface|short-range ballistic',
    ],
    [
      'sanction',
      'sanction|sanctions|sanctioned|blacklist|blacklisted|designated|' +
        'designation|treasury|ofac|asset freeze|assets frozen|export controls|penalties|' +
        'restrictive measures|eu measures|sanctions package|wave of sanctions|round of sanctions|' +
        'added to the list|added to its list|sanctions list|entity list|front company|' +
        'front companies|shell company|shell companies|individuals and entities|' +
        'and one entity|and two entities|and three entities|and four entities|' +
        'travel ban|export ban|frozen assets|freeze assets|froze assets|dual-use|dual use|' +
        // An asset freeze as news words it, and the listings that carry it out.
        'freeze the assets|froze the assets|freezing the assets|frozen the assets|freeze their assets|' +
        'froze their assets|assets would be frozen|assets will be frozen|assets were frozen|' +
        'assets have been frozen|asset freeze|asset freezes|assets freeze|further listings|' +
        'listed entities|listed individuals|' +
        'ban on selling|ban on the sale|ban on sales|banned from selling',
    ],
    [
      'un_violation',
      'resolution 2231|security council|violation|violates|violating|' +
        'breach|breaches|arms embargo|snapback|un resolution',
    ],
    [
      'diplomatic',
      'ambassador|envoy|embassy|accreditation|diplomats|diplomatic staff|' +
        'chargé d’affaires|charge d’affaires|expel|expelled|downgrade|downgraded|sever|' +
        'severed|cut ties|break off relations|diplomatic relations|diplomatic ties|summoned|' +
        'recalled|persona non grata',
    ],
    [
      'test_ground',
      'testing ground|proving ground|battlefield testing|tested in combat|' +
        'combat testing|combat experience|showcase|live-fire test|real battlefield|' +
        'combat-proven|battle-tested|battle-proven|proven in combat|proven in battle|' +
        'proven in the war|proven on the battlefield|proved themselves|proven themselves',
    ],
    [
      'stakes',
      'revenue|revenues|arms exports|arms market|customers|buyers|prestige|' +
        'leverage|favours|favors|gain|gains|benefit|benefits|risk|risks|gamble|bet|stake|' +
        'calculus|motive|motives|reward|rewards|payoff|quid pro quo|' +
        // Buyers abroad drawn by the drones' war record: what Iran's arms exports gain.
        'international interest|foreign interest|export demand|export orders|export market|' +
        'lining up to buy|lined up to buy|queue to buy|queuing to buy|foreign buyers|' +
        'arms exporter|weapons exporter|drone exporter',
    ],
    [
      'visit',
      'visit|visited|visiting|trip|flew|travelled|traveled|arrived|met|meeting|' +
        'meetings|hosted|summit|talks with|went to|secret trip',
    ],
    [
      'persuade',
      'persuade|persuaded|convince|convinced|pitch|pitched|lobby|lobbied|' +
        'urge|urged|maps|map|plan|planned|planning|asked',
    ],
    // Syria's own air force (and its intelligence branch) is not Russia's air campaign.
    [
      [],
      'syrian air force|syrian arab air force|air force intelligence|syrian air force intelligence',
    ],
    // A negated intervention (“a solution without foreign intervention”) names no concept.
    [
      [],
      'without foreign intervention|without outside intervention|without external intervention|without foreign interference|without outside interference|without external interference',
    ],
    // Troops sent to Syria are its entry into the war; troops in Syria are only there. Not
    // "forces": Iran's forces sent to Syria are its militias and advisers as much as troops.
    [
      ['intervention', 'deploy', 'syria'],
      'troops to syria|troops into syria|sent troops to syria|send troops to syria|deploy troops to syria|deployed troops to syria',
    ],
    [
      'deploy',
      'deployment|deploy|deployed|buildup|build-up|boots on the ground|troops|expeditionary|stationed|military presence|contingent|contingents',
    ],
    [
      'intervention',
      'intervention|intervene|intervened|stepped in|step in|entered the war|joined the war|military operation|military campaign|campaign',
    ],
    [
      'air_campaign',
      'air campaign|air power|airpower|air cover|air support|warplanes|jets|' +
        'sorties|bombers|aerospace forces|air force|sukhoi jets|fighter-bombers',
    ],
    [
      'rescue',
      'shore up|shores up|shored up|bolster|bolstered|save|saved|saving|rescue|rescued|prop up|propped up|propping up|' +
        'keep in power|kept in power|turned the tide|survival|survive|lifeline|brink of collapse',
    ],
    // "Back" alone is too common a word: backing only with whom it backs.
    [
      ['backing', 'assad'],
      'back assad|backs assad|back bashar|backs bashar|back the assad|backs the assad|' +
        'back the syrian government|backs the syrian government|back the syrian regime|' +
        'backs the syrian regime|back the syrian president|backs the syrian president|' +
        'back the regime|backs the regime|back damascus|backs damascus',
    ],
    [
      'backing',
      'teamed up|team up|joined forces|joint|colluding|collude|support|supported|supporting|backing|backed|backer|backers|ally|allies|' +
        'allied|patron|patrons|side by side|jointly|coordinate|coordinated|coordination|' +
        'together|sponsor|sponsors',
    ],
    [['talks', 'syria'], 'summit on syria|syria summit|summit on the syrian|syrian settlement'],
    [
      'talks',
      'joint declaration|joint statement|three leaders|three countries|three-way|mediating|mediator|mediation|guarantor|guarantors|de-escalation|de-escalation zones|ceasefire|truce|' +
        'peace talks|trilateral|peace process|constitutional committee|settlement|negotiations|' +
        // A summit of the three on Syria is the Astana format, wherever it meets.
        'tripartite summit|three-way summit|trilateral summit|three presidents|' +
        'three heads of state|guarantor states|guarantor countries|guarantor powers|' +
        'national dialogue congress',
    ],
    [
      'base',
      'foothold|naval presence|naval|base|bases|airbase|air base|naval base|naval facility|port|ports|harbour|' +
        'harbor|lease|leased|military facility',
    ],
    [
      'militia',
      'special forces|iranian forces|iranian troops|iranian fighters|forces on the ground|commanders|militia|militias|proxy|proxies|hezbollah|hizbollah|fatemiyoun|zainabiyoun|' +
        'shia fighters|shiite fighters|foreign fighters|ground forces|ground troops|' +
        'on the ground|fighters',
    ],
    [
      'friction',
      'rivalry|rival|rivals|compete|competing|competition|competitor|tension|' +
        'tensions|friction|frictions|clash|clashes|rift|split|diverge|diverging|divergent|' +
        'at odds|disagreement|disagreements|dispute|disputes|uneasy|sidelined|' +
        'marriage of convenience|jostling|contest|frenemies|odd couple|vie|vying|vied|' +
        'edge out|edged out|squeeze out|squeezed out|elbow out|crowd out|' +
        'outmanoeuvre|outmaneuver|keep tehran from|keep iran from|keep tehran out|keep iran out|' +
        'competitors|disagree|disagreed|disagrees|jostle|jostled|jostles|at loggerheads|' +
        // One partner held back, or preferred over the other: their rivalry.
        'stop iran from|stop tehran from|curb iranian influence|curb iran’s influence|' +
        "curb iran's influence|limit iranian influence|contain iranian influence|" +
        'eliminate iranian influence|counter iranian influence|rein in iran|rein in tehran|' +
        'stop iranian-backed|stop iran-backed|keep iranian-backed|keep iran-backed|' +
        'stop pro-iranian|keep pro-iranian|instead of iran|rather than iran|instead of tehran|' +
        "rather than tehran|at iran's expense|at iran’s expense|at the expense of iran|" +
        'at the expense of tehran|russia not iran|moscow not tehran|iran not russia|tehran not moscow|' +
        'sideline iran|sideline tehran|sidelining iran|sidelining tehran|keep iran away|' +
        'keeping iran away|keep tehran away|keeping tehran away|push iran out|pushing iran out|' +
        'secondary influence|secondary role|secondary player',
    ],
    [
      'influence',
      'influence|contracts|reconstruction|spheres of influence|' +
        'economic interests|phosphate|phosphates|stakes in syria',
    ],
    [
      'deconfliction',
      'deconfliction|deconflict|hotline|blind eye|green light|tacit|' +
        'turned a blind eye|looked the other way|coordination mechanism|gave israel|allowed israel|' +
        // Russia keeping Iran's forces off Israel's border: its arrangement with Israel.
        'armistice line|armistice lines|ceasefire line|disengagement line|buffer zone|' +
        'away from the border|off the border|from the border',
    ],
    ['isis', 'isis|isil|daesh|islamic state'],
    [
      'terror',
      'terrorism|terrorist|terrorists|jihadist|jihadists|extremists|extremist|' +
        'counter-terrorism|counterterrorism',
    ],
    [
      'withdraw',
      'withdraw|withdrew|withdrawal|withdrawn|pulled out|pull out|pulling out|' +
        'redeploy|redeployed|redeployment|relocated|relocate|thinned|thin out|drawdown|' +
        'draw down|scaled back|scale back|reduced its presence|moved troops|pulled forces|' +
        // "pulling some of its troops out": longer than the deployment word 'troops'.
        'troops out|forces out|units out|pullout|pull-out',
    ],
    [
      'fill',
      'gap|vacuum|void|step into|stepped into|stepping into|fill the vacuum|filled the vacuum|fill the gap|filled the gap|fill the void|' +
        'filled the void|moved in|took over|take over|vacated|' +
        // A pullout that "opened the way" for the other's forces.
        'opened the way|opening the way|open the way|paved the way|made way for|make way for',
    ],
    [
      'fall',
      'chaos|crumbling|crumble|disintegrating|last days|fall|fell|collapse|collapsed|toppled|topple|ousted|ouster|overthrown|' +
        'overthrow|downfall|fled|flee|asylum|exile|end of assad|' +
        // Backers too taken up by other wars to save him: how his fall is told.
        'stretched thin|overstretched|bogged down|distracted|preoccupied|drawn into other wars|' +
        'other wars|wars of its own|wars of their own|could not come to his aid|' +
        'failed to come to his aid|unable to come to his aid|could do nothing to save|' +
        'could not save him|unable to save him|left exposed|on his own',
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|assad fled|assad fell|fled to moscow|regime collapsed|regime fell|the regime collapsed|the regime fell|after the fall of assad|since the fall of assad|after assad’s fall|toppled assad|ousted assad|' +
        'new authorities in damascus|new syrian authorities|new rulers in damascus|new government in damascus|interim government|transitional government|caretaker government|hts-led|hts-led government|ahmed al-sharaa|al-sharaa|sharaa|president al-sharaa',
    ],
    // HTS, formed in 2017, dates what is told of it after the 2015 intervention (`../tenures.ts`).
    [
      ['rebels', 'era_hts'],
      'hts|hayat tahrir al-sham|tahrir al-sham|hayat tahrir al sham|' +
        // Fighters named as the rebels' are not Iran's militias.
        'hts fighters|hayat tahrir al-sham fighters|tahrir al-sham fighters',
    ],
    [
      'rebels',
      'rebel|rebels|rebel offensive|rebel advance|rebel push|lightning push|rebel fighters|' +
        'insurgent fighters|' +
        'al-sharaa|sharaa|jolani|julani|opposition fighters|insurgents|lightning offensive',
    ],
    [
      'partnership',
      'partnership|partner|partners|alliance|cooperation|cooperate|' +
        'collaboration|relationship|relations|axis|bond|bonds|friendship|alignment|' +
        'rapprochement|coalition',
    ],
    [
      'deepen',
      'deepen|deepened|deepening|grow|growing|grew|strengthen|strengthened|' +
        'closer|evolve|evolving|new phase|new chapter|next level|upgrade|upgraded|expand|' +
        'expanded|cemented|forged',
    ],
    [
      'depend',
      'depend|depends|dependent|dependence|dependency|reliant|reliance|rely|relies|' +
        'turn to|turned to|junior partner|senior partner|role reversal|reversal|tables have turned|' +
        'once the supplier|now the buyer|now needs|lifeline for moscow',
    ],
    ['first_time', 'first time|for the first time|first entry|unprecedented|first-ever'],
    [
      'mistrust',
      'mistrust|distrust|suspicion|suspicions|grievances|grievance|betrayal|' +
        'betrayed|resentment|limits|wary|wariness|historical baggage|voted for sanctions',
    ],
    ['july', 'july'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    // Opposing the other's presence in Syria is their rivalry.
    [
      'friction',
      "opposes the iranian presence|opposed the iranian presence|opposed to the iranian presence|objects to the iranian presence|opposes iran's presence|opposes iran’s presence|opposition to the iranian presence",
    ],
    [
      'deny',
      "we have no information|we have no such information|no such information|we do not have any information|we don't have any information|politically motivated|politically-motivated|" +
        // Whoever speaks: "the Kremlin does not have any information about...", "fake news".
        'does not have any information|do not have any information|did not have any information|' +
        'has no information|had no information|have no information|fake news|' +
        'nothing to do with reality|unconfirmed reports|unconfirmed claims|unconfirmed allegations|' +
        'sent no|supplied no|delivered no|not delivered|never delivered|did not know its drones|' +
        'did not know that its drones|unaware that its drones|not aware that its drones|' +
        // Tehran's pointed non-denial: "no particular development in this regard recently".
        'no particular development|no special development|no new development|no significant development',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'any of the warring|either ukraine or russia|not back either|present any evidence|arming the warring|arm the warring|neither of the warring|either of the warring|' +
        'active neutrality|policy of neutrality|neutral in the war|neutral in the conflict|remains neutral|remained neutral|was neutral|is neutral',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'western parts|american parts|us parts|of american origin|of us origin|of western origin|made by american companies|made by us companies|made in the united states|made in the us|semiconductors|microelectronics|electronic components',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['fm_zarif', 'javad zarif|mohammad javad zarif|minister zarif|fm zarif'],
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian|amir abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi|arakchi'],
    // Named as no longer in office, a leader speaks now of then: his term tells no time.
    [
      'former',
      'former foreign minister|former iranian foreign minister|former president|former iranian president|ex-foreign minister|ex-president|former minister',
    ],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'alliance of convenience|partnership of convenience|pact of convenience|relationship of convenience|differ in their interests|interests differ|their interests differ|differ on strategy',
    ],
    ['since', 'since|ever since|as of'],
  ],
};
