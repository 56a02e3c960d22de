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
    // False friends (issue #11): "geldt" (applies) is no "geld", "bereiken/bereikt" (reach) no
    // "bereik" (range).
    [[], 'geldt|bereiken|bereikt|bereikte|bereikten'],
    [
      'anti_west',
      'anti-westers|antiwesters|sancties omzeilen|omzeilen van sancties|geïsoleerd|isolement|' +
        'isolatie|paria|pariastaat|multipolair|wereldorde|hegemonie|amerikaanse hegemonie|' +
        'anti-amerikaans|as van verzet' +
        '|imperialisme|imperialistisch|imperialistische|unipolair|unipolaire|schurkenstaten|autocratieën|as van autocratieën',
    ],
    [
      'ties_econ',
      'handel|handelsvolume|handelsbetrekkingen|gas|aardgas|olie|gazprom|energieakkoord|' +
        'energiedeal|investering|investeren|corridor|noord-zuidcorridor|transportcorridor|' +
        'spoorlijn|spoorweg|bank|bankensysteem|roebel|rial|valuta|munteenheid|verdrag|' +
        'akkoord|overeenkomst|memorandum|economie|economisch|tarwe|' +
        'euraziatische economische unie|swift|mir-kaarten' +
        '|handelsakkoord|vrijhandelsakkoord|vrijhandelszone|betalingssysteem|economische samenwerking|energiesamenwerking|handelsbetrekkingen|export|kerncentrale',
    ],
    [
      'energy',
      'stroomnet|elektriciteitsnet|energie-infrastructuur|energieinfrastructuur|' +
        'energiecentrale|elektriciteitscentrale|krachtcentrale|centrale|onderstation|' +
        'transformatorstation|stroom|elektriciteit|stroomstoring|stroomuitval|black-out|' +
        'blackout|verwarming|kritieke infrastructuur|energiesector|energievoorziening|ukrenergo' +
        '|centrales|energiecentrales|transformatoren|onderstations|stroomstoringen|stroomonderbrekingen|zonder stroom|in het donker|verwarming|warm water|energievoorziening|stroomvoorziening|hoogspanningsleidingen|energiebedrijf|ukrenergo',
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
      'khamenei|chamenei|ayatollah khamenei|opperste leider|hoogste leider|iraanse president',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohani|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|ebrahim raisi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian'],
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
        'gekregen|importeren|geïmporteerd|ter beschikking gesteld|bewapenen|bewapend' +
        '|leverden|leveringen|geleverde|stuurt|verstrekt|verstrekte|verstrekken|bezorgd|afgeleverd|overhandigd|aangekocht|aanschaffen|aangeschaft|aanschaf|ontvangen|ontving|ontvingen|gekregen|kreeg|kregen|bevoorraad|bevoorrading|invoer|ingevoerd|geëxporteerd|exporteert|uitgerust|bewapend|bewapenen',
    ],
    [
      'shipment',
      'lading|zending|partij|vracht|vrachtvlucht|vrachtvluchten|vrachtvliegtuig|' +
        'luchtbrug|kaspische zee|vluchten|schip|schepen|vrachtschip|eerste zending|' +
        'eerste levering|containerschip' +
        '|per schip|over zee|via de kaspische zee|door de lucht|vrachtschepen|containers|eerste partij',
    ],
    [
      'quantity',
      'honderden|duizenden|enkele honderden|honderden drones|groot aantal|grote aantallen|' +
        'tientallen|meer dan 1000' +
        '|massaal|grote hoeveelheden|honderdtallen|duizenden drones|enkele duizenden',
    ],
    [
      'intel',
      'inlichtingen|inlichtingendienst|inlichtingendiensten|inlichtingenrapport|' +
        'volgens inlichtingen|beoordeling|vrijgegeven|satellietbeelden|satellietfoto|' +
        'spionage|verkenning|informatie-uitwisseling' +
        '|inlichtingenbronnen|volgens bronnen|spionnen|geheime dienst|geheime diensten',
    ],
    [
      'cash',
      'contant|contant geld|contanten|bankbiljetten|euro|geld|miljoen euro|140 miljoen' +
        '|dollars|miljoen dollar|contant betaald|koffers met geld',
    ],
    ['gold', 'goud|goudstaven|goudreserves|in goud'],
    [
      'pay',
      'betalen|betaalt|betaalde|betaald|betaling|betalingen|prijs|aankoopprijs' +
        '|vergoeding|vergoed|afgerekend|betaalden',
    ],
    [
      'exchange',
      'in ruil|in ruil voor|ruilhandel|ruil|als tegenprestatie|tegenprestatie|' +
        'als betaling|ruilen' +
        '|geruild|ingeruild|ruilde|ruilden|tegen betaling',
    ],
    [
      'captured_arms',
      'buitgemaakt|buitgemaakte|buitgemaakte wapens|javelin|nlaw|stinger|westerse wapens|' +
        'in beslag genomen|trofeeën' +
        '|oorlogsbuit|buit|veroverde wapens|veroverd|veroverde',
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
        'doelwitten|explosie|explosies|inslag|inslagen|gelanceerd|lanceerde|zwerm' +
        '|vernietigd|vernield|verwoest|beschadigd|beschadigde|schade|bestookt|bestookten|bestoken|doelwit van|onder vuur|aanvalsgolf|neergestort|ingeslagen|sloegen in|sloeg in|ontploft|ontploften|aanvallen op',
    ],
    [
      'civilian',
      'burger|burgers|burgerslachtoffers|woonwijk|woonwijken|woongebouw|flatgebouw|' +
        'woning|woningen|gedood|doden|dode|omgekomen|slachtoffer|slachtoffers|gewond|' +
        'gewonden|ziekenhuis|school|huizen' +
        '|inwoners|bewoners|kinderen|flats|appartement|appartementen|appartementencomplex|kwamen om|om het leven|dakloos|doden en gewonden|gebouw|gebouwen|dodental',
    ],
    [
      'night',
      'nacht|' +
        "'s nachts|snachts|nachtelijk|in de nacht|vannacht" +
        '|bij zonsopgang|vroeg in de ochtend|afgelopen nacht',
    ],
    [
      'debris',
      'wrak|wrakstukken|brokstukken|resten|overblijfselen|fragmenten|onderdelen|' +
        'neergehaalde drone' +
        '|scherven|granaatscherven',
    ],
    [
      'markings',
      'markering|markeringen|opschrift|opschriften|overgeschilderd|geschilderd|hernoemd|' +
        'omgedoopt|serienummer|serienummers|cyrillisch|cyrillische letters|nieuwe naam' +
        '|logo|stickers|in het farsi|perzisch schrift|opschriften in het farsi',
    ],
    [
      'identify',
      'geïdentificeerd|identificeren|identificatie|bewijs|bewijzen|bevestigd|bevestigde|' +
        "bevestigen|foto's|beelden tonen|onderzocht|onderzoek|onderzoekers|forensisch|" +
        'analyse|aangetoond' +
        '|bewezen|aantonen|toont aan|tonen aan|geanalyseerd|vastgesteld|herkomst|iraanse herkomst|iraanse makelij|van iraanse makelij',
    ],
    [
      'intercept',
      'neergeschoten|neerschieten|neergehaald|onderschept|onderscheppen|onderschepping|' +
        'uitgeschakeld|vernietigd in de lucht|uit de lucht gehaald' +
        '|schoot neer|schoten neer|schiet neer|schieten neer|onderschepte|onderschepten|onderschept|afgeweerd|uit de lucht geschoten',
    ],
    [
      'air_defence',
      'luchtverdediging|luchtafweer|luchtafweersysteem|luchtafweersystemen|gepard|iris-t|' +
        'nasams|patriot|mobiele vuurgroepen|elektronische oorlogvoering|storingszender|' +
        'onderscheppingsraket|iron dome|raketafweer|luchtalarm' +
        '|luchtafweerraketten|luchtafweergeschut|afweergeschut|afweersystemen|onderscheppingsraketten|onderscheppingsdrones|mobiele eenheden|machinegeweren',
    ],
    [
      'tech',
      'bereik|kilometer|km|kernkop|springkop|lading explosieven|motor|motoren|snelheid|' +
        'geleiding|besturing|gps|componenten|onderdelen|chips|microchips|kosten|kost|' +
        'goedkoop|springstof|explosieven|kilogram|kg|navigatie|deltavleugel|ontwerp|' +
        'ontworpen|westerse componenten|elektronica|brommer|grasmaaier' +
        '|vleugelspanning|halfgeleiders|elektronica|westerse onderdelen|westerse componenten|vlieghoogte|propeller|tweetaktmotor|stuksprijs|reserveonderdelen|navigatiesysteem|nuttige lading',
    ],
    [
      'deny',
      'ontkennen|ontkent|ontkende|ontkend|ontkenning|weerleggen|weerlegd|verwerpen|' +
        'verworpen|wijst van de hand|ongegrond|ongegronde|vals|valse|leugens|leugen|' +
        'verzonnen|propaganda|speculatie|speculaties|nooit geleverd|geen wapens|geen drones|' +
        'niet geleverd' +
        '|onzin|absurd|absurde|desinformatie|laster|categorisch|stellig|ontkennen ten stelligste|ten stelligste|nep|verzinsels|gefabriceerd|wees van de hand|wijzen van de hand|weerlegde|verwierp|verwerpt',
    ],
    [
      'admit',
      'toegegeven|gaf toe|geeft toe|erkend|erkende|erkent|klein aantal|beperkt aantal|' +
        'voor de oorlog|maanden voor de oorlog|vóór de oorlog' +
        '|bekende|erkennen|gaf toe|geven toe',
    ],
    [
      'train',
      'opleiden|opgeleid|opleiding|opleiders|trainen|getraind|training|trainingen|' +
        'instructeur|instructeurs|leren bedienen|bediening|onderricht' +
        '|leidden op|leidt op|leiden op|bijgebracht|brachten bij|traint|trainde|trainden|leren vliegen|besturen|piloteren|instructie',
    ],
    [
      'advisers',
      'adviseurs|adviseur|militaire adviseurs|specialisten|technici|militair personeel|' +
        'experts|iraans personeel|deskundigen|operators' +
        '|iraanse officieren|officieren|ingenieurs|iraanse militairen|militairen',
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
        'licentie|in licentie|lokaliseren|productielijn|massaproductie|serieproductie' +
        '|produceerde|produceerden|fabriceert|fabriceren|bouwt|bouwen|gebouwd|in serie|assembleren|assembleert|assemblagelijn|productiehal|wapenfabriek|eigen productie|nagebouwd|nabouwen|kopie|kopieën',
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
        'tegoeden bevroren|bevroren|exportcontroles|strafmaatregelen|restrictieve maatregelen' +
        '|sanctioneert|sanctioneerde|strafmaatregel|exportbeperkingen|exportverbod|nieuwe sancties|sanctieronde',
    ],
    [
      'un_violation',
      'resolutie 2231|veiligheidsraad|vn-veiligheidsraad|schending|schendingen|schendt|' +
        'geschonden|in strijd met|wapenembargo|embargo|snapback|vn-resolutie' +
        '|schond|overtreedt|overtreding|inbreuk|strijdig met',
    ],
    [
      'diplomatic',
      'ambassadeur|gezant|speciaal gezant|ambassade|iraanse ambassade|accreditatie|' +
        'diplomaten|diplomatiek personeel|zaakgelastigde|uitzetten|uitgezet|uitzetting|' +
        'diplomatieke betrekkingen|betrekkingen verbroken|verbreken|op het matje geroepen|' +
        'ontboden|teruggeroepen|persona non grata' +
        '|ambassadeurs|teruggeroepen|riep terug|ontbood|ontboden|verbrak de betrekkingen|verbreekt de betrekkingen|consulaat|consul|afgeschaald|afschalen|accreditatie ingetrokken|zette uit|zet uit',
    ],
    [
      'test_ground',
      'testterrein|proefterrein|proeftuin|oefenterrein|in de strijd getest|strijdervaring|' +
        'gevechtservaring|etalage|uitstalraam|onder echte omstandigheden|testlaboratorium' +
        '|getest|testen|uittesten|beproefd|in de praktijk|onder gevechtsomstandigheden|vuurdoop|laboratorium|slagveld',
    ],
    [
      'stakes',
      'inkomsten|wapenexport|wapenexporten|klanten|kopers|prestige|aanzien|drukmiddel|' +
        'hefboom|winst|voordeel|voordelen|risico|risicos|gok|berekening|motief|motieven|' +
        'beloning|profiteren' +
        '|deviezen|eigenbelang|eigen belang|belangen|lucratief|lucratieve|winstgevend|winstgevende|ruilmiddel|troefkaart|reputatie|bestellingen|verdienen|verdient',
    ],
    [
      'visit',
      'bezoek|bezoeken|bezocht|bezoekt|reis|reisde|vloog|ontmoette|ontmoeting|' +
        'ontmoetingen|topontmoeting|gesprekken|geheim bezoek|' +
        'staatsbezoek|arriveerde|kwam aan' +
        '|bezocht|bezoekt|landde|vertoefde|verblijf|trip|ontmoetten|sprak met|onderhoud met',
    ],
    [
      'persuade',
      'overtuigen|overtuigde|overgehaald|overhalen|aandringen|drong aan|lobbyen|plannen|' +
        'gepland|kaart|kaarten' +
        '|verzocht|smeekte|overreden|overreed|overgehaald|stelde voor|voorgesteld|drong aan op',
    ],
    // Troops sent to Syria are its entry into the war; troops in Syria are only there.
    [['intervention', 'deploy', 'syria'], 'troepen naar syrië|soldaten naar syrië'],
    [
      'deploy',
      'inzet|ingezet|stationering|gestationeerd|gestuurd|troepen|militaire aanwezigheid|expeditiemacht|troepen gestuurd|stuurde troepen|militairen|soldaten|russische troepen|contingent',
    ],
    [
      'intervention',
      'interventie|ingrijpen|greep in|militaire interventie|de oorlog in|militaire operatie|militaire campagne|campagne|grepen in|ingegrepen|inval',
    ],
    [
      'air_campaign',
      'luchtcampagne|luchtoorlog|luchtmacht|luchtsteun|luchtdekking|gevechtsvliegtuigen|' +
        'gevechtsvliegtuig|straaljagers|jets|bommenwerpers|russische luchtmacht|' +
        'lucht- en ruimtemacht|oorlogsvliegtuigen' +
        '|russische vliegtuigen|vliegtuigen|luchtaanvallen|bombardementen',
    ],
    [
      'rescue',
      'redden|redde|gered|redding|aan de macht houden|aan de macht gehouden|aan de macht|' +
        'overeind houden|overeind gehouden|het tij keren|keerde het tij|overleven|' +
        'reddingsboei|levenslijn|ineenstorting voorkomen' +
        '|stutten|gestut|overeind hield|hield overeind|in het zadel|in het zadel gehouden|reddingslijn|zuurstof',
    ],
    [
      'backing',
      'steun|steunen|steunt|steunde|gesteund|steunpilaar|bondgenoot|bondgenoten|' +
        'beschermheer|schouder aan schouder|samen|gezamenlijk|gezamenlijke|coördineren|' +
        'gecoördineerd|coördinatie|sponsor|ruggensteun|militaire hulp|militaire steun' +
        '|hulp|helpen|hielp|hielpen|geholpen|gezamenlijk|samen met|hand in hand|zij aan zij|steunden|steunpilaren|beschermheren|bondgenoten|achter assad|schaarden zich achter',
    ],
    [
      'talks',
      'garant|garanten|garantiemacht|garantiemachten|de-escalatiezone|de-escalatiezones|' +
        'de-escalatie|wapenstilstand|bestand|staakt-het-vuren|vredesbesprekingen|' +
        'vredesonderhandelingen|trilateraal|trilaterale|vredesproces|grondwettelijk comité|' +
        'onderhandelingen|politieke oplossing' +
        '|bemiddeling|bemiddelaar|bemiddelde|vredesakkoord|gezamenlijke verklaring|drielandenoverleg|drielandentop|topoverleg|dialoog',
    ],
    [
      'base',
      'bases|luchtmachtbasis|vliegbasis|marinebasis|militaire basis|militaire bases|' +
        'haven|havens|pacht|gepacht|huur|militaire faciliteit' +
        '|marinehaven|vliegveld|militair vliegveld|luchthaven|militaire installaties|steunpunt|marinesteunpunt',
    ],
    [
      'militia',
      'milities|militie|milicien|proxy|proxies|hezbollah|hizbollah|fatemiyoun|zainabiyoun|' +
        'sjiitische milities|sjiitische strijders|buitenlandse strijders|grondtroepen|' +
        'op de grond|strijders' +
        '|pro-iraanse|pro-iraans|proiraanse|iraanse troepen|iraanse strijdkrachten|huurlingen|paramilitairen|paramilitaire|afghaanse strijders|gewapende groepen|grondtroepen',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'niet met één stem|niet altijd met één stem|niet op één lijn|niet altijd op één lijn',
    ],
    [
      'friction',
      'rivaliteit|rivaal|rivalen|concurrentie|concurrent|concurreren|spanning|spanningen|' +
        'wrijving|wrijvingen|botsing|botsingen|breuk|onenigheid|meningsverschillen|ruzie|' +
        'verstandshuwelijk|belangenconflict' +
        '|machtsstrijd|touwtrekken|getouwtrek|tegenstellingen|onenigheden|wrevel|verwijdering|kloof|concurreren|concurreerden|tegenstrijdige belangen|uiteenlopende belangen|botsende belangen|rivaliserende|kemphanen|haantjesgedrag|onmin',
    ],
    [
      'influence',
      'invloed|invloedssfeer|invloedssferen|contracten|wederopbouw|economische belangen|' +
        'fosfaat|fosfaatmijnen' +
        '|concessies|grondstoffen|bodemschatten|overheersing|machtspositie|wederopbouwcontracten',
    ],
    [
      'deconfliction',
      'deconflictie|hotline|rechtstreekse lijn|oogje dichtknijpen|kneep een oogje dicht|' +
        'groen licht|stilzwijgende|stilzwijgend|coördinatiemechanisme' +
        '|gedoogt|gedoogde|gedoogd|liet begaan|laat begaan|lijdzaam|vrij spel|vrije hand|afstemming met israël|coördinatie met israël|greep niet in|grijpt niet in',
    ],
    ['isis', 'islamitische staat|isis|daesh|is-strijders|terreurgroep is|is-terroristen'],
    [
      'terror',
      'terrorisme|terrorist|terroristen|terroristisch|terroristische|jihadisten|jihadist|' +
        'jihadistische|extremisten|terrorismebestrijding|antiterreur' +
        '|terreurgroepen|terreurorganisatie|terreurorganisaties|strijd tegen terreur|terreur',
    ],
    [
      'withdraw',
      'terugtrekking|terugtrekken|teruggetrokken|trok zich terug|vertrek|verplaatst|' +
        'verplaatsen|herschikt|aanwezigheid verminderd|afgebouwd|afbouw|troepenvermindering' +
        '|trokken zich terug|trekt zich terug|trekken zich terug|teruggetrokken|verplaatste|verplaatsten|overgeplaatst|verminderd|verkleind|afgeschaald|vertrokken uit syrië|vertrok uit syrië|verliet syrië|verlieten syrië|naar oekraïne overgebracht|ontruimd|ontruimde|ontruimden',
    ],
    [
      'fill',
      'vacuüm opvullen|vacuüm|machtsvacuüm|gat opvullen|gat vullen|posities overgenomen|' +
        'overnemen|overgenomen|nam over|ontruimde posities' +
        '|gat|gaten|opvullen|opgevuld|vulden|vult|namen over|nemen over|neemt over|sprongen in het gat|in het gat springen|sprong in het gat|plaats in|namen de plaats in|nam de plaats in',
    ],
    [
      'fall',
      'val|gevallen|viel|ineenstorting|ingestort|omvergeworpen|verdreven|gevlucht|vlucht|' +
        'vluchtte|asiel|ballingschap|na assad|einde van assad|val van assad' +
        '|val van damascus|val van het regime|omvergeworpen|ten val gebracht|ten val|afgezet|afzetting|instorting|ineengestort|capitulatie|nederlaag|einde van het regime|machtswissel|regimewissel',
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|nieuwe machthebbers in damascus|nieuwe autoriteiten in damascus|nieuwe syrische autoriteiten|overgangsregering|interim-regering|al-sharaa|sharaa',
    ],
    [
      'rebels',
      'rebel|rebellen|rebellenoffensief|hts|hayat tahrir al-sham|hayat tahrir al-sjam|' +
        'al-sharaa|sharaa|jolani|al-jolani|opstandelingen|islamisten|bliksemoffensief|' +
        'gewapende oppositie|syrische oppositie|oppositiestrijders' +
        '|rebellengroepen|oppositiegroepen|opstandige|opstandelingen|gewapende groepen|rebellenopmars|opmars van de rebellen|opmars',
    ],
    [
      'partnership',
      'partnerschap|partner|partners|bondgenootschap|alliantie|samenwerking|samenwerken|' +
        'betrekkingen|relatie|verhouding|vriendschap|toenadering|coalitie|' +
        'strategisch partnerschap' +
        '|bondgenoot|banden|verbond|broederschap',
    ],
    [
      'deepen',
      'verdiepen|verdiept|verdieping|groeiend|groeiende|groeit|versterkt|versterken|' +
        'versterking|nauwer|nauwere|hechter|hechtere|uitbreiden|uitgebreid|nieuwe fase|' +
        'nieuw hoofdstuk|geïntensiveerd|intensiveren' +
        '|nauwer|steeds nauwer|intensiveert|intensivering|uitbreiding|verstevigd|verstevigen|versteviging|aangehaald|aanhalen|kwalitatieve sprong|dichter bij elkaar|naar elkaar toe',
    ],
    [
      'depend',
      'afhankelijk|afhankelijkheid|aangewezen op|juniorpartner|seniorpartner|' +
        'omgekeerde rollen|rollen omgedraaid|wendde zich tot|wendt zich tot' +
        '|afhankelijk van iran|afhankelijk van teheran|is aangewezen op|heeft iran nodig|heeft teheran nodig|iraanse drones nodig|moet terugvallen op|valt terug op|terugvallen op|rolwisseling|rollen zijn omgedraaid',
    ],
    [
      'first_time',
      'voor het eerst|eerste keer|ongekend|ongekende|nooit eerder|ongeëvenaard' +
        '|nog nooit|nooit eerder|primeur|novum',
    ],
    [
      'mistrust',
      'wantrouwen|argwaan|achterdocht|verdenking|wrok|verraad|verraden|grenzen|' +
        'voorbehoud|scepsis|historische last|grenzen van de relatie' +
        '|wantrouwig|achterdochtig|terughoudendheid|oude wonden|historische last|voorzichtigheid',
    ],
    [
      ['rescue', 'backing'],
      'te hulp|kwamen te hulp|kwam te hulp|schoten te hulp|schoot te hulp|snelden te hulp|snelde te hulp|te hulp geschoten|te hulp gesneld',
    ],
    [
      ['friction', 'influence'],
      'strijd om invloed|strijd om de invloed|wedloop om invloed|invloedsstrijd',
    ],
    [
      ['anti_west', 'west'],
      'tegen het westen|collectieve westen|westerse dominantie|front tegen het westen',
    ],
    ['july', 'juli'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'hebben geen informatie|hebben we geen informatie|beschikken niet over informatie|beschikken we niet over informatie|geen partij in|geen partij bij|is geen partij|politiek gemotiveerd|politiek gemotiveerde|heeft geen informatie|dergelijke informatie niet',
    ],
    [
      // Where a drone comes from, not what it is like: these name no concept.
      [],
      'iraans ontwerp|van iraans ontwerp|iraans ontworpen|in iran ontworpen',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'geen van beide partijen|geen van de partijen|geen enkele partij|geen van de strijdende partijen',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'amerikaanse onderdelen|westerse onderdelen|van amerikaanse makelij|van westerse makelij|amerikaanse oorsprong|amerikaanse herkomst|westerse herkomst|halfgeleiders|micro-elektronica|elektronische componenten',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi|araktsji'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'verstandshuwelijk|bondgenootschap uit noodzaak|pact uit gemak|hun belangen verschillen',
    ],
    ['since', 'vanaf|sinds|sedert'],
  ],
};
