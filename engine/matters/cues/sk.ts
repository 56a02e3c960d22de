/** Matter cues for language 'sk': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Slovak cues. The detection lexicon's rules strip one case, adjective or verb ending
 * ("-ov", "-ami", "-ého", "-ých", "-la", "-enie"...), so most words are stems ("sankci",
 * "zostrel"); phrase heads are matched as written, so their common case forms are listed.
 * Words with a commoner other sense stay out ("dodal" also "he added").
 */
export const SK_CUES: CueLexicon = {
  lang: 'sk',
  cues: [
    // False friends (issue #11): "celej/celý" (whole) is no Polish "cel" (target), "salvy" (salvos) no
    // Italian "salv-" (save), "technika" (equipment) no "technik" (technician).
    [
      [],
      'celej|celé|celý|celá|celú|celom|celého|celých|celkom|salvy|salvami|salvou|technika|techniky|techniku|technike|technikou',
    ],
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'západné sankcie|západných sankcií|pod sankciami|obchádzanie sankcií|obchádzať sankcie|' +
        'izolácia|izolácie|izolovan|vyvrhel|protizápadn|protiamerick|svetový poriadok|' +
        'svetového poriadku|multipolárn|hegemóni|proti západu|namierené proti západu|namierenú proti západu|namierený proti západu|obísť sankcie|obchádzajú sankcie|obchádza sankcie|vyvrheľ|jednopolárn|unipolárn',
    ],
    [
      'ties_econ',
      'obchod|obchodn|plyn|rop|ropn|gazprom|energetická dohoda|investíci|investova|koridor|' +
        'koridor sever-juh|železnic|železničn|bank|bankov|swift|rubeľ|rubľ|riál|mena|meny|' +
        'mien|zmluv|memorand|ekonomik|ekonomick|hospodársk|pšenic|clá|ciel|' +
        'eurázijská hospodárska únia|energetická spolupráca|energetickej spolupráce|energetickú spoluprácu|obchodná výmena|obchodnej výmeny|obchodný obrat|tovar|dovoz|vývoz',
    ],
    [
      'energy',
      'energetická infraštruktúra|energetickú infraštruktúru|energetickej infraštruktúry|' +
        'energetickej infraštruktúre|energetické zariadenia|energetická sústava|' +
        'energetický systém|elektráren|elektráreň|elektrárn|rozvodn|elektrin|elektrickú energiu|' +
        'elektrickej energie|výpadok prúdu|výpadky prúdu|výpadky elektriny|bez elektriny|' +
        'bez prúdu|blackout|vykurovani|kritická infraštruktúra|kritickej infraštruktúry|' +
        'elektrické vedenie|ukrenergo|energetik|energetick|tepláreň|teplárn|tepelná elektráreň|tepelné elektrárne|bez tepla|dodávky elektriny|dodávok elektriny|dodávky tepla|dodávok tepla|dodávky energie|dodávok energie|výpadk|výpadok|transformátor|transformátorov|kúreni|energetickú sieť|energetickej siete|elektrická sieť|elektrickej siete|elektrickú sieť',
    ],
    [
      'miltech',
      'su-35|suchoj|s-300|s-400|mig-29|jak-130|stíhačk|bojové lietadlá|bojových lietadiel|' +
        'bojové vrtuľníky|mi-28|satelit|družic|námorné cvičenie|námorné cvičenia|' +
        'spoločné cvičenie|spoločné cvičenia|spoločných cvičení|vojensko-technick|' +
        'vojnové hry',
    ],
    [
      'nuclear',
      'jadrov|atómov|jcpoa|jadrová dohoda|jadrovej dohody|jadrovú dohodu|obohacovani|' +
        'obohaten|urán|magat|maae',
    ],
    [
      'iran_leader',
      'chameneí|chamenej|ajatolláh|najvyšší vodca|najvyššieho vodcu|iránsky prezident',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rúhání|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raísí|raisi|mochber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadínežád'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeškján|pezeshkian'],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'solejmán|sulejmán|soleimani|kásim solejmání'],
    [
      'assad',
      'asad|assad|bašár|bašár asad|asadov režim|asadovho režimu|asadovmu režimu|' +
        'sýrsky režim|sýrskeho režimu|sýrska vláda|sýrskej vlády|vláda v damasku|damask|' +
        'sýrsky prezident|režim v damasku',
    ],
    ['tehran', 'teherán'],
    ['moscow', 'moskv|kremeľ|kremľ'],
    [
      'white_house',
      'biely dom|bieleho domu|bielom dome|jake sullivan|sullivan|john kirby|kirby|' +
        'rada národnej bezpečnosti|rady národnej bezpečnosti|poradca pre národnú bezpečnosť',
    ],
    [
      'us',
      'usa|spojené štáty|spojených štátov|spojeným štátom|spojenými štátmi|americk|' +
        'američan|washington|pentagón|ministerstvo zahraničia usa|bidenova administratíva|' +
        'bidenovej administratívy|biden|blinken|cia|americká rozviedka|americkej rozviedky|' +
        'americkí predstavitelia',
    ],
    ['israel', 'izrael|izraelsk|izraelčan|idf|netanjahu|netanyahu|golan|golanské výšiny|mosad'],
    ['turkey', 'turec|turk|ankar|erdogan|erdoğan'],
    ['iraq', 'irak|iraku|iracký|irack|bagdad'],
    ['ukraine', 'ukrajin|ukrajinsk|ukrajinc|zelensk|zelenskyj|vláda v kyjeve'],
    ['syria', 'sýri|sýrsk|sýrčan'],
    [
      'city',
      'mest|meste|obc|kyjev|charkov|charkiv|odes|ľvov|lvov|dnipro|dnepropetrovsk|' +
        'záporožie|záporožia|mykolajiv|nikolajev|cherson|sumy|černihiv|vinnyc|žytomyr|' +
        'kryvyj rih|poltav|biela cerkev',
    ],
    ['crimea', 'krym|krymu|krymsk|džankoj|krymský polostrov'],
    ['belarus', 'bielorus|bieloruska|bielorusk'],
    [
      'tatarstan',
      'alabug|jelabug|tatarstan|osobitná ekonomická zóna|osobitnej ekonomickej zóne|' +
        'špeciálna ekonomická zóna|špeciálnej ekonomickej zóne',
    ],
    ['kupiansk', 'kupjansk|kupiansk'],
    ['base_name', 'hmejmím|hmeimim|chmejmim|tartús|tartus|latakij|latakia|šajrat|shayrat|t4|tiyas'],
    ['hamadan', 'hamadán|hamadan|nodže|nojeh'],
    [
      'astana',
      'astan|astansk|nur-sultan|soči|astanský proces|astanského procesu|astanský formát|' +
        'astanského formátu',
    ],
    ['europe', 'európ|vojna v európe|vojny v európe|európskej pôde'],
    ['west', 'západ|západn|nato'],
    [
      ['drone', 'strike'],
      'útoky dronov|útok dronov|útokov dronov|útokoch dronov|roj dronov|vlna dronov|' +
        'nálet dronov|nálety dronov|dronové útoky|dronový útok|dronových útokov',
    ],
    [
      ['drone', 'supply'],
      'dodávky dronov|dodávok dronov|dodávkach dronov|dodávka dronov|dodávateľ dronov',
    ],
    [
      ['drone', 'produce'],
      'továreň na drony|továrne na drony|výroba dronov|výroby dronov|výrobu dronov',
    ],
    [
      'drone',
      'dron|bezpilotn|shahed|šáhid|šahíd|geran|geran-2|mohajer|kamikadze|kamikaze|' +
        'samovražedné drony|samovražedných dronov|bezpilotné lietadlá|bezpilotných lietadiel',
    ],
    [
      'supply',
      'dodáva|dodávk|dodávok|dodávateľ|preda|predaj|predáva|posla|poslan|odovzda|' +
        'kúpi|kupova|kupuje|nákup|získa|dostáva|dostal|prevz|poskyt|poskytnut|zasiela|zasla|zaslan|posiela|vyváža|dováža|doviez|vyzbrojova|vyzbroji|dodané|dodaných|odovzdal|odovzdali',
    ],
    [
      'shipment',
      'zásielk|náklad|nákladu|várk|dávk|nákladný let|nákladné lety|transportné lietadlo|' +
        'transportné lietadlá|letecký most|preprav|transport|lod|loď|lodí|lodiach|zásielok|nákladné lietadlá|nákladnými lietadlami|cez kaspické more|kaspické more|kaspického mora|prvá dodávka|prvú dodávku|prvej dodávky',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    ['supply', 'doplnenie zásob|doplniť zásoby|doplní zásoby|dopĺňa zásoby'],
    ['quantity', 'zásoba|zásoby|zásob|arzenál'],
    [
      'quantity',
      'stovky|stoviek|stovkami|tisíce|tisícov|tisícky|niekoľko stoviek|niekoľko tisíc|' +
        'veľké množstvo|veľký počet|desiatky|desiatok|stovk|tisíc|tisícok|stovky kusov',
    ],
    [
      'intel',
      'spravodajsk|rozviedk|tajné služby|podľa informácií|hodnoteni|odtajnen|' +
        'satelitné snímky|satelitných snímok|správa tajných služieb|tajných služieb|zistenia rozviedky|spravodajské informácie|spravodajských informácií|podľa spravodajských|odtajnené',
    ],
    ['cash', 'hotovosť|hotovosti|v hotovosti|bankovk|peniaz|peňazí|eur|miliónov eur'],
    ['gold', 'zlat|zlato|zlata|zlatých tehál|zlaté tehly'],
    ['pay', 'zaplati|zaplatil|platb|plati|platia|úhrad|cenu'],
    ['exchange', 'výmenou za|výmenou|výmen|na oplátku|protihodnot|barter'],
    [
      'captured_arms',
      'ukoristen|ukoristené zbrane|ukoristených zbraní|javelin|nlaw|stinger|' +
        'západné zbrane|západných zbraní|trofejn|ukoristil|ukoristili',
    ],
    [
      'air_campaign',
      'nálety|nálet|náletov|letecká kampaň|leteckej kampane|letectv|bojové lietadlo|' +
        'bojových lietadiel|stíhačky|bombardér|letecká podpora|leteckej podpory|' +
        'letecké krytie|vzdušno-kozmické sily|vzdušno-kozmických síl|zhadzovali bomby|zhodili bomby|letecké bomby|leteckými bombami|letecké údery|leteckých úderov|leteckými údermi|bombardovanie|bombardovaní|bombardovania|bombardovacie|bombardovacích|vzdušné údery|vzdušných úderov|ruské letectvo|ruského letectva',
    ],
    [
      'strike',
      'útok|útoč|zaútoči|úder|zasiahl|zasiahla|zasiahli|ostreľova|vln|salv|vypáli|' +
        'odpáli|ciel|cieľ|cieľov|výbuch|explózi|roj|bombardova|zasypa|napadnut|napadli|napadol|zbombardova|terč|ostreľuj|masívny útok|masívneho útoku|útočn',
    ],
    [
      'civilian',
      'civiln|civilist|obyvateľ|obytn|obytný dom|obytné domy|bytov|zabil|zabitých|' +
        'zahynul|zahynuli|mŕtv|obet|zranen|ranen|domov|nemocnic|škol|domácnost|domácnosť|zomrel|zomreli|zomrelo|usmrti|usmrten|ľudské obete|bytov dom|bytový dom|bytových domov|obytné štvrte|obytnej štvrti|nevinn',
    ],
    ['night', 'noc|noci|nočn|v noci|cez noc|počas noci'],
    ['debris', 'trosk|úlomk|zvyšk|pozostatk|fragment|vrak'],
    [
      'markings',
      'označeni|nápis|prefarben|premenovan|nový názov|nové meno|sériové číslo|' +
        'sériové čísla|sériových čísel|azbuk|cyrilik',
    ],
    [
      'identify',
      'identifikova|identifikácia|identifikovan|dôkaz|dôkazy|potvrdi|potvrden|fotografie|' +
        'snímky ukazujú|preskúma|vyšetrovatel|analýz|forenzn|preukáza|preukázal',
    ],
    [
      'intercept',
      'zostrel|zostrelen|zostreli|zachyti|zachyten|neutralizova|neutralizovan|zničen|' +
        'zneškodnen|zostreľ|zostreľova|zostreľuj|odrazil|odrazili|odrazen|vo vzduchu zničen|zlikvidovan|zneškodni',
    ],
    [
      'air_defence',
      'protivzdušná obrana|protivzdušnej obrany|protivzdušnú obranu|protivzdušn|' +
        'protilietadlov|gepard|iris-t|nasams|patriot|elektronický boj|elektronického boja|' +
        'rušičk|rušeni|letecký poplach|protivzdušnej obrane|pvo|mobilné palebné skupiny|mobilných palebných skupín|protidronov|protiraketov',
    ],
    [
      'tech',
      'dolet|dosah|kilometr|km|hlavic|užitočné zaťaženie|motor|rýchlosť|navádzani|' +
        'riadiaci systém|gps|komponent|súčiastk|čip|mikročip|náklady|stojí|lacn|výbušnin|' +
        'kilogram|kg|navigáci|elektronik|delta krídlo|moped|kosačk|trhavin|bojová hlavica|bojovej hlavice|doletom',
    ],
    [
      'deny',
      'poprel|popiera|popierajú|popieral|popierala|popieralo|popierať|odmieta|odmietol|odmietla|nepravdiv|nepodložen|klamstv|lož|výmysl|' +
        'vymyslen|propagand|špekuláci|nikdy nedodal|nedodáva|žiadne drony|žiadne zbrane|dezinformáci|hoax|vyvráti|vyvracia|vyvracal|nezmysel|nezmysl|nepravd|nedoda|nedodáva|nedodal|neposkyt|nepreda|nepredáva|nepravdivé tvrdenia|obvinenia odmieta|obvinenia odmietol|obvinenia odmietla',
    ],
    [
      'admit',
      'priznal|priznala|priznáva|pripustil|pripustila|uznal|malý počet|malé množstvo|' +
        'obmedzený počet|pred vojnou|pred začiatkom vojny|mesiace pred vojnou|prizna|priznali|pripustili|uznali',
    ],
    [
      'train',
      'výcvik|cvičen|cvičia|cvičí|cvičili|vycvičen|vycviči|školeni|trénova|inštruktor|inštruktori|naučiť|' +
        'obsluhovať drony|uči|učia|nauči|výučb|vycvič|výcvikov|cvič',
    ],
    [
      'advisers',
      'poradc|poradcovia|špecialist|technik|technici|vojenský personál|vojenského personálu|' +
        'expert|experti|operátor|iránski vojaci|iránskych vojakov|poradca|vojenskí poradcovia|odborník|odborníci|odborníkov',
    ],
    [
      'irgc',
      'revolučné gardy|revolučných gárd|revolučnými gardami|zbor islamských revolučných gárd|' +
        'irgc|jednotky kuds|jednotiek kuds|sily kuds|pasdarán|gardist|revolučných gardistov|revolučnej gardy|revolučná garda',
    ],
    [
      'produce',
      'výrob|vyrába|vyrobi|vyroben|továr|závod|montáž|montova|zmontova|licenci|licenčn|' +
        'lokalizáci|výrobná linka|výrobnej linky|sériová výroba|masová výroba|pracovn|' +
        'pracovníc|robotníc|továreň|továrn|produkci|produkova|vyprodukova|výrobn|kópi|výrobný závod|výrobného závodu|montážn',
    ],
    [
      ['ballistic', 'missile'],
      'balistické rakety|balistických rakiet|balistickými raketami|balistická raketa|' +
        'balistickú raketu|rakety krátkeho doletu|rakiet krátkeho doletu|rakety zem-zem',
    ],
    ['missile', 'raket|riadená strela|riadené strely|riadených striel|strely s plochou dráhou'],
    ['ballistic', 'balistick|zem-zem|fateh|fateh-110|fath-360|zolfaghar'],
    [
      'sanction',
      'sankci|sankcionova|sankcionovan|čierna listina|čiernej listine|čiernu listinu|' +
        'ministerstvo financií|ofac|zmrazenie aktív|zmrazen|exportné kontroly|' +
        'reštriktívne opatrenia|reštrikci|sankčn|sankčný zoznam|sankčného zoznamu|sankčnom zozname|postih|postihy|sankčný balík|sankčného balíka|zmrazi',
    ],
    [
      'un_violation',
      'rezolúcia 2231|rezolúcie 2231|bezpečnostná rada|bezpečnostnej rady|bezpečnostnej rade|' +
        'porušeni|porušuje|porušil|embarg|zbrojné embargo|snapback|rezolúci|porušen|poruši|porušova|porušuj',
    ],
    [
      'diplomatic',
      'veľvyslan|veľvyslanec|veľvyslanectv|vyslanec|osobitný vyslanec|akreditáci|diplomat|' +
        'diplomati|diplomaci|diplomatick|vyhosti|vyhosten|znížiť úroveň|prerušenie vzťahov|' +
        'prerušiť vzťahy|diplomatické vzťahy|diplomatických vzťahov|chargé d’affaires|' +
        'persona non grata|predvola|predvolan|diplomatických stykov|diplomatické styky|prerušiť styky|prerušenie stykov|prerušila styky|prerušil styky|znížila úroveň|znížil úroveň|zníženie úrovne|nóta|protestnú nótu',
    ],
    [
      'test_ground',
      'testovacie pole|testovacím polygónom|polygón|skúšobn|otestova|otestovan|' +
        'vyskúšan v boji|preverené v boji|bojové skúsenosti|bojových skúseností|' +
        'laboratóri|ostré nasadenie|ostrom nasadení|ostrého nasadenia|v reálnych podmienkach|reálnych bojových podmienkach|výkladná skriňa|výkladnou skriňou|výkladnej skrine|výkladnú skriňu|otestovali v boji|otestovať v boji|testovanie v boji|skúša svoje zbrane|skúšajú svoje zbrane|skúšať svoje zbrane',
    ],
    [
      'stakes',
      'príjm|príjmy|vývoz zbraní|vývozu zbraní|export zbraní|zákazník|zákazníc|kupci|' +
        'prestíž|páka|páku|zisk|výhod|prospech|riziko|riziká|rizík|stávk|hazard|motív|odmen|zaráb|zarobi|zárob|tržb|biznis|kšeft|protislužb|vyjednávaciu pozíciu|vyjednávacia pozícia|vyjednávacej pozície',
    ],
    [
      'visit',
      'návštev|navštívi|navštevova|cestova|cest|odletel|pricestova|prilete|stretnuti|' +
        'stretol|stretli|rokovani|rokova|samit|summit|prijal|prijala|hostil|zavíta|priletel|priletela|pricestoval|pricestovala|návštevou',
    ],
    [
      'persuade',
      'presvedči|presviedča|prehovori|naliehal|naliehala|lobova|plán|plány|plánova|map|presvedčil|presvedčila|nahovori|žiadal|požiadal|požiadala',
    ],
    [
      'deploy',
      'rozmiestnen|rozmiestni|nasaden|vojsk|vojak|kontingent|vojenská prítomnosť|vojenskej prítomnosti',
    ],
    [
      'intervention',
      'intervenci|intervenova|zasiahnu|zásah|vstup do vojny|vstúpilo do vojny|vojenská operácia|vojenskej operácie|vojenskú operáciu|vojenská kampaň|vstúpilo do sýrskej vojny|vstúpil do sýrskej vojny|vstup do sýrskej vojny|vstupom do vojny|vojensky vstúpilo|zapojenie do vojny|zapojilo do vojny|vojenské zapojenie|vojenského zapojenia|vojensky zasiahlo|vojensky zasiahnuť|vojenská intervencia',
    ],
    [
      'rescue',
      'zachráni|zachránen|záchran|udržať pri moci|udržal pri moci|pri moci|prežiti|' +
        'zvrátiť priebeh|zvrátili priebeh|záchranné koleso|záchranný kruh|pred kolapsom|' +
        'pred pádom|zabrániť pádu|zabránili pádu|zabránilo pádu|zabránila pádu|odvrátiť pád|odvrátili pád|pred zrútením|pred rozpadom|podržali|podržať|zachránili|zachránilo',
    ],
    [
      'backing',
      'podpor|podporova|podporil|spojenec|spojenci|spojencov|patrón|ochranc|' +
        'bok po boku|spoločne|spoločn|koordinova|koordináci|sponzor|vojenská pomoc|' +
        'vojenskej pomoci|pomoc|pomáha|pomohl|pomoh|priskoči|pomocnú ruku|po boku|na strane režimu|na strane asada|spojeneck|podporovateľ|podporovatelia|podporovateľov',
    ],
    [
      'talks',
      'garant|garanti|zóna deeskalácie|zóny deeskalácie|deeskalačn|deeskalácia|prímeri|' +
        'zastavenie paľby|mierové rozhovory|mierových rozhovorov|mierové rokovania|' +
        'vyjednávani|trojstrann|mierový proces|mierového procesu|ústavný výbor|' +
        'politické riešenie|' +
        'traja prezidenti|troch prezidentov|traja lídri|troch lídrov|tri krajiny|' +
        'garantské krajiny|garantských krajín|garantské štáty|urovnanie|urovnaní|urovnania',
    ],
    // A summit of the three on Syria is the Astana format, wherever it meets (as in English).
    [['talks', 'syria'], 'samit o sýrii|samite o sýrii|summit o sýrii|summite o sýrii'],
    [
      'base',
      'základň|základn|letecká základňa|leteckej základne|námorná základňa|námornej základne|' +
        'prístav|prenájom|prenajat',
    ],
    [
      'militia',
      'milíci|milícia|milície|proxy|hizballáh|hizballah|hezbollah|fatemijún|zainabijún|' +
        'šíitské milície|šíitských milícií|šíitskí bojovníci|zahraniční bojovníci|bojovník|' +
        'bojovníci|pozemné sily|pozemných síl|na zemi|ozbrojené skupiny|ozbrojených skupín|ozbrojenými skupinami|ozbrojenci|ozbrojencov|ozbrojenc|žoldnier|žoldnieri|žoldnierov|proiránsk|šíitsk|šiitsk|hizballáhu|pozemné jednotky|pozemných jednotiek',
    ],
    [
      'friction',
      'rivalit|rival|súperen|súper|konkurenci|konkurent|napäti|trenic|stret|roztržk|' +
        'rozkol|nezhod|rozpor|manželstvo z rozumu|spojenectvo z rozumu|konflikt záujmov|konkur|preťahova|spor|spory|sporov|súperia|súperenie|nevraživos|rozchádzajú|protichodn|odlišné záujmy|rozdielne záujmy|rozdielnych záujmov|odlišných záujmov',
    ],
    [
      'influence',
      'vplyv|vplyvu|sféra vplyvu|sféry vplyvu|sféru vplyvu|kontrakt|zákazk|obnov|' +
        'ekonomické záujmy|ekonomických záujmov|fosfát|zákaziek|zákazky|povojnovú obnovu|povojnovej obnovy|povojnová obnova|ekonomické výhody|ťažobné práva|ťažba fosfátov',
    ],
    [
      'deconfliction',
      'dekonflikt|horúca linka|horúcej linky|prižmúriť oko|prižmúrilo oko|prižmúril oko|' +
        'zelenú|zelené svetlo|tichý súhlas|tichého súhlasu|koordinačný mechanizmus|prižmúri oči|prižmúrila oči|prižmúrilo oči|zatvára oči|zatvárala oči|privrela oči|privrieť oči|mlčky toleruje|mlčky tolerovala|mlčky toleruje',
    ],
    ['isis', 'islamský štát|islamského štátu|islamským štátom|daeš|daesh|isis|isil'],
    [
      'terror',
      'terorizm|teroristi|terorist|teroristick|džihádist|extrémist|boj proti terorizmu|' +
        'protiteroristick',
    ],
    [
      'withdraw',
      'stiahnu|stiahol|stiahla|stiahli|sťahova|stiahnuti|presunu|presunul|presunula|presun|' +
        'preskupi|znížiť prítomnosť|zníženie prítomnosti|zníženie počtu|odveli|odvelen|odvelenie|presúva|sťahuj|stiahnut|odsun|znížilo prítomnosť|znížila prítomnosť|zredukovala prítomnosť|zredukovalo prítomnosť|zredukovalo počty|zredukovali kontingent|znížili kontingent',
    ],
    [
      'fill',
      'vyplniť vákuum|vyplniť prázdno|zaplniť vákuum|mocenské vákuum|vákuum|prevzal|prevzali|' +
        'prevziať|zaujať miesto|opustené pozície|opustených pozícií|uvoľnené pozície|uvoľnených pozícií|uvoľnené miesto|uvoľnený priestor|uvoľnený priestor|vzniknuté vákuum|zaplniť medzeru|zaplnili medzeru|zaplnil medzeru|vyplnili medzeru|vyplniť medzeru|zaplnili vákuum|zaplnil vákuum|vyplnili vákuum|prevzali kontrolu|prevzali pozície|obsadili pozície|obsadili uvoľnené',
    ],
    [
      'fall',
      'pád|pádu|zvrhnut|zvrhol|zvrhli|kolaps|zrúteni|zrútil|utiekol|útek|úteku|azyl|exil|' +
        'po asadovi|koniec asada|pád režimu|pádu režimu|ušiel|ušla|ušli|utiekli|zosypa|padol|kapituláci|kapitulova|koniec režimu|konca režimu|dobyli|dobytie|dobytí|zrútenie režimu|zrútil sa režim',
    ],
    [
      'rebels',
      'rebel|rebeli|rebelov|povstalc|povstalci|ofenzíva rebelov|hts|hajat tahrír aš-šám|' +
        'hayat tahrir al-sham|tahrír aš-šám|aš-šará|šará|al-sharaa|džauláni|al-džauláni|' +
        'jolani|islamist|islamisti|ozbrojená opozícia|ozbrojenej opozície|opozičné sily|' +
        'opozičných síl|sýrska opozícia|bleskov ofenzív|povstalec|povstaleck|ofenzíva povstalcov|ofenzívy povstalcov|opozičné skupiny|ozbrojená sýrska opozícia',
    ],
    [
      'partnership',
      'partnerstv|partner|partneri|spojenectv|aliancia|aliancie|spolupráca|spoluprác|' +
        'kooperáci|vzťah|vzťahy|vzťahov|väzb|priateľstv|zblížen|koalíci|zväzok|zväzk|tandem|strategické partnerstvo|spojenectvo',
    ],
    [
      'deepen',
      'prehĺbi|prehlbova|prehlbuj|rastúc|rastie|posilni|posilňova|posilnen|užš|tesnejš|' +
        'nová etapa|novú etapu|nová kapitola|novú kapitolu|nová úroveň|novú úroveň|rozšíri|' +
        'upevni|zintenzívni|posilňuj|zbližova|zbližuj|upevňova|upevňuj|prehĺbenie|prehlbovanie|čoraz užš|čoraz tesnejš|nadštandardn',
    ],
    [
      'depend',
      'závisl|závislosť|závislosti|spolieha|mladší partner|mladším partnerom|' +
        'mladšieho partnera|starší partner|výmena rolí|obrátenie rolí|obrátilo sa na|' +
        'obrátila sa na|obracia sa na|odkázan|závis|úlohy sa vymenili|role sa vymenili|úlohy sa obrátili|karta sa obrátila|karty sa obrátili|výmena úloh|obrátené role|potrebuje iránske|potrebuje irán',
    ],
    [
      'first_time',
      'po prvý raz|prvýkrát|po prvýkrát|bezprecedentn|bez precedensu|nikdy predtým|vôbec prvý|vôbec prvýkrát|historicky prvý|historicky prvýkrát',
    ],
    [
      'mistrust',
      'nedôver|nedôvera|podozrieva|podozreni|krivd|zrad|výhrad|skepsa|skepticizm|' +
        'hranice vzťahu|ostražit|nedôveruj|podozrievav|obavy z moskvy|historické krivdy|zradil|zradila',
    ],
    ['july', 'júl|júla|júli'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'nemáme takéto informácie|nemáme informácie|nemáme žiadne informácie|nedisponujeme informáciami|nie je stranou|nie sme stranou|politicky motivovan|politicky motivované|politicky motivovaná|politicky motivovaný|nemá takéto informácie|nemá žiadne informácie|nedisponuje informáciami|nedisponuje takýmito informáciami',
    ],
    ['strike', 'vypusti|vypustil|vypustila|vypustilo|vypustili|vypustené|vypustených'],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    ['deny', 'žiadnej zo strán|žiadnu zo strán|žiadnej strane|predložiť akékoľvek dôkazy'],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'amerického pôvodu|západného pôvodu|americké súčiastky|západné súčiastky|polovodič|mikroelektronik|elektronické súčiastky',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zaríf|zarif'],
    ['fm_amirabdollahian', 'abdolláhján|abdollahian|amír abdolláhján'],
    ['fm_araghchi', 'arakčí|araghchi|arakči'],
    ['since', 'od|od roku'],
  ],
};
