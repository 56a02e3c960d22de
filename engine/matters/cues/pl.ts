/** Matter cues for language 'pl': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Polish cues. The detection lexicon's rules strip one case, adjective or verb ending
 * ("-ów", "-ami", "-iego", "-ył", "-ała", "-enie"...), so most words are stems ("sankcj",
 * "zestrzel"); stems that alternate ("upadek/upadku", "terroryści") are listed whole. Phrase
 * heads are matched as written, so their common case forms are listed. Words with a commoner
 * other sense stay out ("partia" a party, "złoty" the currency, "spory" sizable, "szara" grey).
 */
export const PL_CUES: CueLexicon = {
  lang: 'pl',
  cues: [
    // False friends (issue #11): "w celu", "celem" (in order to) are no "cel" (target).
    [[], 'w celu|celem'],
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'sankcje zachodnie|zachodnie sankcje|zachodnich sankcji|objęty sankcjami|' +
        'objęte sankcjami|omijać sankcje|omijanie sankcji|obchodzenie sankcji|' +
        'obchodzić sankcje|izolacj|izolowan|pariasem|pariasów|antyzachodn|antyamerykańsk|' +
        'porządek światowy|porządku światowego|wielobiegunow|hegemoni|oś chaosu' +
        '|imperializm|imperialistyczn|porządek świata|porządku świata|pariasi|pariasów',
    ],
    [
      'ties_econ',
      'handel|handlu|handlow|wymiana handlowa|wymiany handlowej|gaz|rop|naftow|gazprom|' +
        'umowa energetyczna|inwestycj|korytarz|korytarz północ-południe|kolejow|bank|' +
        'bankow|swift|rubel|rubl|rial|walut|traktat|memorandum|gospodark|gospodarcz|' +
        'ekonomiczn|pszenic|cła|eurazjatycka unia gospodarcza',
    ],
    [
      'energy',
      'sieć energetyczn|sieci energetyczn|infrastruktura energetyczn|' +
        'infrastruktury energetyczn|infrastrukturę energetyczn|infrastrukturze energetyczn|' +
        'obiekty energetyczne|obiektów energetycznych|system energetyczn|elektrowni|' +
        'elektrociepłowni|podstacj|prąd|prądu|energii elektrycznej|elektryczność|blackout|' +
        'przerwy w dostawach prądu|wyłączenia prądu|ogrzewani|infrastruktura krytyczn|' +
        'infrastruktury krytyczn|infrastrukturę krytyczn|linie energetyczne|bez prądu|' +
        'ukrenergo|energetyk' +
        '|transformator|transformatory|bez światła|ciepłowni|elektrociepłowni',
    ],
    [
      'miltech',
      'su-35|suchoj|s-300|s-400|mig-29|jak-130|myśliwc|myśliwiec|śmigłowce szturmowe|' +
        'śmigłowców szturmowych|mi-28|satelit|ćwiczenia morskie|wspólne ćwiczenia|' +
        'wspólnych ćwiczeń|manewry morskie|wspólne manewry|wojskowo-techniczn|gry wojenne',
    ],
    [
      'nuclear',
      'jądrow|atomow|jcpoa|porozumienie nuklearne|porozumienia nuklearnego|umowa nuklearna|' +
        'nuklearn|wzbogacani|wzbogacon|uran|maea|miaea',
    ],
    [
      'iran_leader',
      'chamenei|ali chamenei|najwyższy przywódca|najwyższego przywódcy|ajatollah|prezydent iranu',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rouhani|rohani|rowhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|ebrahim raisi|mochber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadineżad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeszkian|pezeshkian'],
    ['putin', 'putin|władimir putin|władimira putina'],
    ['soleimani', 'sulejman|kasem sulejmani|ghasem sulejmani|soleimani'],
    [
      'assad',
      'asad|assad|baszar|baszar al-asad|reżim asada|reżimu asada|reżim syryjski|' +
        'reżimu syryjskiego|rząd syryjski|rządu syryjskiego|władze w damaszku|damaszek|' +
        'damaszk|prezydent syrii|reżim w damaszku',
    ],
    ['tehran', 'teheran'],
    ['moscow', 'moskw|kreml'],
    [
      'white_house',
      'biały dom|białego domu|białym domu|jake sullivan|sullivan|john kirby|kirby|' +
        'rada bezpieczeństwa narodowego|rady bezpieczeństwa narodowego|' +
        'doradca ds. bezpieczeństwa narodowego|doradca do spraw bezpieczeństwa narodowego',
    ],
    [
      'us',
      'usa|stany zjednoczone|stanów zjednoczonych|stanami zjednoczonymi|' +
        'stanach zjednoczonych|amerykańsk|amerykan|waszyngton|pentagon|departament stanu|' +
        'administracja bidena|administracji bidena|biden|blinken|cia|wywiad amerykański|' +
        'amerykańskiego wywiadu',
    ],
    [
      'israel',
      'izrael|izraelsk|izraelczyc|idf|cahal|netanjahu|netanyahu|wzgórza golan|golan|mossad',
    ],
    ['turkey', 'turcj|tureck|ankar|ankarze|ankarą|erdogan|erdoğan'],
    ['iraq', 'irak|irack|bagdad'],
    ['ukraine', 'ukrain|ukraińsk|ukraińc|zełensk|zełenski|władze w kijowie|rząd w kijowie'],
    ['syria', 'syri|syryjsk|syryjczyc'],
    [
      'city',
      'miast|mieście|miejscowoś|miejscowości|kijów|kijow|charków|charkow|odess|lwów|lwow|' +
        'dniepr|dnipro|zaporoż|mikołajów|mikołajow|chersoń|chersoni|sumy|czernihów|' +
        'czernihow|winnic|żytomierz|żytomierz|krzywy róg|połtaw|biała cerkiew',
    ],
    ['crimea', 'krym|krymsk|dżankoj|półwysep krymski'],
    ['belarus', 'białoruś|białorusi|białorusk|białorusin'],
    [
      'tatarstan',
      'ałabug|ałabudz|alabuga|jełabug|tatarstan|specjalna strefa ekonomiczna|' +
        'specjalnej strefie ekonomicznej|specjalnej strefy ekonomicznej',
    ],
    ['kupiansk', 'kupiańsk|kupiansk|kupjansk'],
    [
      'base_name',
      'hmeimim|chmejmim|hmejmim|tartus|latakia|latakii|latakię|szajrat|shayrat|t4|tiyas',
    ],
    ['hamadan', 'hamadan|nodżeh|nojeh'],
    [
      'astana',
      'astan|astańsk|nur-sułtan|soczi|proces astański|procesu astańskiego|format astański|' +
        'formatu astańskiego',
    ],
    ['europe', 'europ|wojna w europie|wojny w europie|na europejskiej ziemi'],
    ['west', 'zachód|zachodu|zachodn|nato'],
    [
      ['drone', 'strike'],
      'ataki dronów|atak dronów|ataków dronów|atakach dronów|rój dronów|fala dronów|' +
        'nalot dronów|naloty dronów|nalotu dronów|atak z użyciem dronów|' +
        'ataki z użyciem dronów',
    ],
    [
      ['drone', 'supply'],
      'dostawy dronów|dostaw dronów|dostawach dronów|dostawca dronów|dostawcą dronów',
    ],
    [
      ['drone', 'produce'],
      'fabryka dronów|fabryki dronów|fabryce dronów|produkcja dronów|produkcji dronów|' +
        'produkcję dronów',
    ],
    [
      'drone',
      'dron|bezzałogow|bezzałogowiec|bezzałogowc|shahed|szahed|geran|gerań|geran-2|mohajer|' +
        'kamikadze|kamikaze|amunicja krążąca|amunicji krążącej',
    ],
    [
      'supply',
      'dostarcz|sprzeda|wysła|przekaza|przekazuj|dostaw|dostawc|kupi|kupuj|zakup|nabył|' +
        'nabyła|otrzyma|otrzymuj|pozyska' +
        '|wysyła|wysyłają|przesła|przesyła|przesyłają|zaopatrz|zaopatruje|zaopatrują|zaopatrywa|zaopatrzeni|przetransportowa|importuje|eksportuje|uzbroi|dozbraja',
    ],
    [
      'shipment',
      'partia dronów|partię dronów|partii dronów|partia broni|partię broni|partii broni|' +
        'transport|ładunek|ładunk|lot cargo|loty cargo|samolot transportowy|' +
        'samoloty transportowe|most powietrzny|przesyłk',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    [
      'supply',
      'uzupełnienie zapasów|uzupełnieniu zapasów|uzupełnieniem zapasów|uzupełnienia zapasów|uzupełnić zapasy|uzupełnia zapasy|uzupełnią zapasy|uzupełniać zapasy',
    ],
    [
      'shipment',
      'ostatnia partia|ostatniej partii|ostatnią partię|kolejna partia|kolejnej partii|kolejną partię|nowa partia|nowej partii|nową partię|pierwsza partia|pierwszej partii|pierwszą partię',
    ],
    ['quantity', 'zapas|zapasy|zapasów|arsenał'],
    [
      'quantity',
      'setki|setek|setkami|tysiące|tysięcy|kilkaset|kilkuset|kilka tysięcy|dużą liczbę|' +
        'duża liczba|dziesiątki|dziesiątek',
    ],
    [
      'intel',
      'wywiad|wywiadowcz|według informacji|ocen|odtajnion|zdjęcia satelitarne|' +
        'zdjęć satelitarnych|obrazy satelitarne|dane wywiadowcze|raport wywiadu',
    ],
    ['cash', 'gotówk|gotówce|w gotówce|banknot|euro|pieniądz|pieniędzy|mln euro|milionów euro'],
    ['gold', 'złoto|złota|złotem|złocie|sztabki złota|sztabkach złota'],
    ['pay', 'zapłaci|zapłat|płaci|płacą|płatność|płatności|opłaci'],
    ['exchange', 'w zamian|w zamian za|wymian|barter'],
    ['captured_arms', 'zdobyczn|zdobyt|javelin|nlaw|stinger|zachodniej broni|zachodnią broń'],
    [
      'air_campaign',
      'naloty|nalot|nalotów|kampania powietrzna|kampanii powietrznej|lotnictw|' +
        'samoloty bojowe|samolotów bojowych|odrzutowc|bombowc|bombowiec|' +
        'wsparcie z powietrza|wsparcia z powietrza|osłona z powietrza|' +
        'siły powietrzno-kosmiczne|sił powietrzno-kosmicznych',
    ],
    [
      'strike',
      'atak|atakuj|zaatakowa|uderz|uderzeni|ostrzał|ostrzel|fal|salw|wystrzeli|' +
        'wystrzeliwa|cel|cele|celów|eksplozj|wybuch|rój|roje|bombardowa|bombardowani' +
        '|trafił|trafiła|trafiły|trafili|uszkodz|uszkodzeni|uszkodzon|traf|trafion|spadły na|spadł na|eksplodowa|ostrzeliwa|zbombardowa|wymierzon|zniszczył|zniszczyły|zniszczyli',
    ],
    [
      'civilian',
      'cywil|ludność cywiln|ludności cywilnej|budynek mieszkaln|budynki mieszkalne|' +
        'budynku mieszkalnego|blok mieszkaln|bloku mieszkalnego|mieszkaln|zabit|zabici|' +
        'zginęło|zginęli|zginął|zginęła|ofiar|rann|domy|domów|szpital|szkoł' +
        '|mieszkańc|mieszkańcy|dzieci|dziećmi|budynk|budynek|budynki|bloki|bez dachu nad głową',
    ],
    ['night', 'noc|nocn|w nocy|przez noc'],
    ['debris', 'szczątk|wrak|wraku|fragment|resztki|odłamk|pozostałości'],
    [
      'markings',
      'oznaczeni|oznakowani|napis|przemalowa|przemalowan|przemianowa|przemianowan|' +
        'nową nazwę|nowa nazwa|numer seryjn|numery seryjne|numerów seryjnych|cyrylic',
    ],
    [
      'identify',
      'zidentyfikowa|zidentyfikowan|identyfikacj|dowód|dowody|dowodów|dowodem|potwierdz|' +
        'zdjęcia pokazują|zbada|zbadan|badacze|śledcz|analiz|kryminalistyczn',
    ],
    [
      'intercept',
      'zestrzel|zestrzelon|zestrzeli|przechwyc|przechwycon|przechwyci|zneutralizowa|' +
        'zneutralizowan|zniszczon|strącon|strąci' +
        '|zestrzeliwuje|zestrzeliwują|zestrzeliwa',
    ],
    [
      'air_defence',
      'obrona powietrzna|obrony powietrznej|obronę powietrzną|obroną powietrzną|' +
        'przeciwlotnicz|gepard|iris-t|nasams|patriot|walka radioelektroniczna|' +
        'walki radioelektronicznej|wojna elektroniczna|zagłuszani|alarm lotniczy|' +
        'alarmu lotniczego' +
        '|ziemia-powietrze|rakiety ziemia-powietrze|mobilne grupy ogniowe|mobilnych grup ogniowych|karabiny maszynowe',
    ],
    [
      'tech',
      'ładunek wybuchowy|ładunku wybuchowego|zasięg|kilometr|km|głowic|silnik|prędkość|' +
        'prędkości|naprowadzani|gps|podzespoł|komponent|układy scalone|chip|mikroczip|' +
        'koszt|kosztuj|tani|tanie|tanich|materiał wybuchow|materiały wybuchowe|kilogram|kg|' +
        'nawigacj|elektronik|skrzydła delta|motorower|kosiark',
    ],
    [
      'deny',
      'zaprzecz|zaprzeczeni|dementi|dementuj|dementowa|odrzuci|odrzuca|bezpodstawn|' +
        'fałszyw|kłamstw|zmyślon|propagand|spekulacj|nigdy nie dostarczył|nie dostarczał|' +
        'żadnych dronów|żadnej broni' +
        '|zdementowa|bzdur|absurdaln|dezinformacj|pomówieni|kategoryczn|wymysł|wymysły',
    ],
    [
      'admit',
      'przyzna|niewielką liczbę|niewielka liczba|ograniczoną liczbę|przed wojną|' +
        'przed wybuchem wojny|przed rozpoczęciem wojny|miesiące przed wojną',
    ],
    [
      'train',
      'szkol|szkoleni|szkoleniow|trenowa|instruktor|instruktorz|naucz|uczyć obsługi|' +
        'obsługi dronów' +
        '|przeszkoli|przeszkolon|uczyli|uczą|pilotowani|sterowani|obsługi shahedów|obsługi tych dronów',
    ],
    [
      'advisers',
      'doradc|specjalist|specjaliści|technik|technicy|personel wojskow|' +
        'personelu wojskowego|ekspert|eksperci|operatorzy|irańscy wojskowi|' +
        'wojskowi irańscy',
    ],
    [
      'irgc',
      'korpus strażników rewolucji|korpusu strażników rewolucji|strażnicy rewolucji|' +
        'strażników rewolucji|irgc|siły kuds|sił kuds|siły quds|sił quds|pasdaran',
    ],
    [
      'produce',
      'produkcj|produkuj|wyprodukowa|wyprodukowan|wytwarza|wytwórni|fabryk|fabryce|zakład|' +
        'zakładach|montaż|montow|zmontowa|licencj|na licencji|lokalizacj|' +
        'linia produkcyjna|linii produkcyjnej|produkcja seryjna|produkcji seryjnej|' +
        'masowa produkcja|siła robocza|pracownik|pracownicy' +
        '|buduj|buduje|budują|zbudowa|montuje|montują|seryjn|rosyjska wersja|rosyjską wersję|kopi',
    ],
    [
      ['ballistic', 'missile'],
      'rakiety balistyczn|rakiet balistyczn|rakietami balistyczn|rakieta balistyczn|' +
        'pocisk balistyczn|pociski balistyczn|pocisków balistyczn|pociskami balistyczn|' +
        'rakiety krótkiego zasięgu|rakiet krótkiego zasięgu|pocisków ziemia-ziemia',
    ],
    ['missile', 'rakiet|pocisk|pociski manewrujące|pocisków manewrujących|rakiety manewrujące'],
    ['ballistic', 'balistyczn|ziemia-ziemia|fateh|fateh-110|fath-360|zolfaghar|zulfikar'],
    [
      'sanction',
      'sankcj|objął sankcjami|czarna lista|czarnej liście|czarną listę|departament skarbu|' +
        'ministerstwo skarbu|ofac|zamrożenie aktywów|zamrożone aktywa|kontrola eksportu|' +
        'kontroli eksportu|środki ograniczające|restrykcj',
    ],
    [
      'un_violation',
      'rezolucja 2231|rezolucji 2231|rada bezpieczeństwa|rady bezpieczeństwa|' +
        'radzie bezpieczeństwa|naruszeni|narusza|naruszył|embargo|embarga|embargo na broń|' +
        'snapback|rezolucj',
    ],
    [
      'diplomatic',
      'ambasador|ambasadorz|ambasad|wysłannik|specjalny wysłannik|akredytacj|dyplomat|' +
        'dyplomaci|dyplomacj|dyplomatyczn|wydal|wydaleni|zerwanie stosunków|' +
        'stosunki dyplomatyczne|stosunków dyplomatycznych|chargé d’affaires|' +
        'persona non grata|na dywanik|obniżenie rangi|obniżył rangę' +
        '|wezwa|wezwano|odwoła|odwołano|zerwał stosunki|zerwała stosunki|zerwanie stosunków dyplomatycznych|konsulat|obniżył rangę|obniżenie rangi',
    ],
    [
      'test_ground',
      'poligon|poligon doświadczalny|pole testowe|przetestowa|przetestowan|' +
        'sprawdzone w boju|sprawdzony w boju|sprawdzone w walce|doświadczenie bojowe|' +
        'doświadczenia bojowego|witryn|laboratorium' +
        '|testuj|testowan|sprawdzić w boju|w warunkach bojowych|w prawdziwej wojnie',
    ],
    [
      'stakes',
      'dochod|dochody|przychod|przychody|eksport broni|eksportu broni|klient|klienci|' +
        'nabywc|prestiż|dźwigni|zysk|korzyść|korzyści|ryzyk|hazard|motyw|nagrod|' +
        'opłaca się' +
        '|interes|interesy|dochodow|lukratywn|karta przetargowa|kartą przetargową|kartę przetargową|biznes|reputacj|zamówieni',
    ],
    [
      'visit',
      'wizyt|odwiedzi|polecia|podróż|przylecia|przyjecha|spotka|spotkani|rozmow|szczyt|' +
        'szczycie|gości',
    ],
    ['persuade', 'przekona|przekonywa|namówi|namawia|nakłoni|lobbowa|nalega|planowa|map'],
    [
      'deploy',
      'rozmieszczeni|rozmieści|wojsk|żołnierz|kontyngent|obecność wojskowa|obecności wojskowej',
    ],
    [
      'intervention',
      'interwencj|interweniowa|przystąpi|przystąpienie do wojny|wkroczeni|operacja wojskowa|operacji wojskowej|operację wojskową|kampania wojskowa|kampanii wojskowej',
    ],
    [
      'rescue',
      'uratowa|ratowa|ratowani|ratunek|ratunku|utrzymać przy władzy|' +
        'utrzymanie przy władzy|przy władzy|ocali|ocaleni|przetrwani|odwrócić losy|' +
        'odwróciła losy|koło ratunkowe|deska ratunku|przed upadkiem' +
        '|podtrzyma|podtrzymywa',
    ],
    [
      'backing',
      'wsparci|wspier|popiera|poparci|popar|sojusznik|sojusznicy|sojusznicz|' +
        'sprzymierzeńc|protektor|patron|ramię w ramię|wspóln|koordynacj|koordynowa|' +
        'sponsor|pomoc wojskowa|pomocy wojskowej|pomoc' +
        '|pomogl|pomogła|pomogli|pomaga|pomagają|pomagali',
    ],
    [
      'talks',
      'gwarant|gwaranci|strefa deeskalacji|strefy deeskalacji|stref deeskalacji|' +
        'deeskalacj|zawieszenie broni|zawieszenia broni|rozejm|rozmowy pokojowe|' +
        'rozmów pokojowych|negocjacj|trójstronn|proces pokojowy|procesu pokojowego|' +
        'komitet konstytucyjny|rozwiązanie polityczne' +
        '|mediacj|porozumienie pokojowe|wspólna deklaracja|wspólne oświadczenie|' +
        'trzej prezydenci|trzech prezydentów|przywódcy trzech państw|trzy państwa|' +
        'państwa gwaranci|państw gwarantów|uregulowani',
    ],
    // A summit of the three on Syria is the Astana format, wherever it meets (as in English).
    [
      ['talks', 'syria'],
      'szczyt w sprawie syrii|szczycie w sprawie syrii|szczytu w sprawie syrii|szczyt ws. syrii',
    ],
    ['base', 'baz|baza lotnicza|bazy lotniczej|baza morska|bazy morskiej|port|porcie|dzierżaw'],
    [
      'militia',
      'milicj|bojówk|proxy|hezbollah|fatemijun|fatemiyoun|zainabijun|szyickie milicje|' +
        'szyickich milicji|szyiccy bojownicy|zagraniczni bojownicy|bojownik|bojownicy|' +
        'siły lądowe|wojska lądowe|na ziemi|w terenie' +
        '|proirańsk|proirańscy|najemnic|siły irańskie|sił irańskich|wojska irańskie|paramilitarn',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'nie mówią jednym głosem|nie zawsze mówią jednym głosem|nie zawsze są zgodne|nie są zgodne|nie grają do jednej bramki',
    ],
    [
      'friction',
      'rywalizacj|rywal|konkurencj|konkurent|napięci|tarci|starci|spór|sporu|sporów|' +
        'rozłam|rozbieżność|rozbieżności|różnice zdań|niezgod|małżeństwo z rozsądku|' +
        'sojusz z rozsądku|sprzeczne interesy|konflikt interesów' +
        '|rywalizuj|rywalizują|konkuruj|konkurują|spory|nieporozumieni|przeciąganie liny|rozbieżne interesy|sprzeczne interesy|zgrzyt|zgrzyty',
    ],
    [
      'influence',
      'wpływ|wpływy|strefa wpływów|strefy wpływów|kontrakt|odbudow|interesy gospodarcze|' +
        'interesów gospodarczych|fosfat',
    ],
    [
      'deconfliction',
      'dekonflikt|dekonfliktacj|gorąca linia|gorącą linię|przymyka oko|przymknął oko|' +
        'przymykać oko|zielone światło|zielonego światła|milcząca zgoda|milczącą zgodę|' +
        'cicha zgoda|mechanizm koordynacji|mechanizmu koordynacji',
    ],
    ['isis', 'państwo islamskie|państwa islamskiego|państwem islamskim|daesz|daesh|isis|isil'],
    [
      'terror',
      'terroryzm|terroryst|terroryści|terrorystyczn|dżihadyst|dżihadyści|ekstremist|' +
        'ekstremiści|walka z terroryzmem|antyterrorystyczn',
    ],
    [
      'withdraw',
      'wycofa|wycofani|wycofuj|wycofywa|przerzuci|przerzuceni|przegrupowa|przemieści|' +
        'ograniczenie obecności|ograniczyć obecność|redukcja obecności' +
        '|przerzucono|zmniejszyła obecność|zmniejszył obecność|ograniczyła obecność|ograniczył obecność|opuścili syrię|opuściła syrię|opuścił syrię|przeniesion|przeniosła|przeniósł',
    ],
    [
      'fill',
      'wypełnić próżnię|wypełnia próżnię|wypełniają próżnię|wypełnić lukę|wypełniła lukę|' +
        'próżni|zająć miejsce|zajęli miejsce|przeję|przejąć|opuszczone pozycje|' +
        'opuszczonych pozycji' +
        '|lukę|luka|zajęli pozycje|zajęły pozycje|zajęli miejsce|wypełnili|wypełniły|wypełniają|zastąpili|zastąpiły',
    ],
    [
      'fall',
      'upadek|upadk|upadł|obali|obaleni|obalon|odsunięty od władzy|uciek|ucieczk|azyl|' +
        'wygnani|emigracj|po asadzie|koniec asada|upadek reżimu|upadku reżimu' +
        '|rozpad|załamani|klęsk|kapitulacj|koniec reżimu|końca reżimu',
    ],
    [
      ['post_assad', 'rebels'],
      'po upadku assada|nowe władze w damaszku|nowymi władzami w damaszku|nowych władz w damaszku|nowe władze syrii|rząd tymczasowy|rząd przejściowy|asz-szara|al-szara|al-sharaa',
    ],
    [
      'rebels',
      'rebeliant|rebelianci|powstańc|ofensywa rebeliantów|hts|hajat tahrir asz-szam|' +
        'hayat tahrir al-sham|tahrir asz-szam|asz-szara|al-szara|al-sharaa|dżaulani|' +
        'al-dżaulani|dżolani|al-jolani|jolani|islamist|islamiści|uzbrojona opozycja|' +
        'uzbrojonej opozycji|siły opozycji|sił opozycji|syryjska opozycja|' +
        'syryjskiej opozycji|błyskawiczna ofensywa' +
        '|opozycji zbrojnej|opozycja zbrojna|bojownicy opozycji|ofensywa rebeliantów|natarcie rebeliantów|ugrupowania rebelianckie|rebelianck',
    ],
    [
      'partnership',
      'partnerstw|partner|partnerzy|sojusz|współprac|kooperacj|relacj|stosunki|stosunków|' +
        'oś|więź|więzi|przyjaźń|przyjaźni|zbliżeni|koalicj',
    ],
    [
      'deepen',
      'pogłębi|pogłębia|rosnąc|rośnie|rosną|wzmocni|wzmacnia|zacieśni|zacieśnia|bliższ|' +
        'ściślejsz|nowy etap|nowego etapu|nowy rozdział|nowy poziom|nowy wymiar|rozszerz|' +
        'rozbudow|umocni|intensyfikuj|zintensyfikowa' +
        '|umacnia|umacniają|zacieśniają|pogłębiają',
    ],
    [
      'depend',
      'zależn|zależność|zależności|uzależni|uzależnieni|młodszy partner|' +
        'młodszym partnerem|młodszego partnera|starszy partner|odwrócenie ról|zamiana ról|' +
        'zwróciła się do|zwrócił się do|zwraca się do' +
        '|uzależnion|zdana na|zdany na|sięgnąć po|sięga po|sięgnęła po|role się odwróciły|potrzebuje irańskich|potrzebuje iranu',
    ],
    ['first_time', 'po raz pierwszy|pierwszy raz|bezprecedensow|bez precedensu|nigdy wcześniej'],
    [
      'mistrust',
      'nieufność|nieufności|brak zaufania|podejrzliwość|podejrzliwości|zdrad|pretensj|' +
        'sceptycyzm|sceptycyzmu|zastrzeżeni|granice relacji' +
        '|podejrzeni|uraz|uraza|resentyment|stare rany|ostrożnoś',
    ],
    [
      ['rescue', 'backing'],
      'ruszyli na pomoc|ruszyły na pomoc|ruszyła na pomoc|przyszli z pomocą|przyszły z pomocą|pośpieszyli z pomocą|pospieszyli z pomocą|pospieszyły z pomocą|pośpieszyły z pomocą|pospieszyli na ratunek|ruszyły na ratunek|ruszyli na ratunek',
    ],
    [
      ['friction', 'influence'],
      'walka o wpływy|walki o wpływy|walkę o wpływy|walce o wpływy|walką o wpływy|rywalizacja o wpływy|rywalizacji o wpływy',
    ],
    [
      ['anti_west', 'west'],
      'przeciwko zachodowi|kolektywny zachód|kolektywnego zachodu|front antyzachodni',
    ],
    ['july', 'lipiec|lipca|lipcu'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'nie mamy takich informacji|nie mamy informacji|nie posiadamy informacji|nie posiadamy takich informacji|nie dysponujemy informacjami|nie jest stroną|nie jesteśmy stroną|politycznie motywowan|motywowane politycznie|umotywowane politycznie|nie ma takich informacji|nie posiada informacji|nie posiada takich informacji|nie dysponuje informacjami|nie dysponuje takimi informacjami',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'żadnej ze stron|żadną ze stron|żadnej ze stron konfliktu|przedstawić jakiekolwiek dowody',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'amerykańskiego pochodzenia|zachodniego pochodzenia|amerykańskie części|zachodnie części|amerykańskie komponenty|zachodnie komponenty|półprzewodnik|mikroelektronik|podzespoły elektroniczne',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif|zarifa'],
    ['fm_amirabdollahian', 'amir-abdollahian|abdollahian|abdollahijan'],
    ['fm_araghchi', 'araghczi|aragczi|araghchi|arakczi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'sojusz z rozsądku|małżeństwo z rozsądku|sojusz z konieczności|ich interesy się różnią|interesy są rozbieżne',
    ],
    ['since', 'od|od roku'],
  ],
};
