/** Matter cues for language 'de': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * German cues. Inflection rules strip "-en", "-er", "-e", "-n", "-s" once, so adjectives are
 * listed bare and with "-e" (covering -e/-en/-er/-es), verbs by their forms, and the common
 * compounds (Drohnenangriff, Stromausfall...) are listed whole, some naming two concepts.
 */
export const DE_CUES: CueLexicon = {
  lang: 'de',
  cues: [
    // False friends (issue #11): "es handelt sich" (act) is no Handel, "Seite" no "seit", "gebilligt"
    // (approved) no "billig", "vier" (four) no English "vie", "Gaza" no inflected "gaz",
    // "handeln" (act) no Handel, "Rente" (pension) no English "rent", "plant ein..." (plans) no "plant".
    [
      [],
      'handelt|handelte|handelten|handele|handle|gehandelt|seite|seiten|gebilligt|billigt|billigte|billigten|vier|gaza|handeln|rente|renten|plant ein|plant eine|plant einen|plant den|plant die|plant das|plant für|plant nun|plant jetzt|plant offenbar|plant bereits|plant auch|plant noch|plant zudem|er plant|sie plant|man plant',
    ],
    // Phrases and compounds first where a part alone would mean another concept.
    // "viel" (much) is Dutch "viel" (fell) to the matcher: read here first, it names nothing.
    [[], 'viel'],
    [
      'anti_west',
      'westliche sanktionen|westlichen sanktionen|unter sanktionen|' +
        'sanktionen umgehen|umgehung der sanktionen|umgehung von sanktionen|isoliert|' +
        'isolierte|isolation|isolierung|paria|pariastaat|pariastaaten|antiwestlich|' +
        'antiwestliche|anti-westlich|anti-westliche|antiamerikanisch|antiamerikanische|' +
        'weltordnung|multipolar|multipolare|multipolaren|hegemonie|us-hegemonie|' +
        'achse des umbruchs' +
        '|unipolar|unipolare|imperialismus|imperialistisch|imperialistische|schurkenstaaten|autokratien|us-dominanz',
    ],
    [
      'ties_econ',
      'handel|handels|handelsvolumen|handelsbeziehungen|gas|öl|erdöl|erdgas|' +
        'gazprom|energieabkommen|investition|investitionen|investieren|korridor|' +
        'nord-süd-korridor|transportkorridor|eisenbahn|bahnstrecke|bahnverbindung|bank|' +
        'banken|bankensystem|mir-karten|mir-zahlungssystem|swift|rubel|rial|währung|währungen|landeswährungen|vertrag|' +
        'verträge|abkommen|partnerschaftsvertrag|kooperationsvertrag|memorandum|wirtschaft|' +
        'wirtschaftlich|wirtschaftliche|wirtschaftsbeziehungen|weizen|zölle|' +
        'eurasische wirtschaftsunion|eurasischen wirtschaftsunion' +
        '|energiekooperation|wirtschaftsabkommen|freihandelsabkommen|freihandelszone|zahlungssystem|handelsabkommen|atomkraftwerk',
    ],
    [
      'energy',
      'stromnetz|energienetz|energieinfrastruktur|energie-infrastruktur|' +
        'energieanlagen|energieanlage|energiesystem|energieversorgung|kraftwerk|kraftwerke|' +
        'wärmekraftwerk|heizkraftwerk|wasserkraftwerk|umspannwerk|umspannwerke|' +
        'umspannstation|strom|stromversorgung|stromausfall|stromausfälle|blackout|' +
        'notabschaltungen|stromabschaltungen|abschaltungen|heizung|kritische infrastruktur|' +
        'kritischen infrastruktur|stromleitungen|ohne strom|energiesektor|elektrizität|ukrenergo' +
        '|strominfrastruktur|fernwärme|wärmeversorgung|transformatoren|energieversorger|stromabschaltung|netzbetreiber|stromleitung|im dunkeln',
    ],
    [
      'miltech',
      'su-35|suchoi|s-300|s-400|mig-29|jak-130|kampfhubschrauber|mi-28|satellit|' +
        'satelliten|chayyam|khayyam|marinemanöver|seemanöver|gemeinsame manöver|' +
        'gemeinsamen manöver|gemeinsames manöver|gemeinsame übung|gemeinsame übungen|' +
        'gemeinsamen übungen|marineübung|marineübungen|militärtechnisch|militärtechnische|' +
        'kriegsspiele|kampfjets für den iran',
    ],
    [
      'nuclear',
      'atomprogramm|atomabkommen|atomdeal|atomvereinbarung|nuklear|nukleare|' +
        'nuklearprogramm|jcpoa|urananreicherung|anreicherung|angereichertes uran|uran|iaea|' +
        'iaeo|atomar|atomare|atomwaffen|atombombe|atomenergiebehörde|atomstreit|atomgespräche',
    ],
    [
      'iran_leader',
      'chamenei|khamenei|ajatollah chamenei|ayatollah khamenei|oberster führer|oberste führer|obersten führer|religiöser führer|revolutionsführer|iranischer präsident|iranische präsident',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'ruhani|rohani'],
    [['iran_leader', 'pres_raisi'], 'raisi|raissi|ebrahim raisi|mochber|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinedschad'],
    [['iran_leader', 'pres_pezeshkian'], 'peseschkian|pezeshkian'],
    ['putin', 'putin|wladimir putin|kremlchef'],
    [
      'soleimani',
      'soleimani|suleimani|soleimani|ghassem soleimani|kassem soleimani|' + 'qassem soleimani',
    ],
    [
      'assad',
      'assad|al-assad|baschar|baschar al-assad|assad-regime|assad-regierung|' +
        'syrische regime|syrischen regime|syrische regierung|syrischen regierung|' +
        'regime in damaskus|regierung in damaskus|damaskus|machthaber assad',
    ],
    ['tehran', 'teheran'],
    ['moscow', 'moskau|kreml'],
    [
      'white_house',
      'weißen haus|weiße haus|weißen hauses|weisse haus|weissen haus|' +
        'weissen hauses|jake sullivan|sullivan|john kirby|kirby|nationaler sicherheitsrat|' +
        'nationalen sicherheitsrat|nationalen sicherheitsrats|sicherheitsberater|' +
        'nationaler sicherheitsberater|nationale sicherheitsberater|us-sicherheitsberater',
    ],
    [
      'us',
      'usa|vereinigte staaten|vereinigten staaten|amerikanisch|amerikanische|' +
        'amerikaner|us-amerikanisch|us-amerikanische|washington|pentagon|us-außenministerium|' +
        'us-regierung|biden-regierung|us-präsident|biden|blinken|cia|us-geheimdienst|' +
        'us-geheimdienste|us-beamte|us-regierungsvertreter|us-verteidigungsministerium',
    ],
    [
      'israel',
      'israel|israelisch|israelische|israelis|israeli|idf|israelische armee|' +
        'netanjahu|netanyahu|bennett|golan|golanhöhen|mossad',
    ],
    ['turkey', 'türkei|türkisch|türkische|ankara|erdogan|erdoğan'],
    ['iraq', 'irak|irakisch|irakische|bagdad'],
    [
      'ukraine',
      'ukraine|ukrainisch|ukrainische|ukrainer|selenskyj|selenski|' +
        'kiewer regierung|ukrainische regierung|' +
        // Longer than the intervention words 'militäroperation', 'kampagne': Russia's war.
        'militärische spezialoperation|spezialoperation|militäroperation in der ukraine|' +
        'kampagne in der ukraine',
    ],
    ['syria', 'syrien|syrisch|syrische|syrer'],
    [
      'city',
      'stadt|städte|städten|großstadt|großstädte|kiew|kyjiw|charkiw|charkow|odessa|' +
        'lwiw|lemberg|dnipro|saporischschja|saporischja|mykolajiw|cherson|sumy|tschernihiw|' +
        'winnyzja|schytomyr|krywyj rih|poltawa|bila zerkwa|ortschaft|ortschaften',
    ],
    ['crimea', 'krim|halbinsel krim|dschankoj|region cherson'],
    ['belarus', 'belarus|weißrussland|belarussisch|belarussische|weißrussisch|weißrussische'],
    [
      'tatarstan',
      'alabuga|jelabuga|elabuga|tatarstan|sonderwirtschaftszone|' + 'wirtschaftssonderzone',
    ],
    ['kupiansk', 'kupjansk|kupiansk'],
    [
      'base_name',
      'hmeimim|chmeimim|hmeymim|tartus|tartous|latakia|shairat|schairat|' + 'schayrat|tiyas|t4',
    ],
    ['hamadan', 'hamadan|nodsche|nojeh|schahid nodsche'],
    [
      'astana',
      'astana|nur-sultan|sotschi|astana-prozess|astana-format|astana-gespräche|' + 'astana-gruppe',
    ],
    [
      'europe',
      'europa|europäischer krieg|europäischen krieg|europäischem boden|' + 'krieg in europa',
    ],
    ['west', 'westen|westlich|westliche|westmächte|nato'],
    [
      ['drone', 'strike'],
      'drohnenangriff|drohnenangriffe|drohnenattacke|drohnenattacken|' +
        'drohnenschwarm|drohnenschwärme|drohnenwelle|kamikazedrohnenangriff',
    ],
    [['drone', 'supply'], 'drohnenlieferung|drohnenlieferungen|drohnenlieferant'],
    [['drone', 'produce'], 'drohnenfabrik|drohnenproduktion|drohnenwerk|drohnenherstellung'],
    [['drone', 'air_defence'], 'drohnenabwehr'],
    [['drone', 'debris'], 'drohnentrümmer|drohnenwrack|drohnenteile'],
    [
      'drone',
      'drohne|drohnen|kamikazedrohne|kamikaze-drohne|kampfdrohne|' +
        'selbstmorddrohne|angriffsdrohne|shahed|geran|geran-2|mohajer|unbemannt|' +
        'unbemannte|unbemanntes|loitering munition|kamikaze',
    ],
    [
      'supply',
      'liefern|liefert|lieferte|geliefert|gelieferte|lieferung|lieferungen|' +
        'waffenlieferung|waffenlieferungen|rüstungslieferungen|lieferant|zulieferer|' +
        'versorgen|versorgt|versorgte|schicken|schickt|schickte|geschickt|senden|sendet|' +
        'gesendet|verschifft|transferiert|weitergegeben|verkaufen|verkauft|verkaufte|' +
        'verkauf|kaufen|kauft|kaufte|gekauft|ankauf|erwerben|erworben|erhalten|erhielt|' +
        'bekommen|bekam|beschaffen|beschafft|beschaffung|importiert|importe|bereitstellen|' +
        'bereitgestellt|überlassen|übergeben|bewaffnen|bewaffnet|aufrüsten|nachschub' +
        '|übergab|übergaben|bezieht|bezog|bezogen|beliefert|belieferte|belieferten|beliefern|ausgeliefert|auslieferung|überführt|stellte bereit|stellt bereit|stellten bereit|zur verfügung gestellt|verschickt|verschickte|verschickten|eingekauft|kauft ein|kaufte ein|aufgerüstet|rüstet auf|waffenhilfe',
    ],
    [
      'shipment',
      'ladung|ladungen|tranche|fracht|frachtflug|frachtflüge|frachtflugzeug|' +
        'frachtflugzeuge|frachtmaschine|frachtmaschinen|luftbrücke|kaspische meer|' +
        'kaspischen meer|kaspisches meer|flüge|schiff|schiffe|frachter|erste lieferung|' +
        'ersten lieferung|erste ladung|ersten ladung|containerschiff' +
        '|schiffsladung|seeweg|luftweg|auf dem seeweg|auf dem luftweg|per flugzeug|per schiff|frachtschiff|frachtschiffe|charge',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    [
      'supply',
      'nachschub|vorräte auffüllen|vorräte aufzufüllen|bestände auffüllen|bestände aufzufüllen|aufgefüllt',
    ],
    ['quantity', 'vorrat|vorräte|bestand|bestände|arsenal'],
    [
      'quantity',
      'hunderte|hunderten|tausende|tausenden|mehrere hundert|mehreren hundert|' +
        'bis zu mehreren hundert|große zahl|großen zahl|große anzahl|dutzende|dutzenden|' +
        'mehr als 1000' +
        '|in großer zahl|massenhaft|große mengen|großen mengen|in großen mengen|mehrere tausend|mehrere dutzend',
    ],
    [
      'intel',
      'geheimdienst|geheimdienste|geheimdienstinformationen|' +
        'geheimdiensterkenntnisse|erkenntnisse|informationen zufolge|einschätzung|' +
        'nachrichtendienst|nachrichtendienste|nachrichtendienstlich|freigegeben|' +
        'satellitenbilder|satellitenaufnahmen|spionage|informationsaustausch|' +
        'informationszentrum|aufklärung|aufklärungsdaten' +
        '|geheimdienstbericht|geheimdienstkreise|geheimdienstkreisen',
    ],
    [
      'cash',
      'bargeld|banknoten|euro|geld|140 millionen|millionen euro|koffer voller geld|' +
        'geldkoffer' +
        '|millionen dollar|in bar|barzahlung',
    ],
    ['gold', 'goldes|goldbarren|goldreserven|in gold'],
    [
      'pay',
      'bezahlen|bezahlt|bezahlte|bezahlung|zahlte|gezahlt|zahlung|zahlungen|preis|' +
        'bezahlen lassen|kaufpreis' +
        '|beglichen|begleichen|vergütung',
    ],
    [
      'exchange',
      'im gegenzug|gegenzug|im austausch|austausch gegen|tauschhandel|' +
        'als gegenleistung|gegenleistung|als bezahlung|tauschgeschäft' +
        '|getauscht|eintauschen|eingetauscht',
    ],
    [
      'captured_arms',
      'erbeutet|erbeutete|beutewaffen|erbeutete waffen|javelin|nlaw|' +
        'stinger|westliche waffen|trophäen|beschlagnahmt|beschlagnahmte' +
        '|kriegsbeute',
    ],
    [
      ['air_campaign', 'strike'],
      'luftangriff|luftangriffe|luftschlag|luftschläge|' +
        'bombenangriff|bombenangriffe|bombardierung|bombardierungen|bombardement|' +
        'bombardiert|bombardierte|bombardieren|luftschlägen',
    ],
    [
      'strike',
      'angriff|angriffe|angreifen|angegriffen|attacke|attacken|attackiert|' +
        'beschuss|beschossen|beschießt|getroffen|treffer|welle|wellen|salve|salven|' +
        'raketenangriff|raketenangriffe|massenangriff|großangriff|abgefeuert|ziel|ziele|' +
        'ins visier|zielte|explosion|explosionen|detonation|detonationen|schwarm|schwärme|' +
        'einschlag|einschläge|schlag|schläge|gestartet' +
        '|griffen an|greift an|griff an|greifen an|beschoss|beschießen|zerstört|zerstörte|zerstörten|beschädigt|beschädigte|beschädigten|verwüstet|feuerte|feuerten|schlugen ein|schlug ein|eingeschlagen|explodierte|explodierten|angriffswelle|angriffswellen|terrorangriff|terrorangriffe',
    ],
    [
      'civilian',
      'zivilisten|zivilist|zivile|zivilbevölkerung|wohnhaus|wohnhäuser|' +
        'wohngebäude|wohngebiet|wohngebiete|getötet|getötete|tote|toten|todesopfer|opfer|' +
        'verletzt|verletzte|verwundet|verwundete|häuser|krankenhaus|schule|' +
        'menschen starben|menschen getötet' +
        '|starben|kamen ums leben|ums leben|wohnblock|wohnblocks|hochhaus|einwohner|bewohner|kinder|opferzahl|obdachlos|menschenleben',
    ],
    [
      'night',
      'nacht|nachts|über nacht|in der nacht|nächtlich|nächtliche' +
        '|morgengrauen|am frühen morgen',
    ],
    [
      'debris',
      'trümmer|trümmerteile|wrack|wrackteile|überreste|überrest|bruchstücke|' +
        'fragmente|teile der drohne|abgeschossene drohne|abgeschossenen drohne' +
        '|splitter',
    ],
    [
      'markings',
      'markierung|markierungen|beschriftung|beschriftungen|aufschrift|' +
        'aufschriften|übermalt|umlackiert|lackiert|umbenannt|umgetauft|seriennummer|' +
        'seriennummern|kyrillisch|kyrillische|neuer name|neuen namen' +
        '|aufkleber|farsi|persische schrift|persischer schrift|kennzeichnung',
    ],
    [
      'identify',
      'identifiziert|identifizieren|identifizierung|beweis|beweise|belege|' +
        'belegt|bestätigt|bestätigte|bestätigen|fotos|bilder zeigen|aufnahmen zeigen|' +
        'untersucht|untersuchung|ermittler|forensisch|forensische|analyse|analysen|' +
        'nachgewiesen|nachweis' +
        '|bewiesen|analysiert|analysierten|herkunft|iranischer herkunft|iranischen ursprungs|stammen aus dem iran|stammt aus dem iran',
    ],
    [
      'intercept',
      'abgeschossen|abschuss|abschüsse|abschießen|abgefangen|abfangen|' +
        'neutralisiert|in der luft zerstört|vom himmel geholt|unschädlich gemacht|abgewehrt|' +
        'zerstörte drohnen' +
        '|schoss ab|schossen ab|schießt ab|schießen ab|fing ab|fingen ab|fängt ab|fangen ab|wehrte ab|wehrten ab',
    ],
    [
      'air_defence',
      'luftverteidigung|flugabwehr|flugabwehrsystem|flugabwehrsysteme|' +
        'luftabwehr|luftabwehrsystem|luftabwehrsysteme|flak|gepard|flugabwehrpanzer|iris-t|' +
        'nasams|patriot|mobile feuergruppen|elektronische kriegsführung|' +
        'elektronischen kriegsführung|störsender|abfangrakete|abfangraketen|iron dome|' +
        'raketenabwehr|luftalarm' +
        '|flugabwehrkanonen|flugabwehrraketen|abfangjäger|abfangdrohnen|abfangdrohne|abwehrsysteme|luftabwehrraketen|schutzschirm',
    ],
    [
      'tech',
      'reichweite|kilometer|km|sprengkopf|sprengköpfe|nutzlast|sprengladung|' +
        'motor|motoren|triebwerk|geschwindigkeit|lenkung|steuerung|gps|komponenten|bauteile|' +
        'chips|mikrochips|kosten|kostet|billig|billige|günstig|preiswert|sprengstoff|' +
        'kilogramm|kg|navigation|deltaflügel|konstruktion|entworfen|mofa|rasenmäher|' +
        'westliche bauteile|elektronik' +
        '|stückpreis|preis pro stück|halbleiter|flughöhe|propeller|zweitaktmotor|navigationssystem|lenksystem|fluggeschwindigkeit|stundenkilometer|spannweite|technische daten',
    ],
    [
      'deny',
      'bestreiten|bestreitet|bestritt|bestritten|dementieren|dementiert|' +
        'dementierte|dementi|leugnen|leugnet|leugnete|zurückgewiesen|zurückweisen|' +
        'weist zurück|wies zurück|haltlos|haltlose|unbegründet|unbegründete|falsch|falsche|' +
        'lügen|lüge|erfunden|erfundene|propaganda|spekulation|spekulationen|keine waffen|' +
        'nie geliefert|nicht geliefert|niemals geliefert|keine drohnen|keine kriegspartei' +
        '|unsinn|absurd|grundlos|jeder grundlage|jeglicher grundlage|desinformation|verleumdung|kategorisch|abgestritten|stritt ab|streitet ab|streiten ab|abstreiten|keinerlei waffen',
    ],
    [
      'admit',
      'eingeräumt|räumte ein|räumt ein|eingestanden|gab zu|gibt zu|zugegeben|' +
        'zugeben|geringe anzahl|kleine anzahl|begrenzte anzahl|geringe zahl|' +
        'vor dem krieg|vor kriegsbeginn|vor beginn des krieges|monate vor dem krieg' +
        '|gestand|gesteht|einräumen',
    ],
    [
      'train',
      'ausbilden|ausgebildet|ausbildung|ausbilder|trainieren|trainiert|training|' +
        'schulung|schulungen|geschult|unterweisen|unterwiesen|beibringen|bedienen lernen|' +
        'bedienung der drohnen|einweisen|eingewiesen|ausbildungsmission' +
        '|bildeten aus|bildet aus|bilden aus|brachten bei|bringen bei|brachte bei|einweisung|einweisungen|angelernt|anlernen|schulten',
    ],
    [
      'advisers',
      'berater|militärberater|spezialisten|techniker|militärpersonal|' +
        'militärexperten|experten|iranisches personal|iranisches militärpersonal|bediener|fachleute|militärs' +
        '|iranische offiziere|iranischen offiziere|iranischer offiziere|ingenieure|fachkräfte|militärangehörige|militärangehörigen',
    ],
    [
      'irgc',
      'revolutionsgarden|revolutionsgarde|revolutionsgardisten|irgc|quds-einheit|' +
        'quds-brigaden|quds-truppe|al-kuds-brigaden|kuds-brigaden|al-quds-einheit|pasdaran',
    ],
    [
      'produce',
      'produktion|produzieren|produziert|herstellung|herstellen|hergestellt|' +
        'fertigung|gefertigt|fabrik|fabriken|werk|werke|montage|montiert|zusammengebaut|' +
        'lizenz|lizenzproduktion|in lizenz|lokalisieren|lokalisierung|produktionsstätte|' +
        'produktionslinie|massenproduktion|serienproduktion|arbeitskräfte|rüstungsfabrik' +
        '|stellt her|stellen her|stellte her|fertigt|fertigen|serienfertigung|massenfertigung|produktionsanlage|rüstungswerk|rüstungsbetrieb|produktionsstandort|eigenproduktion|nachbau|nachgebaut|baut nach|bauen nach|in serie',
    ],
    [
      ['ballistic', 'missile'],
      'kurzstreckenraketen|kurzstreckenrakete|' +
        'boden-boden-raketen|boden-boden-rakete|ballistische raketen|ballistischen raketen',
    ],
    ['missile', 'rakete|raketen|marschflugkörper|flugkörper'],
    ['ballistic', 'ballistisch|ballistische|boden-boden|fateh|fateh-110|fath-360|zolfaghar'],
    [
      'sanction',
      'sanktion|sanktionen|sanktioniert|sanktionierte|sanktionieren|schwarze liste|' +
        'sanktionsliste|sanktionspaket|finanzministerium|us-finanzministerium|ofac|' +
        'vermögen eingefroren|eingefroren|exportkontrollen|strafmaßnahmen|' +
        'restriktive maßnahmen|einreiseverbote|strafen' +
        '|ausfuhrbeschränkungen|exportverbote|exportverbot|ausfuhrverbot|handelsbeschränkungen',
    ],
    [
      'un_violation',
      'resolution 2231|sicherheitsrat|un-sicherheitsrat|uno-sicherheitsrat|' +
        'verstoß|verstöße|verstoßen|verstößt|völkerrechtswidrig|verletzung der resolution|' +
        'waffenembargo|embargo|snapback|un-resolution|resolution des sicherheitsrats' +
        '|missachtung|missachtet|verletzung der|bruch der resolution|verletzt die resolution',
    ],
    [
      'diplomatic',
      'botschafter|botschafterin|sondergesandte|gesandte|iranische botschaft|' +
        'iranischen botschaft|botschaft in kiew|botschaft in teheran|akkreditierung|' +
        'diplomaten|diplomatisches personal|diplomatische personal|diplomatischen personals|geschäftsträger|' +
        'ausweisen|ausgewiesen|ausweisung|herabstufen|herabgestuft|abbruch der beziehungen|' +
        'beziehungen abbrechen|diplomatischen beziehungen|diplomatische beziehungen|' +
        'einbestellt|einbestellen|zurückgerufen|persona non grata' +
        '|botschaft|wies aus|weist aus|bestellte ein|bestellt ein|brach die beziehungen ab|bricht die beziehungen ab|abberufen|abberufung|rief zurück|konsulat',
    ],
    [
      'test_ground',
      'testgelände|testfeld|versuchsfeld|erprobungsfeld|übungsplatz|' +
        'im kampf erprobt|kampferprobt|gefechtserprobt|kampferfahrung|schaufenster|' +
        'unter realen bedingungen|unter echten bedingungen|testlabor|versuchslabor' +
        '|praxistest|bewährungsprobe|im ernstfall|im echten krieg|unter kriegsbedingungen|erprobt|erproben|erprobung|getestet',
    ],
    [
      'stakes',
      'einnahmen|einkünfte|waffenexporte|rüstungsexporte|waffenmarkt|kunden|' +
        'käufer|prestige|ansehen|druckmittel|hebel|gewinn|gewinne|vorteil|vorteile|' +
        'risiko|risiken|wette|kalkül|motive|motiv|belohnung|gegenleistungen|profitieren' +
        '|devisen|profitiert|eigene interessen|eigenen interessen|lukrativ|lukratives|lukrative|milliardengeschäft|faustpfand|trumpfkarte|verdient|verdienen',
    ],
    [
      'visit',
      'besuch|besuche|besucht|besuchte|besuchen|reise|reiste|gereist|flog|traf|' +
        'trafen|treffen|zusammentreffen|gipfel|gipfeltreffen|gespräche|empfangen|empfing|' +
        'geheimreise|staatsbesuch|angereist|eingetroffen' +
        '|landete|eintraf|zu besuch|aufenthalt',
    ],
    [
      'persuade',
      'überzeugen|überzeugt|überzeugte|überreden|überredet|drängen|drängte|' +
        'gedrängt|werben|warb|pläne|geplant|planen|planung|karte|karten|gebeten' +
        '|bat|lobbyiert|bewog|bewogen|schlug vor|vorgeschlagen',
    ],
    // A negated intervention (“a solution without foreign intervention”) names no concept.
    [
      [],
      'ohne ausländische einmischung|ohne einmischung von außen|ohne ausländische intervention|ohne intervention von außen',
    ],
    // Troops sent to Syria are its entry into the war; troops in Syria are only there.
    [['intervention', 'deploy', 'syria'], 'truppen nach syrien|soldaten nach syrien'],
    [
      'deploy',
      'einsatz|stationierung|stationiert|entsandt|entsenden|truppen|aufmarsch|expeditionskorps|militärpräsenz',
    ],
    [
      'intervention',
      'intervention|intervenieren|interveniert|eingreifen|eingriff|militärintervention|kriegseintritt|in den krieg eingetreten|militäroperation|militäreinsatz|militärkampagne|kampagne|griff ein|greift ein|griffen ein|eingegriffen|einmarsch',
    ],
    [
      'air_campaign',
      'luftkampagne|luftkrieg|luftmacht|luftunterstützung|luftdeckung|' +
        'kampfflugzeuge|kampfflugzeug|kampfjets|jets|bomber|luftwaffe|' +
        'luft- und weltraumkräfte|luftstreitkräfte|jagdbomber|kampfbomber|kriegsflugzeuge' +
        '|kampfflieger|russische flugzeuge|russischen flugzeuge|kriegsflugzeug',
    ],
    [
      'rescue',
      'retten|rettete|gerettet|rettung|an der macht halten|an der macht gehalten|' +
        'an der macht|stützen|gestützt|kriegswende|blatt gewendet|überleben|rettungsanker|' +
        'lebensader|vor dem zusammenbruch' +
        '|stützte|stützten|rettungsring|im amt gehalten|stabilisiert|stabilisierte|stabilisieren|vor dem sturz bewahrt|vor dem sturz bewahren|am leben erhalten',
    ],
    [
      'backing',
      'unterstützung|unterstützen|unterstützt|unterstützte|unterstützer|' +
        'verbündete|verbündeter|verbündet|schutzmacht|schirmherr|seite an seite|gemeinsam|' +
        'gemeinsame|koordinieren|koordiniert|koordination|koordinierung|sponsor|' +
        'rückendeckung|beistand|militärhilfe' +
        '|schutzmächte|hilfe|halfen|half|helfen|geholfen|schulter an schulter|hand in hand|förderer|gönner|mitstreiter|hielten zu|stehen hinter|stand hinter|standen hinter|rückhalt',
    ],
    [
      'talks',
      'garant|garanten|garantiemächte|garantiemacht|deeskalationszone|' +
        'deeskalationszonen|deeskalation|waffenruhe|waffenstillstand|feuerpause|' +
        'friedensgespräche|friedensverhandlungen|dreiergipfel|trilateral|trilaterale|' +
        'friedensprozess|verfassungskomitee|verhandlungen|politische lösung' +
        '|vermittlung|vermittler|vermittelt|friedensplan|friedenslösung|gemeinsame erklärung|abschlusserklärung|dreier-format|dreierformat|dreiertreffen',
    ],
    [
      'base',
      'stützpunkt|stützpunkte|luftwaffenstützpunkt|luftwaffenbasis|' +
        'luftstützpunkt|militärbasis|militärstützpunkt|militärstützpunkte|marinestützpunkt|' +
        'marinebasis|flottenstützpunkt|hafen|häfen|pacht|gepachtet|militäranlage|' +
        'militäranlagen|luftwaffenstützpunkte' +
        '|militärbasen|militärflughafen|flugplatz|pachtvertrag|stationierungsrecht',
    ],
    [
      'militia',
      'miliz|milizen|milizionäre|stellvertretermilizen|stellvertreterkräfte|' +
        'proxys|hisbollah|hizbollah|fatemiyoun|fatemijun|zainabiyoun|schiitische kämpfer|' +
        'schiitischen kämpfer|schiitische milizen|schiitischen milizen|' +
        'ausländische kämpfer|ausländischen kämpfer|bodentruppen|am boden|kämpfer' +
        '|proiranische|proiranischen|pro-iranische|pro-iranischen|iranische truppen|iranischen truppen|iranische kräfte|iranischen kräfte|stellvertreter|paramilitärs|paramilitärische|söldner',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'nicht mit einer stimme|nicht immer mit einer stimme|nicht auf einer linie|nicht immer auf einer linie|keine einheitliche linie',
    ],
    [
      'friction',
      'rivalität|rivalitäten|rivale|rivalen|konkurrenz|konkurrent|konkurrenten|' +
        'wettbewerb|konkurrieren|spannung|spannungen|reibung|reibungen|reibereien|' +
        'zusammenstöße|zusammenstoß|zerwürfnis|riss|differenzen|meinungsverschiedenheiten|' +
        'uneinig|streit|zweckehe|zweckbündnis|gerangel|interessenkonflikt|interessenkonflikte' +
        '|machtkampf|konkurrierten|konkurrierende|gegensätze|uneinigkeit|zwist|konkurrenzkampf|tauziehen|unterschiedliche interessen|gegensätzliche interessen|konkurrierende interessen|unstimmigkeiten|verstimmung|verstimmungen|kontrahenten',
    ],
    [
      'influence',
      'einfluss|einflusses|einflusssphäre|einflusssphären|einflusszonen|' +
        'aufträge|wiederaufbau|wirtschaftliche interessen|wirtschaftlichen interessen|' +
        'phosphat|phosphate|phosphatminen' +
        '|konzessionen|rohstoffe|bodenschätze|vormacht|vorherrschaft|machtposition|wiederaufbauaufträge',
    ],
    [
      'deconfliction',
      'deconfliction|dekonfliktion|heißer draht|heißen draht|hotline|' +
        'augen verschlossen|ein auge zudrücken|drückt ein auge zu|drückte ein auge zu|' +
        'grünes licht|grünen licht|stillschweigend|stillschweigende|koordinationsmechanismus|' +
        'gewähren lassen' +
        '|duldet|duldete|geduldet|tatenlos|ließ gewähren|lässt gewähren|freie hand|koordination mit israel|absprache mit israel|absprachen mit israel|greift nicht ein|griff nicht ein',
    ],
    [
      'isis',
      'islamischer staat|islamischen staat|islamischen staates|daesch|daesh|' +
        'is-miliz|is-terrormiliz|is-terroristen|is-kämpfer|terrormiliz is',
    ],
    [
      'terror',
      'terrorismus|terrorist|terroristen|terroristisch|terroristische|' +
        'dschihadisten|dschihadist|dschihadistisch|dschihadistische|extremisten|extremist|' +
        'terrorbekämpfung|anti-terror|terrormiliz|antiterrorkampf' +
        '|kampf gegen den terror|terrorgruppen|terrororganisation|terrororganisationen',
    ],
    [
      'withdraw',
      'abzug|abziehen|abgezogen|zog ab|rückzug|zurückziehen|zurückgezogen|' +
        'verlegen|verlegt|verlegte|verlegung|umverlegt|umgruppiert|präsenz verringert|' +
        'präsenz reduziert|verringert|ausgedünnt|ausdünnen|truppenabzug|teilabzug' +
        '|zogen ab|zieht ab|ziehen ab|verlagert|verlagerte|verlagerten|reduzierte|zurückgefahren|heruntergefahren|verließ syrien|verließen syrien|in die ukraine verlegt|räumte|räumten|geräumt',
    ],
    [
      'fill',
      'vakuum füllen|vakuum gefüllt|lücke füllen|lücke gefüllt|lücke schließen|' +
        'machtvakuum|vakuum|nachgerückt|nachrücken|übernommen|übernehmen|übernahm|' +
        'geräumte stellungen|frei gewordenen' +
        '|lücke|lücken|rückten nach|rückt nach|in die bresche|sprang ein|springen ein|sprangen ein|eingesprungen|füllten|füllt',
    ],
    [
      'fall',
      'sturz|gestürzt|stürzen|zusammenbruch|zusammengebrochen|kollaps|flucht|' +
        'geflohen|floh|asyl|exil|nach assad|ende assads|ende des assad-regimes|machtwechsel' +
        '|untergang|entmachtet|entmachtung|abgesetzt|kollabiert|ende der herrschaft|kapitulation|regimewechsel|fall von damaskus|fall des regimes|fall assads',
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|neuen machthaber in damaskus|neuen machthabern in damaskus|neue machthaber in damaskus|neuen behörden in damaskus|neue regierung in damaskus|neuen regierung in damaskus|übergangsregierung|hts-geführte|al-scharaa|scharaa|al-sharaa',
    ],
    [
      'rebels',
      'rebell|rebellen|rebellenoffensive|hts|haiat tahrir al-scham|' +
        'hayat tahrir al-sham|hajat tahrir al-scham|tahrir al-scham|al-scharaa|scharaa|' +
        'dscholani|al-dscholani|jolani|aufständische|islamisten|blitzoffensive|' +
        'oppositionskämpfer|bewaffnete opposition|syrische opposition|rebellenallianz' +
        '|rebellengruppen|oppositionsgruppen|oppositionelle|vormarsch der rebellen|vormarsch der islamisten',
    ],
    [
      'partnership',
      'partnerschaft|partner|bündnis|allianz|zusammenarbeit|kooperation|' +
        'kooperieren|beziehungen|beziehung|achse|verhältnis|freundschaft|annäherung|' +
        'koalition|schulterschluss|strategische partnerschaft' +
        '|bündnispartner|waffenbrüderschaft|verbindungen',
    ],
    [
      'deepen',
      'vertiefen|vertieft|vertiefung|wachsend|wachsende|wächst|wachsen|gestärkt|' +
        'stärken|stärkt|stärkung|enger|engere|engeren|näher|ausbauen|ausgebaut|baut aus|' +
        'ausweiten|ausgeweitet|neue phase|neues kapitel|neue stufe|neue ebene|gefestigt|' +
        'festigen|geschmiedet|intensiviert|intensivieren' +
        '|neue qualität|verstärkt|verstärken|verstärkte|rücken zusammen|rückten zusammen|zusammengerückt|ausweitung|zunehmend|immer enger',
    ],
    [
      'depend',
      'abhängig|abhängige|abhängigkeit|angewiesen|juniorpartner|seniorpartner|' +
        'rollentausch|rollenumkehr|blatt hat sich gewendet|einst lieferant|nun käufer|' +
        'wendet sich an|wandte sich an' +
        '|auf iran angewiesen|auf teheran angewiesen|greift zurück|griff zurück|zurückgreifen|zurückgegriffen|bittsteller|verlässt sich|braucht iran|braucht den iran|brauchte den iran|benötigt iranische',
    ],
    [
      'first_time',
      'erstmals|zum ersten mal|erstmalig|erstmalige|beispiellos|' +
        'beispiellose|noch nie' +
        '|bisher nie|nie zuvor|noch nie zuvor|premiere|novum',
    ],
    [
      'mistrust',
      'misstrauen|argwohn|verdacht|groll|verrat|verraten|ressentiments|' +
        'grenzen|vorbehalte|skepsis|altlasten|historische belastung|für sanktionen gestimmt' +
        '|misstrauisch|belastete geschichte|alte wunden|zurückhaltung',
    ],
    [
      ['rescue', 'backing'],
      'zu hilfe|zu hilfe geeilt|eilten zu hilfe|eilte zu hilfe|kam zu hilfe|kamen zu hilfe|zu hilfe gekommen',
    ],
    [
      ['friction', 'influence'],
      'einflusskampf|kampf um einfluss|ringen um einfluss|wettlauf um einfluss',
    ],
    [
      ['anti_west', 'west'],
      'gegen den westen|kollektiven westen|kollektive westen|westliche dominanz|front gegen den westen',
    ],
    ['july', 'juli'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    // Matters said in general words: evidence refused, front companies, vying, the toll.
    [
      'deny',
      'keine beweise|keinerlei beweise|ohne beweise|keine belege|ohne belege|keine fakten|nicht gegen drittstaaten gerichtet|gegen keine drittstaaten',
    ],
    [
      'sanction',
      'scheinfirma|scheinfirmen|tarnfirma|tarnfirmen|briefkastenfirma|briefkastenfirmen|einreiseverbot|einreiseverbote|auf die liste gesetzt|neuen eu-maßnahmen',
    ],
    [
      'friction',
      'buhlen|buhlt|wetteifern|wetteifert|verdrängen|verdrängt|verdrängte|ausstechen|ausgestochen|rangeln',
    ],
    ['strike', 'zerstörung|zerstörungen|verwüstung'],
    ['civilian', 'todesopfer|todesfälle|tote zivilisten'],
    // Opposing the other's presence in Syria is their rivalry.
    [
      'friction',
      'gegen die iranische präsenz|lehnt die iranische präsenz ab|gegen iranische präsenz',
    ],
    [
      'deny',
      'haben keine informationen|haben wir keine informationen|keine informationen darüber|keine erkenntnisse darüber|liegen keine erkenntnisse|liegen keine informationen|keine konfliktpartei|nicht konfliktpartei|nicht kriegspartei|politisch motiviert|politisch motivierte|politisch motivierten|politisch motivierter|hat keine informationen|keine solchen informationen|keine derartigen informationen|derartige informationen',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'keiner seite|keine seite|keiner der seiten|weder der ukraine noch russland|keiner der kriegsparteien|keiner der konfliktparteien|keine der kriegsparteien|keine der konfliktparteien',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'amerikanische teile|westliche teile|westliche bauteile|amerikanischen ursprungs|us-amerikanischen ursprungs|westlichen ursprungs|aus us-produktion|us-fabrikat|von us-firmen|von amerikanischen firmen|halbleiter|mikroelektronik|elektronikbauteile|elektronische bauteile',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'sarif|zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian'],
    ['fm_araghchi', 'araghtschi|araghchi|araktschi|araqchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'zweckgemeinschaft|zweckallianz|zweckpartnerschaft|bündnis der bequemlichkeit|unterscheiden sich in ihren interessen|interessen unterscheiden sich',
    ],
    ['since', 'seit|ab'],
  ],
};
