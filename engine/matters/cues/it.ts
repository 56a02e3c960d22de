/** Matter cues for language 'it': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Italian cues. The detection lexicon's rules strip gender, number and verb endings
 * ("-o/-a/-i/-e", "-ato", "-ito", "-ere", "-amento"...), so most words are stems ("attacc",
 * "sanzion"); plurals that change their stem ("attacchi") are listed. Elided articles ("l'",
 * "dell'") are separate tokens. Words that are English words of another sense stay out
 * ("case", "civile", "favor").
 */
export const IT_CUES: CueLexicon = {
  lang: 'it',
  cues: [
    // False friends (issue #11): "lotta" (struggle) is no "lotto" (batch), "cielo" (sky) no Slovak
    // "cieľ", "usate/usare" (use) no "USA", "porta" (door) no "port".
    [[], 'lotta|lotte|cielo|cieli|usate|usati|usato|usata|usare|usano|porta'],
    // Phrases first where a word alone would mean another concept.
    // Italian words that other languages' cues would misread: "niente" (nothing) is French
    // "nient" (they deny) + "-e", "mira" (aim) is "mir" (the Russian card system) + "-a".
    [[], 'niente|mira'],
    [
      'anti_west',
      'sanzioni occidentali|sotto sanzioni|aggirare le sanzioni|eludere le sanzioni|' +
        'isolat|isolamento|paria|antioccidental|anti-occidental|antiamerican|anti-american|' +
        'ordine mondiale|mondo multipolare|multipolar|egemonia|asse del caos' +
        '|stati canaglia|autocrazie|imperialismo|imperialista|unipolare',
    ],
    [
      'ties_econ',
      'commercio|commercial|scambi commerciali|interscambio|gas|petroli|petrolifer|gazprom|' +
        'accordo energetico|investiment|corridoio|corridoio nord-sud|ferrovi|ferroviari|' +
        'banca|banche|bancari|swift|rublo|rubli|rial|valut|trattato|memorandum|economi|' +
        'economic|grano|dazi|unione economica eurasiatica' +
        '|esportazioni|libero scambio|zona di libero scambio',
    ],
    [
      'energy',
      'rete elettrica|reti elettriche|infrastrutture energetiche|infrastruttura energetica|' +
        'impianti energetici|sistema energetico|centrale elettrica|centrali elettriche|' +
        'centrale termoelettrica|centrali termoelettriche|sottostazion|elettricità|blackout|' +
        'interruzioni di corrente|senza corrente|senza elettricità|riscaldamento|' +
        'infrastrutture critiche|linee elettriche|ukrenergo' +
        '|centrali|trasformatori|trasformatore|al buio|senza luce|approvvigionamento elettrico|fornitura elettrica|fornitura di energia|impianti elettrici|distacchi|acqua calda',
    ],
    [
      'miltech',
      "su-35|sukhoi|s-300|s-400|mig-29|yak-130|aerei da combattimento|elicotteri d'attacco|" +
        'mi-28|satellit|khayyam|esercitazioni navali|esercitazione navale|' +
        'esercitazioni congiunte|esercitazione congiunta|manovre congiunte|tecnico-militare|' +
        'giochi di guerra',
    ],
    [
      'nuclear',
      'nucleare|nucleari|jcpoa|accordo sul nucleare|accordo nucleare|arricchimento|' +
        'uranio arricchito|uranio|aiea|atomic|programma nucleare',
    ],
    ['iran_leader', 'khamenei|ali khamenei|guida suprema|leader supremo|presidente iraniano'],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohani|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|ebrahim raisi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian'],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'soleimani|suleimani|qassem soleimani|qasem soleimani'],
    [
      'assad',
      'assad|al-assad|bashar|bashar al-assad|regime di assad|governo di assad|governo siriano|' +
        'regime siriano|presidente siriano|damasco',
    ],
    ['tehran', 'teheran'],
    ['moscow', 'mosca|cremlino'],
    [
      'white_house',
      'casa bianca|jake sullivan|sullivan|john kirby|kirby|' +
        'consiglio per la sicurezza nazionale|consigliere per la sicurezza nazionale',
    ],
    [
      'us',
      'stati uniti|usa|american|washington|pentagono|dipartimento di stato|' +
        'amministrazione biden|biden|blinken|cia|intelligence americana|' +
        'intelligence statunitense|statunitens|funzionari americani',
    ],
    ['israel', 'israel|israelian|idf|tsahal|netanyahu|golan|alture del golan|mossad'],
    ['turkey', 'turchia|turc|turch|ankara|erdogan|erdoğan'],
    ['iraq', 'iraq|irak|irachen|baghdad'],
    ['ukraine', 'ucraina|ucrain|zelensky|zelenskyj|zelenski|governo di kiev'],
    ['syria', 'siria|sirian'],
    [
      'city',
      'città|centri abitati|centro abitato|kiev|kyiv|kharkiv|charkiv|odessa|odesa|leopoli|' +
        'lviv|dnipro|zaporizhzhia|zaporižžja|mykolaiv|kherson|cherson|sumy|chernihiv|' +
        'vinnytsia|zhytomyr|kryvyi rih|poltava',
    ],
    ['crimea', 'crimea|dzhankoi|djankoi'],
    ['belarus', 'bielorussia|bielorusso|belarus'],
    ['tatarstan', 'alabuga|yelabuga|elabuga|tatarstan|zona economica speciale'],
    ['kupiansk', 'kupiansk|kupjansk'],
    ['base_name', 'hmeimim|khmeimim|tartus|tartous|latakia|laodicea|shayrat|shairat|t4|tiyas'],
    ['hamadan', 'hamadan|nojeh|base di hamadan'],
    [
      'astana',
      'astana|nur-sultan|sochi|soči|processo di astana|formato di astana|colloqui di astana',
    ],
    ['europe', 'europa|guerra in europa|suolo europeo|guerra europea'],
    ['west', 'occidente|occidental|nato'],
    [
      ['drone', 'strike'],
      'attacchi con droni|attacco con droni|attacchi di droni|sciame di droni|' +
        'sciami di droni|ondata di droni|ondate di droni',
    ],
    [
      ['drone', 'supply'],
      'fornitura di droni|forniture di droni|consegna di droni|consegne di droni',
    ],
    [['drone', 'produce'], 'fabbrica di droni|produzione di droni|fabbrica dei droni'],
    [
      'drone',
      'dron|drone kamikaze|droni kamikaze|shahed|geran|geran-2|mohajer|senza pilota|' +
        'munizioni circuitanti|kamikaze',
    ],
    [
      'supply',
      'fornit|fornisc|fornir|fornitor|consegn|vend|invi|spedit|trasferiment|trasferit|' +
        'acquist|compr|ricev|ottenut|rifornit' +
        '|forniva|fornivano|fornirà|consegnava|consegnerà|vendeva|inviava|inviavano|invierà|spedisce|ceduto|ceduti|acquistava|riceveva|ottiene|importato|importati|esportato|esportati|rifornisce|rifornimento|rifornimenti|approvvigionamento|approvvigiona|fatto arrivare|fatti arrivare|mandato droni|mandati in russia',
    ],
    [
      'shipment',
      'spedizion|carico|carichi|lotto|lotti|partita di droni|partite di droni|' +
        'partita di armi|volo cargo|voli cargo|aerei cargo|aereo cargo|ponte aereo' +
        '|via mare|per via aerea|via aerea|per mare|nave mercantile|navi mercantili|container',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    ['supply', 'ricostituire le scorte|ricostituire gli arsenali|rifornire|rifornito|riforniti'],
    ['quantity', 'scorte|scorta|arsenale|arsenali'],
    [
      'quantity',
      'centinaia|migliaia|diverse centinaia|alcune centinaia|centinaio|gran numero|' +
        'grande quantità|decine' +
        '|in massa|massicciamente|grandi quantità|grande quantità',
    ],
    [
      'intel',
      'intelligence|servizi segreti|valutazion|declassificat|immagini satellitari|' +
        'foto satellitari|secondo le informazioni|rapporto di intelligence|informazioni' +
        '|secondo fonti|spionaggio',
    ],
    [
      'cash',
      'contanti|in contanti|denaro|banconote|euro|soldi|milioni di euro' +
        '|dollari|milioni di dollari|valigie',
    ],
    ['gold', 'oro|lingotti|lingotti d’oro'],
    [
      'pay',
      'pagat|pagament|pagare|paga|pagano|pagherà|prezzo pagato' +
        '|prezzo|versato|versare|saldato|saldare|compenso|remunerazione|corrisposto',
    ],
    [
      'exchange',
      'in cambio|in cambio di|scambio|baratto|contropartita' + '|scambiat|barattat|in pagamento',
    ],
    [
      'captured_arms',
      'catturat|sequestrat|armi occidentali catturate|javelin|nlaw|stinger|bottino' +
        '|trofei|armi sottratte|sottratte|materiale occidentale catturato',
    ],
    [
      'air_campaign',
      'raid aerei|attacchi aerei|bombardamenti aerei|campagna aerea|aviazione|' +
        'aerei da guerra|jet|caccia|sortit|bombardier|supporto aereo|copertura aerea|' +
        'forze aerospaziali' +
        '|bombardamenti|aerei russi|aviazione russa',
    ],
    [
      'strike',
      'attacc|attacch|colpit|colpisc|colpo|colpi|raid|bombard|ondat|lanci|obiettiv|esplosion|sciame|sciami|' +
        'bersagli|bersaglio|salve' +
        '|danneggiat|danni|devastat|si sono abbattuti|si è abbattuto|esploso|esplosi|martellat|martellamento|preso di mira|presi di mira|prese di mira|nel mirino|offensiva aerea|distrutto|distrutta|distrutti|distrutte',
    ],
    [
      'civilian',
      'civili|abitazion|residenzial|condomini|palazzi|morti|mort|uccis|vittim|ferit|' +
        'ospedal|scuol|popolazione civile' +
        '|abitanti|residenti|bambini|palazzo|edifici|edificio|appartamenti|hanno perso la vita|senzatetto|sfollati|deceduti|decessi|strage',
    ],
    ['night', 'notte|notti|notturn|nella notte|durante la notte' + "|all'alba|stanotte|nottata"],
    ['debris', 'detrit|rottam|frammenti|frammento|resti|relitto|carcassa' + '|schegge'],
    [
      'markings',
      'scritte|marcatur|contrassegn|ridipint|ribattezzat|rinominat|numero di serie|' +
        'numeri di serie|cirillic|nuovo nome' +
        '|etichette|in persiano|in farsi|logo',
    ],
    [
      'identify',
      'identificat|prova|prove|conferm|foto|immagini mostrano|esaminat|investigator|' +
        'analisi|forens' +
        '|dimostr|analizzat|indagine|inchiesta|origine iraniana|di fabbricazione iraniana|verificat|accertat|accertamenti',
    ],
    [
      'intercept',
      'abbatt|intercett|neutralizz|distrutt|distrutti in volo' + '|abbattimento|abbattimenti',
    ],
    [
      'air_defence',
      'difesa aerea|difese aeree|contraerea|antiaere|gepard|iris-t|nasams|patriot|' +
        'guerra elettronica|disturbo|jamming|sistema di difesa aerea|allarme aereo|' +
        'difesa antiaerea' +
        '|missili terra-aria|terra-aria|intercettori|gruppi mobili di fuoco|gruppi mobili|mitragliatrici',
    ],
    [
      'tech',
      'autonomia|gittata|chilometri|km|testat|carico utile|motor|velocità|sistema di guida|' +
        'gps|component|microchip|chip|costo|costa|costano|a basso costo|esplosivo|chilogrammi|kg|' +
        'navigazione|elettronica occidentale|ali a delta|ciclomotore|tosaerba' +
        '|apertura alare|elettronica|semiconduttori|pezzi di ricambio|ricambi|altitudine|elica|eliche|prezzo unitario',
    ],
    [
      'deny',
      'neg|smentit|smentisc|resping|respint|infondat|fals|menzogn|bugi|propaganda|' +
        'mai inviato|mai fornito|non ha fornito|nessun drone|nessuna arma' +
        '|calunnie|calunnia|disinformazione|assurd|ridicol|seccamente|fermamente|categoricamente|senza prove|nessuna prova|invenzioni|inventate|diffamazione',
    ],
    [
      'admit',
      'ammess|ammett|riconosc|riconosciut|piccolo numero|numero limitato|' +
        'prima della guerra|prima dell’inizio della guerra|mesi prima della guerra' +
        '|confessat',
    ],
    [
      'train',
      'addestr|formazion|istruttor|insegn|imparare a usare' +
        '|pilotaggio|pilotare|istruiscono|istruito|istruiti',
    ],
    [
      'advisers',
      'consiglier|specialist|tecnic|personale militare|espert|operatori|militari iraniani' +
        '|ufficiali iraniani|ingegneri|ingegneri iraniani',
    ],
    [
      'irgc',
      'pasdaran|guardiani della rivoluzione|guardie della rivoluzione|' +
        'guardie rivoluzionarie|irgc|forza quds|forza al-quds|al-quds',
    ],
    [
      'produce',
      'produzion|produc|prodott|fabbric|stabiliment|impiant|assemblaggio|assemblat|' +
        'licenza|localizz|catena di montaggio|linea di produzione|produzione in serie|' +
        'manodopera' +
        '|produrrà|produceva|assemblano|costruisce|costruiscono|costruito|costruiti|in serie|versione russa|copia russa|replica|repliche',
    ],
    [
      ['ballistic', 'missile'],
      'missili balistici|missile balistico|missili a corto raggio|missili terra-terra',
    ],
    ['missile', 'missil|razz|missili da crociera'],
    ['ballistic', 'balistic|terra-terra|fateh|fateh-110|fath-360|zolfaghar' + '|a corto raggio'],
    [
      'sanction',
      'sanzion|sanzionat|lista nera|dipartimento del tesoro|tesoro|ofac|' +
        'congelamento dei beni|beni congelati|controlli sulle esportazioni|misure restrittive' +
        "|misure punitive|restrizioni all'export|restrizioni alle esportazioni|nuove sanzioni|pacchetto di sanzioni",
    ],
    [
      'un_violation',
      'risoluzione 2231|consiglio di sicurezza|violazion|viola|violato|violano|embargo|' +
        'embargo sulle armi|snapback' +
        '|infrange|infrangono|contravviene|in violazione',
    ],
    [
      'diplomatic',
      'ambasciator|inviato speciale|inviata speciale|ambasciata|accreditament|diplomatic|' +
        'espulsion|espell|espuls|declassat|rottura delle relazioni|relazioni diplomatiche|' +
        'incaricato d’affari|persona non grata|convocat' +
        '|rompe le relazioni|ha rotto le relazioni|rotto i rapporti|rompe i rapporti|richiamato|richiama|consolato|console|declassamento|ridurre il personale diplomatico',
    ],
    [
      'test_ground',
      'banco di prova|terreno di prova|poligono|campo di prova|testati in combattimento|' +
        'testato in combattimento|collaudat|esperienza di combattimento|vetrina|laboratorio' +
        '|testare|collaudo|battesimo del fuoco|condizioni reali|in combattimento|sul campo di battaglia ucraino',
    ],
    [
      'stakes',
      'ricavi|introiti|esportazioni di armi|client|prestigio|leva|guadagn|vantaggio|' +
        'vantaggi|benefici|beneficio|rischio|rischi|scommessa|profitt' +
        '|propri interessi|tornaconto|affare|affari|redditizio|redditizia|moneta di scambio|merce di scambio|carta da giocare|valuta pregiata|reputazione|commesse',
    ],
    [
      'visit',
      'visit|viaggi|volò|incontr|vertice|colloqui|ospitat|arrivat|giunt' +
        '|atterrato|missione a|trasferta|soggiorno|si è recato|si è recata',
    ],
    [
      'persuade',
      'convinc|convint|persuad|esort|pianific|mapp|cartin|sollecit' +
        '|persuaso|chiesto|proposto|insistito|implorato',
    ],
    [
      'deploy',
      'dispiegament|schierat|trupp|contingente|presenza militare|soldati russi|militari russi',
    ],
    [
      'intervention',
      'intervent|interven|intervenut|entrata in guerra|entrare in guerra|operazione militare|campagna militare|impegno militare|coinvolgimento militare',
    ],
    [
      'rescue',
      'salv|salvataggio|mantenere al potere|tenere in piedi|sopravvivenz|' +
        'ancora di salvezza|puntell|sorregg|sostenere il regime' +
        "|tenuto in piedi|boccata d'ossigeno|evitare il crollo|evitato il crollo|scongiurato il crollo|impedire la caduta|impedito la caduta",
    ],
    [
      'backing',
      'sostegn|sosten|sostenut|sostiene|appoggi|alleat|patron|protettor|fianco a fianco|' +
        'insieme|congiuntamente|coordin|sponsor|aiuti militari' +
        '|sostengono|aiuto|aiutat|aiutano|aiutare|congiunt|a fianco|al fianco|spalla a spalla|mano nella mano|padrini',
    ],
    [
      'talks',
      'garant|zona di de-escalation|zone di de-escalation|de-escalation|cessate il fuoco|' +
        'tregua|colloqui di pace|negoziati di pace|negoziat|trilateral|processo di pace|' +
        'comitato costituzionale|soluzione politica' +
        '|mediazione|mediatore|mediatori|accordo di pace|dichiarazione congiunta|tripartito|vertice trilaterale',
    ],
    [
      'base',
      'base|basi|base aerea|basi aeree|base navale|porto|porti|concession|installazion|' +
        'affitto' +
        '|aerodromo|presenza navale|aeroporto militare',
    ],
    [
      'militia',
      'milizi|proxy|hezbollah|fatemiyoun|zainabiyoun|combattenti sciiti|milizie sciite|' +
        'forze di terra|truppe di terra|sul terreno|combattenti stranieri|combattent' +
        '|miliziani|filo-iraniane|filoiraniane|filo-iraniani|filoiraniani|filoiraniana|filo-iraniana|forze filo-iraniane|paramilitari|mercenari|truppe iraniane|forze iraniane|combattenti afghani',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'non parlano con una sola voce|non sempre parlano con una sola voce|non sono sulla stessa linea|non sempre sulla stessa linea',
    ],
    [
      'friction',
      'rivalità|rival|concorrenz|competizion|tension|attrit|scontr|spaccatura|contrasti|' +
        'divergenz|disaccord|matrimonio di convenienza|frizion' +
        '|si contendono|contendono|contesa|braccio di ferro|interessi divergenti|interessi contrapposti|interessi contrastanti|dissapori|incomprensioni|dissidi|concorrenti|competono',
    ],
    [
      'influence',
      "influenz|sfera d'influenza|sfere d'influenza|contratt|ricostruzion|" +
        'interessi economici|fosfat' +
        '|appalti|peso economico|presenza economica|risorse naturali',
    ],
    [
      'deconfliction',
      'deconfliction|deconflitto|linea diretta|hotline|chiudere un occhio|luce verde|' +
        'via libera|tacito consenso|tacita approvazione|meccanismo di coordinamento' +
        '|chiude un occhio|chiuso un occhio|tollera|tollerato|tollerava|passività|mani libere|carta bianca|lasciato fare|lascia fare|coordinamento con israele|non interviene|non è intervenuta',
    ],
    ['isis', 'stato islamico|isis|isil|daesh'],
    [
      'terror',
      'terrorism|terrorist|jihadist|estremist|antiterrorismo|lotta al terrorismo' +
        '|gruppi terroristici|radicali islamici',
    ],
    [
      'withdraw',
      'ritir|ridislocat|riposizion|ridimensionament|riduzione della presenza|ridotto' +
        '|riduce la presenza|ridotto la presenza|trasferito in ucraina|trasferiti in ucraina|lasciato la siria|lascia la siria|abbandonato la siria|rimpatriat|disimpegno|smantellat|smantellamento|ripiegamento|ripiegat',
    ],
    [
      'fill',
      'riempire il vuoto|colmare il vuoto|vuoto di potere|vuoto|subentr|' +
        'prendere il posto|posizioni abbandonate' +
        '|colmare|colmato|colma|colmano|riempito il vuoto|preso il posto|occupato le posizioni|occupare le posizioni|rimpiazzat|posizioni lasciate',
    ],
    [
      'fall',
      'caduta|cadut|crollo|crollat|rovesciat|deposto|destituit|fuga|fuggit|asilo|esilio|' +
        'dopo assad|fine di assad' +
        '|disfatta|tracollo|capitolazione|sgretolat|sgretolamento|collasso|collassat|fine del regime|cade',
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|nuove autorità di damasco|nuove autorità siriane|nuovo governo di damasco|governo di transizione|governo ad interim|al-sharaa|sharaa',
    ],
    [
      'rebels',
      'ribell|insorti|hts|hayat tahrir al-sham|tahrir al-sham|al-sharaa|sharaa|jolani|' +
        'al-jolani|jawlani|opposizione armata|forze di opposizione|islamisti|' +
        'offensiva ribelle|offensiva lampo' +
        '|oppositori|fazioni ribelli|fazioni armate|gruppi ribelli|avanzata dei ribelli|opposizione siriana',
    ],
    [
      'partnership',
      'partenariato|partnership|alleanz|cooperazion|collaborazion|rapport|relazion|asse|' +
        'legame|legami|amicizia|coalizion|partner' +
        '|intesa|sodalizio',
    ],
    [
      'deepen',
      'approfond|rafforz|crescent|cresc|più stretti|più stretta|più stretto|più strette|' +
        'nuova fase|nuovo capitolo|nuovo livello|consolid|intensific|ampli' +
        '|intensificazione|espandere|espans|salto di qualità|si stringe|stringono|sempre più stretto|sempre più stretta|sempre più stretti',
    ],
    [
      'depend',
      'dipend|dipendent|dipendenz|fare affidamento|affidamento|socio di minoranza|' +
        'partner minore|partner junior|inversione dei ruoli|ruoli invertiti|si è rivolta|' +
        'si è rivolto' +
        "|ricorrere all'iran|ricorre all'iran|ricorso all'iran|ha bisogno dell'iran|bisogno dell'iran|costretta a ricorrere|costretto a ricorrere|si rivolge all'iran|rivolgersi all'iran",
    ],
    [
      'first_time',
      'per la prima volta|prima volta|senza precedenti|inedit' + '|mai prima|mai accaduto',
    ],
    [
      'mistrust',
      'sfiducia|diffidenz|sospett|rancor|tradiment|risentiment|riserve|scetticismo|' +
        'limiti del rapporto' +
        '|reticenze|vecchie ferite',
    ],
    [
      ['rescue', 'backing'],
      'in soccorso|in aiuto|accorsi in aiuto|corsi in aiuto|venuti in soccorso|corsi in soccorso|accorsi in soccorso|in suo soccorso|in suo aiuto',
    ],
    [
      ['friction', 'influence'],
      "lotta per l'influenza|lotta di influenza|gara per l'influenza|corsa all'influenza",
    ],
    [
      ['anti_west', 'west'],
      "occidente collettivo|contro l'occidente|fronte antioccidentale|dominio occidentale",
    ],
    [['ties_econ', 'partnership'], 'cooperazione energetica|cooperazione economica'],
    ['july', 'luglio'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'non abbiamo informazioni|non abbiamo alcuna informazione|non disponiamo di informazioni|non ci risulta|non è parte|non siamo parte|politicamente motivat|motivazioni politiche|a fini politici|non ha informazioni|non dispone di informazioni|non ha alcuna informazione',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'nessuna delle parti|nessuna delle due parti|nessuna parte|presentare alcuna prova|a nessuno dei belligeranti',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'componenti americani|componenti occidentali|di origine americana|di origine statunitense|di origine occidentale|fabbricati negli stati uniti|semiconduttori|microelettronica|componenti elettronici',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'alleanza di convenienza|patto di convenienza|alleanza di comodo|differiscono nei loro interessi|i loro interessi differiscono',
    ],
    ['since', 'dal|dalla|sin dal|fin dal'],
  ],
};
