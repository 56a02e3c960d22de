/** Matter cues for language 'nl': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Dutch cues. The Dutch lexicon's rules strip "-en", "-e", "-s", "-t", "-de", "-te" once and the
 * participle's "ge-", so adjectives and nouns are listed bare and irregular verb forms whole;
 * common compounds (droneaanval, stroomstoring...) are listed, some naming two concepts.
 */
export const NL_CUES: CueLexicon = {
  lang: 'nl',
  cues: [
    [
      'anti_west',
      'anti-westers|antiwesters|sancties omzeilen|omzeilen van sancties|geïsoleerd|isolement|' +
        'isolatie|paria|pariastaat|multipolair|wereldorde|hegemonie|amerikaanse hegemonie|' +
        'anti-amerikaans|as van verzet',
    ],
    [
      'ties_econ',
      'handel|handelsvolume|handelsbetrekkingen|gas|aardgas|olie|gazprom|energieakkoord|' +
        'energiedeal|investering|investeren|corridor|noord-zuidcorridor|transportcorridor|' +
        'spoorlijn|spoorweg|bank|bankensysteem|roebel|rial|valuta|munteenheid|verdrag|' +
        'akkoord|overeenkomst|memorandum|economie|economisch|tarwe|' +
        'euraziatische economische unie|swift|mir-kaarten',
    ],
    [
      'energy',
      'stroomnet|elektriciteitsnet|energie-infrastructuur|energieinfrastructuur|' +
        'energiecentrale|elektriciteitscentrale|krachtcentrale|centrale|onderstation|' +
        'transformatorstation|stroom|elektriciteit|stroomstoring|stroomuitval|black-out|' +
        'blackout|verwarming|kritieke infrastructuur|energiesector|energievoorziening|ukrenergo',
    ],
    [
      'miltech',
      'su-35|soechoi|sukhoi|s-300|s-400|mig-29|jak-130|yak-130|mi-28|satelliet|khayyam|' +
        'gezamenlijke oefening|marineoefening|gezamenlijke marineoefening|militair-technisch|' +
        'straaljagers voor iran',
    ],
    [
      'nuclear',
      'nucleair|atoomprogramma|nucleair programma|atoomakkoord|nucleair akkoord|' +
        'atoomdeal|jcpoa|verrijking|verrijkt uranium|uranium|iaea|iaea-inspecteur|atoomwapen|' +
        'kernwapen|atoombom|kernprogramma|atoomenergie',
    ],
    [
      'iran_leader',
      'khamenei|chamenei|ayatollah khamenei|opperste leider|hoogste leider|raisi|' +
        'ebrahim raisi|pezeshkian|rohani|rouhani|ahmadinejad|mokhber|iraanse president',
    ],
    ['putin', 'poetin|vladimir poetin|putin'],
    ['soleimani', 'soleimani|qassem soleimani|qasem soleimani|suleimani|ghassem soleimani'],
    [
      'assad',
      'assad|al-assad|bashar|bashar al-assad|assad-regime|regime van assad|regering-assad|' +
        'syrisch regime|syrische regime|syrische regering|regime in damascus|damascus',
    ],
    ['tehran', 'teheran'],
    ['moscow', 'moskou|kremlin'],
    [
      'white_house',
      'witte huis|jake sullivan|sullivan|john kirby|kirby|nationale veiligheidsraad|' +
        'nationaal veiligheidsadviseur|veiligheidsadviseur',
    ],
    [
      'us',
      'verenigde staten|amerika|amerikaans|amerikanen|washington|pentagon|' +
        'amerikaanse ministerie van buitenlandse zaken|biden|blinken|cia|amerikaanse regering|' +
        'amerikaanse inlichtingendiensten|amerikaanse functionarissen',
    ],
    [
      'israel',
      'israël|israëlisch|israëli|israëliërs|idf|israëlisch leger|netanyahu|netanjahoe|' +
        'golan|golanhoogte|mossad',
    ],
    ['turkey', 'turkije|turks|ankara|erdogan|erdoğan'],
    ['iraq', 'irak|iraaks|iraakse|bagdad'],
    [
      'ukraine',
      'oekraïne|oekraïens|oekraïner|oekraïners|zelensky|zelenski|zelenskyy|' +
        'oekraïense regering|regering in kiev',
    ],
    ['syria', 'syrië|syrisch|syriër|syriërs'],
    [
      'city',
      'stad|steden|grote steden|kiev|kyiv|charkiv|charkov|odessa|odesa|lviv|lemberg|dnipro|' +
        'zaporizja|zaporizjzja|mykolajiv|cherson|soemy|tsjernihiv|vinnytsja|zjytomyr|' +
        'poltava|woonplaats|dorp|dorpen',
    ],
    ['crimea', 'krim|schiereiland krim|dzjankoj|dzhankoi'],
    ['belarus', 'belarus|wit-rusland|witrusland|belarussisch|wit-russisch'],
    ['tatarstan', 'alabuga|jelaboega|yelabuga|tatarstan|speciale economische zone'],
    ['kupiansk', 'koepjansk|kupiansk|kupjansk'],
    ['base_name', 'hmeimim|chmeimim|khmeimim|tartus|tartoes|latakia|shairat|tiyas|t4'],
    ['hamadan', 'hamadan|nojeh'],
    [
      'astana',
      'astana|nur-sultan|sotsji|sochi|astanaproces|astana-proces|astana-overleg|' +
        'astana-formaat|astana-gesprekken',
    ],
    ['europe', 'europa|europese oorlog|oorlog in europa|europese bodem'],
    ['west', 'westen|westers|navo|nato|westerse landen'],
    [
      ['drone', 'strike'],
      'droneaanval|drone-aanval|droneaanvallen|drone-aanvallen|dronezwerm|dronegolf|' +
        'kamikazedroneaanval',
    ],
    [['drone', 'supply'], 'droneleveringen|dronelevering|dronelevering|droneleverancier'],
    [['drone', 'produce'], 'dronefabriek|droneproductie|dronefabricage'],
    [['drone', 'air_defence'], 'droneafweer|drone-afweer'],
    [['drone', 'debris'], 'dronewrak|drone-wrak|dronebrokstukken'],
    [
      'drone',
      'drone|drones|kamikazedrone|kamikaze-drone|aanvalsdrone|zelfmoorddrone|gevechtsdrone|' +
        'onbemand|onbemande vliegtuig|shahed|geran|geran-2|mohajer|kamikaze|' +
        'loitering munition',
    ],
    [
      'supply',
      'leveren|levert|leverde|leverden|geleverd|levering|wapenlevering|' +
        'wapenleveranties|leverancier|bevoorraden|sturen|stuurt|stuurde|stuurden|gestuurd|' +
        'zenden|gezonden|verscheept|overgedragen|verkopen|verkoopt|verkocht|verkoop|kopen|' +
        'koopt|kocht|kochten|gekocht|aankoop|verwerven|verworven|ontvangen|ontving|kreeg|' +
        'gekregen|importeren|geïmporteerd|ter beschikking gesteld|bewapenen|bewapend',
    ],
    [
      'shipment',
      'lading|zending|partij|vracht|vrachtvlucht|vrachtvluchten|vrachtvliegtuig|' +
        'luchtbrug|kaspische zee|vluchten|schip|schepen|vrachtschip|eerste zending|' +
        'eerste levering|containerschip',
    ],
    [
      'quantity',
      'honderden|duizenden|enkele honderden|honderden drones|groot aantal|grote aantallen|' +
        'tientallen|meer dan 1000',
    ],
    [
      'intel',
      'inlichtingen|inlichtingendienst|inlichtingendiensten|inlichtingenrapport|' +
        'volgens inlichtingen|beoordeling|vrijgegeven|satellietbeelden|satellietfoto|' +
        'spionage|verkenning|informatie-uitwisseling',
    ],
    ['cash', 'contant|contant geld|contanten|bankbiljetten|euro|geld|miljoen euro|140 miljoen'],
    ['gold', 'goud|goudstaven|goudreserves|in goud'],
    ['pay', 'betalen|betaalt|betaalde|betaald|betaling|betalingen|prijs|aankoopprijs'],
    [
      'exchange',
      'in ruil|in ruil voor|ruilhandel|ruil|als tegenprestatie|tegenprestatie|' +
        'als betaling|ruilen',
    ],
    [
      'captured_arms',
      'buitgemaakt|buitgemaakte|buitgemaakte wapens|javelin|nlaw|stinger|westerse wapens|' +
        'in beslag genomen|trofeeën',
    ],
    [
      ['air_campaign', 'strike'],
      'luchtaanval|luchtaanvallen|bombardement|bombardementen|bombarderen|gebombardeerd|' +
        'bombardeerde',
    ],
    [
      'strike',
      'aanval|aanvallen|aangevallen|valt aan|vielen aan|beschieting|beschoten|getroffen|' +
        'treffer|golven|salvo|raketaanval|grootschalige aanval|afgevuurd|doelwit|' +
        'doelwitten|explosie|explosies|inslag|inslagen|gelanceerd|lanceerde|zwerm',
    ],
    [
      'civilian',
      'burger|burgers|burgerslachtoffers|woonwijk|woonwijken|woongebouw|flatgebouw|' +
        'woning|woningen|gedood|doden|dode|omgekomen|slachtoffer|slachtoffers|gewond|' +
        'gewonden|ziekenhuis|school|huizen',
    ],
    ['night', 'nacht|' + "'s nachts|snachts|nachtelijk|in de nacht|vannacht"],
    [
      'debris',
      'wrak|wrakstukken|brokstukken|resten|overblijfselen|fragmenten|onderdelen|' +
        'neergehaalde drone',
    ],
    [
      'markings',
      'markering|markeringen|opschrift|opschriften|overgeschilderd|geschilderd|hernoemd|' +
        'omgedoopt|serienummer|serienummers|cyrillisch|cyrillische letters|nieuwe naam',
    ],
    [
      'identify',
      'geïdentificeerd|identificeren|identificatie|bewijs|bewijzen|bevestigd|bevestigde|' +
        "bevestigen|foto's|beelden tonen|onderzocht|onderzoek|onderzoekers|forensisch|" +
        'analyse|aangetoond',
    ],
    [
      'intercept',
      'neergeschoten|neerschieten|neergehaald|onderschept|onderscheppen|onderschepping|' +
        'uitgeschakeld|vernietigd in de lucht|uit de lucht gehaald',
    ],
    [
      'air_defence',
      'luchtverdediging|luchtafweer|luchtafweersysteem|luchtafweersystemen|gepard|iris-t|' +
        'nasams|patriot|mobiele vuurgroepen|elektronische oorlogvoering|storingszender|' +
        'onderscheppingsraket|iron dome|raketafweer|luchtalarm',
    ],
    [
      'tech',
      'bereik|kilometer|km|kernkop|springkop|lading explosieven|motor|motoren|snelheid|' +
        'geleiding|besturing|gps|componenten|onderdelen|chips|microchips|kosten|kost|' +
        'goedkoop|springstof|explosieven|kilogram|kg|navigatie|deltavleugel|ontwerp|' +
        'ontworpen|westerse componenten|elektronica|brommer|grasmaaier',
    ],
    [
      'deny',
      'ontkennen|ontkent|ontkende|ontkend|ontkenning|weerleggen|weerlegd|verwerpen|' +
        'verworpen|wijst van de hand|ongegrond|ongegronde|vals|valse|leugens|leugen|' +
        'verzonnen|propaganda|speculatie|speculaties|nooit geleverd|geen wapens|geen drones|' +
        'niet geleverd',
    ],
    [
      'admit',
      'toegegeven|gaf toe|geeft toe|erkend|erkende|erkent|klein aantal|beperkt aantal|' +
        'voor de oorlog|maanden voor de oorlog|vóór de oorlog',
    ],
    [
      'train',
      'opleiden|opgeleid|opleiding|opleiders|trainen|getraind|training|trainingen|' +
        'instructeur|instructeurs|leren bedienen|bediening|onderricht',
    ],
    [
      'advisers',
      'adviseurs|adviseur|militaire adviseurs|specialisten|technici|militair personeel|' +
        'experts|iraans personeel|deskundigen|operators',
    ],
    [
      'irgc',
      'revolutionaire garde|revolutionaire garde iran|irgc|qods-eenheid|quds-eenheid|' +
        'quds-strijdmacht|al-qudsbrigade|pasdaran',
    ],
    [
      'produce',
      'productie|produceren|produceert|geproduceerd|vervaardigen|vervaardigd|' +
        'fabricage|gefabriceerd|fabriek|fabrieken|assemblage|geassembleerd|in elkaar gezet|' +
        'licentie|in licentie|lokaliseren|productielijn|massaproductie|serieproductie',
    ],
    [
      ['ballistic', 'missile'],
      'ballistische raket|ballistische raketten|korteafstandsraket|korteafstandsraketten|' +
        'grond-grondraket|grond-grondraketten',
    ],
    ['missile', 'raket|raketten|kruisraket|kruisraketten|kruisvluchtwapens'],
    ['ballistic', 'ballistisch|ballistische|fateh|fateh-110|fath-360|zolfaghar|grond-grond'],
    [
      'sanction',
      'sanctie|sancties|gesanctioneerd|sanctioneren|zwarte lijst|sanctielijst|' +
        'sanctiepakket|ministerie van financiën|amerikaanse ministerie van financiën|ofac|' +
        'tegoeden bevroren|bevroren|exportcontroles|strafmaatregelen|restrictieve maatregelen',
    ],
    [
      'un_violation',
      'resolutie 2231|veiligheidsraad|vn-veiligheidsraad|schending|schendingen|schendt|' +
        'geschonden|in strijd met|wapenembargo|embargo|snapback|vn-resolutie',
    ],
    [
      'diplomatic',
      'ambassadeur|gezant|speciaal gezant|ambassade|iraanse ambassade|accreditatie|' +
        'diplomaten|diplomatiek personeel|zaakgelastigde|uitzetten|uitgezet|uitzetting|' +
        'diplomatieke betrekkingen|betrekkingen verbroken|verbreken|op het matje geroepen|' +
        'ontboden|teruggeroepen|persona non grata',
    ],
    [
      'test_ground',
      'testterrein|proefterrein|proeftuin|oefenterrein|in de strijd getest|strijdervaring|' +
        'gevechtservaring|etalage|uitstalraam|onder echte omstandigheden|testlaboratorium',
    ],
    [
      'stakes',
      'inkomsten|wapenexport|wapenexporten|klanten|kopers|prestige|aanzien|drukmiddel|' +
        'hefboom|winst|voordeel|voordelen|risico|risicos|gok|berekening|motief|motieven|' +
        'beloning|profiteren',
    ],
    [
      'visit',
      'bezoek|bezoeken|bezocht|bezoekt|reis|reisde|vloog|ontmoette|ontmoeting|' +
        'ontmoetingen|topontmoeting|gesprekken|geheim bezoek|' +
        'staatsbezoek|arriveerde|kwam aan',
    ],
    [
      'persuade',
      'overtuigen|overtuigde|overgehaald|overhalen|aandringen|drong aan|lobbyen|plannen|' +
        'gepland|kaart|kaarten',
    ],
    [
      'intervention',
      'interventie|ingrijpen|greep in|militaire interventie|de oorlog in|inzet|ingezet|' +
        'stationering|gestationeerd|gestuurd|militaire operatie|militaire campagne|campagne|' +
        'troepen|militaire aanwezigheid|expeditiemacht',
    ],
    [
      'air_campaign',
      'luchtcampagne|luchtoorlog|luchtmacht|luchtsteun|luchtdekking|gevechtsvliegtuigen|' +
        'gevechtsvliegtuig|straaljagers|jets|bommenwerpers|russische luchtmacht|' +
        'lucht- en ruimtemacht|oorlogsvliegtuigen',
    ],
    [
      'rescue',
      'redden|redde|gered|redding|aan de macht houden|aan de macht gehouden|aan de macht|' +
        'overeind houden|overeind gehouden|het tij keren|keerde het tij|overleven|' +
        'reddingsboei|levenslijn|ineenstorting voorkomen',
    ],
    [
      'backing',
      'steun|steunen|steunt|steunde|gesteund|steunpilaar|bondgenoot|bondgenoten|' +
        'beschermheer|schouder aan schouder|samen|gezamenlijk|gezamenlijke|coördineren|' +
        'gecoördineerd|coördinatie|sponsor|ruggensteun|militaire hulp|militaire steun',
    ],
    [
      'talks',
      'garant|garanten|garantiemacht|garantiemachten|de-escalatiezone|de-escalatiezones|' +
        'de-escalatie|wapenstilstand|bestand|staakt-het-vuren|vredesbesprekingen|' +
        'vredesonderhandelingen|trilateraal|trilaterale|vredesproces|grondwettelijk comité|' +
        'onderhandelingen|politieke oplossing',
    ],
    [
      'base',
      'bases|luchtmachtbasis|vliegbasis|marinebasis|militaire basis|militaire bases|' +
        'haven|havens|pacht|gepacht|huur|militaire faciliteit',
    ],
    [
      'militia',
      'milities|militie|milicien|proxy|proxies|hezbollah|hizbollah|fatemiyoun|zainabiyoun|' +
        'sjiitische milities|sjiitische strijders|buitenlandse strijders|grondtroepen|' +
        'op de grond|strijders',
    ],
    [
      'friction',
      'rivaliteit|rivaal|rivalen|concurrentie|concurrent|concurreren|spanning|spanningen|' +
        'wrijving|wrijvingen|botsing|botsingen|breuk|onenigheid|meningsverschillen|ruzie|' +
        'verstandshuwelijk|belangenconflict',
    ],
    [
      'influence',
      'invloed|invloedssfeer|invloedssferen|contracten|wederopbouw|economische belangen|' +
        'fosfaat|fosfaatmijnen',
    ],
    [
      'deconfliction',
      'deconflictie|hotline|rechtstreekse lijn|oogje dichtknijpen|kneep een oogje dicht|' +
        'groen licht|stilzwijgende|stilzwijgend|coördinatiemechanisme',
    ],
    ['isis', 'islamitische staat|isis|daesh|is-strijders|terreurgroep is|is-terroristen'],
    [
      'terror',
      'terrorisme|terrorist|terroristen|terroristisch|terroristische|jihadisten|jihadist|' +
        'jihadistische|extremisten|terrorismebestrijding|antiterreur',
    ],
    [
      'withdraw',
      'terugtrekking|terugtrekken|teruggetrokken|trok zich terug|vertrek|verplaatst|' +
        'verplaatsen|herschikt|aanwezigheid verminderd|afgebouwd|afbouw|troepenvermindering',
    ],
    [
      'fill',
      'vacuüm opvullen|vacuüm|machtsvacuüm|gat opvullen|gat vullen|posities overgenomen|' +
        'overnemen|overgenomen|nam over|ontruimde posities',
    ],
    [
      'fall',
      'val|gevallen|viel|ineenstorting|ingestort|omvergeworpen|verdreven|gevlucht|vlucht|' +
        'vluchtte|asiel|ballingschap|na assad|einde van assad|val van assad',
    ],
    [
      'rebels',
      'rebel|rebellen|rebellenoffensief|hts|hayat tahrir al-sham|hayat tahrir al-sjam|' +
        'al-sharaa|sharaa|jolani|al-jolani|opstandelingen|islamisten|bliksemoffensief|' +
        'gewapende oppositie|syrische oppositie|oppositiestrijders',
    ],
    [
      'partnership',
      'partnerschap|partner|partners|bondgenootschap|alliantie|samenwerking|samenwerken|' +
        'betrekkingen|relatie|verhouding|vriendschap|toenadering|coalitie|' +
        'strategisch partnerschap',
    ],
    [
      'deepen',
      'verdiepen|verdiept|verdieping|groeiend|groeiende|groeit|versterkt|versterken|' +
        'versterking|nauwer|nauwere|hechter|hechtere|uitbreiden|uitgebreid|nieuwe fase|' +
        'nieuw hoofdstuk|geïntensiveerd|intensiveren',
    ],
    [
      'depend',
      'afhankelijk|afhankelijkheid|aangewezen op|juniorpartner|seniorpartner|' +
        'omgekeerde rollen|rollen omgedraaid|wendde zich tot|wendt zich tot',
    ],
    ['first_time', 'voor het eerst|eerste keer|ongekend|ongekende|nooit eerder|ongeëvenaard'],
    [
      'mistrust',
      'wantrouwen|argwaan|achterdocht|verdenking|wrok|verraad|verraden|grenzen|' +
        'voorbehoud|scepsis|historische last|grenzen van de relatie',
    ],
    ['july', 'juli'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
  ],
};
