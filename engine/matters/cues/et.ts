/** Matter cues for language 'et': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Estonian cues. The detection lexicon's rules strip one case ending, with the genitive vowel
 * ("-ist", "-ile", "-idega", "-ud", "-ga", "-tud"...), so stems are nominatives (or the
 * genitive where the stem alternates: "rünnak/rünnaku", "relv/relva"). Estonian compounds
 * freely, so the common compounds (droonirünnak, energiataristu...) are listed whole.
 */
export const ET_CUES: CueLexicon = {
  lang: 'et',
  cues: [
    // False friends (issue #11): "selles" (in this) is no English "sell", "vale" (false) no Dutch "val".
    [[], 'selles|sellest|sellel|sellele|sellega|vale|valet|valed'],
    // Phrases and compounds first where a part alone would mean another concept.
    [
      'anti_west',
      'lääne sanktsioonid|lääne sanktsioonide|sanktsioonide all|sanktsioonidest mööda|' +
        'sanktsioonide vältimine|isoleeritud|isolatsioon|isolatsiooni|paaria|paariariik|' +
        'läänevastane|läänevastase|ameerikavastane|maailmakord|maailmakorra|mitmepolaarne|' +
        'mitmepolaarse|hegemoonia|lääne vastu|läänevastas|läänevastaseid|läänevastasesse|sanktsioonidest kõrvale hiilida|sanktsioonidest mööda hiilida|ühepolaarne|ühepolaarse|paariariigid|paariariikide',
    ],
    [
      'ties_econ',
      'kaubandus|kaubanduse|kaubavahetus|kaubavahetuse|gaas|gaasi|nafta|gazprom|' +
        'energialeping|investeering|investeeringu|investeeri|koridor|koridori|' +
        'põhja-lõuna koridor|raudtee|raudtee|pank|panga|pangad|swift|rubla|riaal|valuuta|' +
        'leping|lepingu|memorandum|majandus|majanduse|majandusliku|majanduslik|nisu|tollid|' +
        'euraasia majandusliit|energiakoostöö|gaasitarned|gaasitarnete|naftatarned|naftatarnete|majanduskoostöö|majanduskoostööd|vabakaubandus|vabakaubandusleping|vabakaubanduslepingu|kaubandussuhted|kaubandussuhete|kaubavahetuse maht|investeeringud',
    ],
    [
      'energy',
      'elektrivõrk|elektrivõrgu|energiataristu|energiataristut|energiasüsteem|' +
        'energiasüsteemi|elektrijaam|elektrijaama|elektrijaamad|soojuselektrijaam|' +
        'alajaam|alajaama|alajaamad|elekter|elektri|elektrit|elektrikatkestus|' +
        'elektrikatkestused|voolukatkestus|voolukatkestused|elektrita|küte|kütte|' +
        'kriitiline taristu|kriitilise taristu|elektriliinid|ukrenergo|energeetika|energiaobjekt|energiaobjektid|energiaobjekte|energiaobjektidele|energiarajatis|energiarajatised|energiarajatisi|elektrivarustus|elektrivarustuse|energiavarustus|energiavarustuse|vooluta|soojuseta|kütteta|hüdroelektrijaam|hüdroelektrijaama|energiasektor|energiasektori|elektrivõrku|elektrivõrgule|küttesüsteem',
    ],
    [
      'miltech',
      'su-35|suhhoi|s-300|s-400|mig-29|jak-130|hävitaja|hävitajad|hävitajaid|' +
        'ründekopter|ründekopterid|mi-28|satelliit|satelliidi|mereõppus|mereõppused|' +
        'ühisõppus|ühisõppused|ühisõppusi|sõjalis-tehniline|sõjalis-tehnilise|sõjamängud',
    ],
    [
      'nuclear',
      'tuumaprogramm|tuumaprogrammi|tuumaleping|tuumalepingu|tuuma|tuumarelv|jcpoa|' +
        'rikastamine|rikastatud|uraan|uraani|iaea|rahvusvaheline aatomienergiaagentuur|aatom',
    ],
    ['iran_leader', 'hamenei|ali hamenei|kõrgeim juht|kõrgeima juhi|ajatolla|iraani president'],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohani|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|ebrahim raisi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian|pezeškian'],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'soleimani|suleimani|qassem soleimani|qasem soleimani|kassem soleimani'],
    [
      'assad',
      'assad|al-assad|bashar|bashar al-assad|assadi režiim|assadi režiimi|assadi valitsus|' +
        'süüria režiim|süüria režiimi|süüria valitsus|süüria valitsuse|damaskus|' +
        'süüria president',
    ],
    ['tehran', 'teheran'],
    ['moscow', 'moskva|kreml'],
    [
      'white_house',
      'valge maja|valgest majast|valge maja pressiesindaja|jake sullivan|sullivan|' +
        'john kirby|kirby|rahvusliku julgeoleku nõukogu|julgeolekunõunik|' +
        'riikliku julgeoleku nõunik',
    ],
    [
      'us',
      'usa|ühendriigid|ühendriikide|ühendriikidega|ameerika|ameeriklased|washington|' +
        'pentagon|välisministeerium|bideni administratsioon|bideni administratsiooni|' +
        'biden|blinken|cia|usa luure|ameerika luure|usa ametnikud',
    ],
    [
      'israel',
      'iisrael|iisraeli|iisraellased|idf|netanyahu|netanjahu|golan|golani kõrgendikud|mossad',
    ],
    ['turkey', 'türgi|ankara|erdoğan|erdogan'],
    ['iraq', 'iraak|iraagi|bagdad'],
    ['ukraine', 'ukraina|ukrainlased|ukrainlaste|zelenskõi|zelensky|kiievi valitsus'],
    ['syria', 'süüria|süürlased|süürlaste'],
    [
      'city',
      'linn|linna|linnad|linnu|linnades|kiiev|harkiv|odessa|lviv|dnipro|zaporižžja|' +
        'mõkolajiv|herson|sumõ|tšernihiv|vinnõtsja|žõtomõr|krõvõi rih|poltava|asula|asulad',
    ],
    ['crimea', 'krimm|krimmi|džankoi|krimmi poolsaar'],
    ['belarus', 'valgevene|valgevenelased'],
    [
      'tatarstan',
      'alabuga|jelabuga|tatarstan|eriline majandustsoon|erimajandustsoon|' +
        'vabamajandustsoon|majandustsoon',
    ],
    ['kupiansk', 'kupjansk|kupiansk'],
    ['base_name', 'hmeimim|hmeimimi|tartus|latakia|shayrat|šairat|t4|tiyas'],
    ['hamadan', 'hamadan|nojeh|nodžeh'],
    [
      'astana',
      'astana|nur-sultan|sotši|astana protsess|astana protsessi|astana formaat|' +
        'astana formaadi|astana kõnelused|astana läbirääkimised',
    ],
    [
      'europe',
      'euroopa|sõda euroopas|euroopa pinnal|euroopa liit|euroopa liidu|euroopa liidule|euroopa liidust|euroopa liidus|euroopa liitu',
    ],
    ['west', 'lääs|lääne|läänes|lääneriigid|lääneriikide|nato'],
    [
      ['drone', 'strike'],
      'droonirünnak|droonirünnaku|droonirünnakud|droonirünnakute|droonirünnakuid|' +
        'droonisülem|droonilaine|massiline droonirünnak',
    ],
    [['drone', 'supply'], 'drooniterned|droonitarned|droonitarnete|droonide tarnimine'],
    [
      ['drone', 'produce'],
      'droonitehas|droonitehase|droonitootmine|droonitootmise|droonide tootmine|' +
        'droonide tootmise',
    ],
    [
      'drone',
      'droon|ründedroon|ründedroonid|ründedroone|kamikaze-droon|kamikazedroon|' +
        'enesetaputdroon|shahed|geran|geran-2|mohajer|mehitamata|kamikaze|' +
        'mehitamata õhusõiduk|mehitamata õhusõidukid',
    ],
    [
      'supply',
      'tarni|tarne|tarnija|relvatarned|relvatarnete|müü|müük|müügi|saatis|saatnud|' +
        'saadab|andis üle|üle andnud|osta|ostis|ostnud|ostab|soetas|soetanud|' +
        'hankis|hankinud|varusta|varustas|varustab|tarniti|saadeti|toimetas|toimetati|andnud venemaale|andis venemaale|annab venemaale|relvasta|eksport|ekspordib|eksportis|importis|impordib|hanki',
    ],
    [
      'shipment',
      'saadetis|saadetise|saadetised|partii|kaubalend|kaubalennud|' +
        'transpordilennuk|transpordilennukid|õhusild|laadung|laadungi|kaspia meri|kaspia mere|üle kaspia|laev|laevad|laevadega|laevu|lennud|lende|esimese partii|esimene partii|kaubalennukid',
    ],
    [
      'quantity',
      'sadu|sadade|sadadele|tuhandeid|tuhanded|tuhandete|mitusada|mitu sada|suur hulk|' +
        'suurel hulgal|kümneid|sadakond|paarsada|mitmesaja|sadadest|tuhandeid',
    ],
    [
      'intel',
      'luure|luureandmed|luureandmete|luureteave|luureteabe|hinnang|hinnangu|' +
        'salastatuse|salastatusest vabastatud|satelliidipildid|satelliidifotod|' +
        'andmetel|luureraport|luureteenistus|luureteenistuse|luureteenistused|luureinfo|luureinfot|luureagentuur|luureagentuuri|luureandmete kohaselt',
    ],
    ['cash', 'sularaha|sularahas|pangatähed|eurot|eurod|raha|miljonit eurot'],
    ['gold', 'kuld|kulda|kulla|kullakangid|kullakange'],
    [
      'pay',
      'maksis|maksnud|maksab|makse|maksed|tasus|tasunud|tasu|maksa|maksavad|maksti|eest tasus',
    ],
    ['exchange', 'vastutasuks|vastutasu|vahetus|vahetuseks|bartertehing'],
    [
      'captured_arms',
      'vallutatud|kinni võetud|trofeerelvad|trofee|javelin|nlaw|stinger|lääne relvad|' +
        'lääne relvi|sõjasaak|sõjasaagiks|trofeed|vallutatud relvad',
    ],
    [
      'air_campaign',
      'õhurünnak|õhurünnakud|õhurünnakuid|õhukampaania|õhukampaaniat|pommitamine|' +
        'pommitamise|pommitas|sõjalennuk|sõjalennukid|hävituslennuk|hävituslennukid|' +
        'pommitaja|pommitajad|õhutoetus|õhutoetust|lennuvägi|lennuväe|' +
        'õhu- ja kosmosejõud|õhujõud|pommitasid|pommitati|pommitavad|pommitama|pommitada|pommita|pommirünnak|pommirünnakud|pommirünnakuid|lahingulennuk|lahingulennukid|lahingulennukeid|sõjalennukeid|pommituslennuk|pommituslennukid|õhulöök|õhulöögid|õhulööke|õhulöökide',
    ],
    [
      'strike',
      'rünnak|rünnaku|rünnakud|rünnakuid|rünnakute|ründa|ründas|ründasid|tabas|tabasid|' +
        'tabamus|löök|löögi|löögid|laine|sülem|tulista|tulistas|välja lastud|siht|' +
        'sihtmärk|sihtmärgi|plahvatus|plahvatused|pommitas|kahjusta|purusta|rünnati|rünnatakse|massirünnak|massirünnaku|massirünnakus|raketirünnak|raketirünnaku|raketirünnakud|kombineeritud rünnak|kombineeritud rünnaku|sihiti|sihtmärgiks',
    ],
    [
      'civilian',
      'tsiviilisik|tsiviilisikud|tsiviilisikuid|tsiviilelanik|tsiviilelanikud|' +
        'tsiviilelanikke|elumaja|elumaju|kortermaja|korterelamu|elurajoon|hukkus|hukkusid|' +
        'hukkunud|tapeti|tapetud|ohvrid|ohvreid|vigastatud|haavata|haavatud|kodud|haigla|kool|majapidamis|majapidamised|majapidamist|elanik|elanikud|elanikke|elanike|hukkunu|hukkunute|surma sai|said surma|sai surma|haavatu|haavatuid|haavatute|eramaja|eramud|eramaju|lasteaed|lasteaia|süütud',
    ],
    ['night', 'öösel|öö|ööl|ööse|öise|öine|ööpäev'],
    ['debris', 'rusud|rususid|vrakk|vraki|jäänused|jäänuseid|killud|kilde|tükid|osad'],
    [
      'markings',
      'märgistus|märgistused|märgistust|kirjad|pealdis|pealdised|üle värvitud|ümber nimetatud|' +
        'ümbernimetatud|seerianumber|seerianumbrid|kirillitsa|kirillitsas|uus nimi|uue nime',
    ],
    [
      'identify',
      'tuvastatud|tuvasta|tuvastas|tuvastamine|tõend|tõendid|tõendeid|kinnitas|kinnitanud|' +
        'kinnitust|fotod|fotodel|pildid näitavad|uurisid|uurijad|analüüs|ekspertiis|tõesta|tõestus|tõestuseks|tõendavad|tõendab',
    ],
    [
      'intercept',
      'alla tulistatud|tulistati alla|tulistas alla|alla tulistanud|kinni püütud|' +
        'kinni peetud|neutraliseeritud|neutraliseeris|hävitatud|hävitati|hävitas|lasti alla|alla lasti|lasid alla|lasi alla|alla lastud|alla tulistati|tulistasid alla|alla tulistatud|allatulistamine|allatulistatud|neutraliseeri|tõrju|tõrjuti|kahjutuks tehtud|tehti kahjutuks|kahjutuks tegi',
    ],
    [
      'air_defence',
      'õhutõrje|õhutõrjesüsteem|õhutõrjesüsteemid|õhukaitse|gepard|iris-t|nasams|patriot|' +
        'elektrooniline sõjapidamine|elektroonilise sõjapidamise|segaja|segajad|õhuhäire|õhutõrjuja|õhutõrjujad|õhutõrjujate|mobiilsed tulerühmad|mobiilsete tulerühmade|droonitõrje|droonitõrjet|õhutõrjerakett|õhutõrjeraketi|õhutõrjeraketid|õhutõrjet',
    ],
    [
      'tech',
      'lennuulatus|ulatus|ulatusega|kilomeetrit|km|lõhkepea|lõhkepeaga|kasulik last|mootor|' +
        'mootori|kiirus|kiirusega|juhtimine|gps|komponendid|komponente|kiibid|mikrokiibid|' +
        'maksumus|odav|odava|odavad|lõhkeaine|lõhkeainet|kilogrammi|kg|navigatsioon|' +
        'elektroonika|deltatiib|mopeed|muruniiduk|lõhkelaeng|lõhkelaengu|lõhkelaenguga|tiivaga|navigatsioonisüsteem|lennukaugus|lennukaugusega',
    ],
    [
      'deny',
      'eita|eitab|eitas|eitanud|eitamine|lükkas tagasi|lükkab tagasi|alusetu|alusetud|' +
        'valed|väljamõeldis|väljamõeldud|propaganda|spekulatsioon|spekulatsioonid|' +
        'pole tarninud|ei ole tarninud|ei tarninud|mingeid droone|lükkas ümber|lükkab ümber|lükkavad ümber|ümber lükanud|desinformatsioon|desinformatsiooniks|desinformatsiooni|desinfo|ei vasta tõele|laim|laimu|laimuks|ei ole saatnud|pole saatnud|ei saatnud|pole andnud|ei ole andnud|ei andnud|eitavad|eitasid',
    ],
    [
      'admit',
      'tunnistas|tunnistanud|möönis|möönab|väike kogus|väikese koguse|piiratud arv|' +
        'enne sõda|enne sõja algust|kuud enne sõda|tunnista|tunnistasid|möön|möönsid|möönavad',
    ],
    [
      'train',
      'väljaõpe|väljaõppe|väljaõpet|koolitus|koolituse|koolitas|koolitama|treeni|treenis|' +
        'instruktor|instruktorid|instruktoreid|õpetas|kasutama õpetama|õpeta|õpetasid|õpetavad|koolita|koolitasid|koolitavad|õpetust|väljaõppinud|väljaõpet andma|treenisid',
    ],
    [
      'advisers',
      'nõunik|nõunikud|nõunikke|spetsialist|spetsialistid|spetsialiste|tehnik|tehnikud|' +
        'sõjaväelased|sõjaväelasi|eksperdid|eksperte|operaatorid|iraani sõjaväelased|ohvitser|ohvitserid|ohvitsere|ohvitseride|sõjaväenõunik|sõjaväenõunikud|sõjaväeeksperdid|tehnilised spetsialistid',
    ],
    [
      'irgc',
      'revolutsioonikaardivägi|revolutsioonikaardiväe|revolutsioonilise kaardiväe|' +
        'islami revolutsiooni kaardivägi|irgc|quds|qudsi üksus|qudsi väed|pasdaran|kaardiväelased|kaardiväelasi|kaardiväelaste|revolutsioonikaardiväelased|revolutsioonikaardiväelasi|islami revolutsioonilise kaardiväe',
    ],
    [
      'produce',
      'tootmine|tootmis|toodab|toodetud|tootma|tehas|tehase|tehased|tehastes|' +
        'kokkupanek|kokku pandud|montaaž|litsents|litsentsi|lokaliseeri|tootmisliin|' +
        'tootmisliini|masstootmine|seeriatootmine|tööjõud|töölised|tooda|toodavad|toodetakse|toodeti|tootja|tootjad|tootjaid|koopia|koopiad|koopiaid|toodang|toodangu|tootmisvõimsus|tootmisvõimsust|droonitehases|tehases',
    ],
    [
      ['ballistic', 'missile'],
      'ballistilised raketid|ballistilisi rakette|ballistiliste rakettide|' +
        'ballistiline rakett|lühimaaraketid|lühimaarakette|maa-maa raketid',
    ],
    ['missile', 'rakett|raket|tiibrakett|tiibraketid|tiibrakette'],
    [
      'ballistic',
      'ballistiline|ballistilise|ballistilisi|maa-maa|fateh|fateh-110|fath-360|zolfaghar',
    ],
    [
      'sanction',
      'sanktsioon|sanktsiooni|sanktsioone|sanktsioneeri|sanktsioneeritud|must nimekiri|' +
        'musta nimekirja|rahandusministeerium|ofac|varade külmutamine|külmutatud|' +
        'ekspordikontroll|piiravad meetmed|piiravaid meetmeid|sanktsioonipakett|sanktsioonipaketi|sanktsioonipaketti|sanktsioonide nimekiri|sanktsioonide nimekirja|karistusmeetmed|karistusmeetmeid|külmuta|külmutas',
    ],
    [
      'un_violation',
      'resolutsioon 2231|resolutsiooni 2231|julgeolekunõukogu|rikkumine|rikkumise|rikub|' +
        'rikkus|relvaembargo|embargo|snapback|resolutsioon|resolutsiooni|rikkudes|rikuvad|rikkuda|rikutakse',
    ],
    [
      'diplomatic',
      'suursaadik|suursaadiku|saadik|saatkond|saatkonna|akrediteering|akrediteeringu|' +
        'diplomaat|diplomaadid|diplomaate|diplomaatilised suhted|diplomaatiliste suhete|' +
        'välja saadetud|saatis välja|riigist välja|suhete katkestamine|katkestas suhted|' +
        'asjur|persona non grata|kutsuti välisministeeriumi|vaikse protesti|diplomaatilised sidemed|diplomaatiliste sidemete|diplomaatilisi sidemeid|diplomaatilised suhted|katkestada suhted|katkestama suhted|katkestada diplomaatilised|katkestama diplomaatilised|kutsus tagasi|kutsuti tagasi|välja saata|saadeti välja|saadeti riigist välja|protestinoot|protestinoodi|noodi',
    ],
    [
      'test_ground',
      'katsepolügoon|polügoon|katsepolügooniks|testimisväli|lahingus järele proovitud|' +
        'lahingus testitud|lahingukogemus|lahingukogemust|vaateaken|katselabor|lahinguolud|lahinguoludes|lahinguolukorras|päris lahingus|reaalsetes lahinguoludes|päris lahinguoludes|relvi katsetada|relvi katsetab|relvade katsetamine|katsetab oma relvi|katsetada oma relvi|katsetavad oma relvi|katsetas oma relvi|katsetuspolügoon|katsetusväli',
    ],
    [
      'stakes',
      'tulu|tulud|tulusid|relvaeksport|relvaekspordi|kliendid|kliente|ostjad|prestiiž|' +
        'mõjuvõim|hoob|hooba|kasum|kasu|eelis|eelised|risk|riski|riskid|panus|hasart|motiiv|teenib raha|teenida raha|teenib sõjast|teenivad raha|teenis raha|ärihuvi|ärihuvid|ärihuvide|kasumlik|kasumliku|vastuteene|vastuteeneid|vastuteenet|trumpkaart|trumbiks|läbirääkimispositsioon|läbirääkimispositsiooni',
    ],
    [
      'visit',
      'visiit|visiidi|külastas|külastus|külastuse|külastama|sõitis|lendas|saabus|kohtus|' +
        'kohtusid|kohtumine|kohtumisel|tippkohtumine|kõnelused|läbirääkimised|võõrustas|külasta|külastasid|saabu|saabusid|käis|käisid|visiidil|visiidiga',
    ],
    [
      'persuade',
      'veenma|veenis|veennud|veenda|keelitas|lobitöö|nõudis|plaan|plaani|plaanis|kaardid|kaarte|palus|palusid|veenvalt|veenmiseks',
    ],
    [
      'deploy',
      'paigutamine|paigutas|lähetas|väed|vägede|kontingent|sõjaline kohalolek|sõjalise kohaloleku|paiguta|lähetati|vägesid|sõdur|sõdurid|sõdureid|sõdurite',
    ],
    [
      'intervention',
      'sekkumine|sekkumise|sekkus|sekkuma|sõtta astumine|astus sõtta|sõjaline operatsioon|sõjalise operatsiooni|sõjaline kampaania|sekku|sekkusid|sekkuda|sõtta sekkumine|sõjalist operatsiooni|sõjalisse operatsiooni',
    ],
    [
      'rescue',
      'päästis|päästsid|päästma|päästa|päästmine|võimul hoidma|võimul hoidnud|võimul|' +
        'toetas püsti|ellujäämine|ellujäämise|pöördepunkt|päästerõngas|kokkuvarisemisest|kokkuvarisemise eest|vältida kokkuvarisemist|hoidis ära kokkuvarisemise|hoida ära kokkuvarisemine|püsis võimul|püsima jääma|võimul püsimine|võimul püsimise',
    ],
    [
      'backing',
      'toetus|toeta|toetaja|toetajad|liitlane|liitlased|liitlast|patroon|kaitsja|' +
        'õlg õla kõrval|ühiselt|koos|koordineeri|koordineerimine|sponsor|sõjaline abi|' +
        'sõjalist abi|abi|appi|tõttasid appi|tõttas appi|tulid appi|tuli appi|abista|abistas|aita|aitasid|liitlas|liitlaste|liitlasi|toetajad|toetajaks',
    ],
    [
      'talks',
      'garant|garandid|garantriigid|deeskalatsioonitsoon|deeskalatsioonitsoonid|' +
        'deeskalatsioon|relvarahu|vaherahu|rahukõnelused|rahuläbirääkimised|kolmepoolne|' +
        'kolmepoolsed|rahuprotsess|rahuprotsessi|põhiseaduskomitee|poliitiline lahendus|rahuplaan|rahuplaani|kolmikformaat|kolmikformaadis|kolmepoolsel|relvarahu',
    ],
    [
      'base',
      'baas|baasi|baasid|lennubaas|lennubaasi|mereväebaas|mereväebaasi|sõjaväebaas|sadam|' +
        'sadama|rent|rendile|tugipunkt|tugipunkti|tugipunktid|sõjaväebaasi|mereväebaasid',
    ],
    [
      'militia',
      'miilits|miilitsad|miilitsaid|relvarühmitus|relvarühmitused|käsilased|hezbollah|' +
        'hizbollah|fatemiyoun|zainabiyoun|šiiidi võitlejad|šiiitide miilitsad|' +
        'välisvõitlejad|võitlejad|võitlejaid|maavägi|maaväed|kohapeal|palgasõdur|palgasõdurid|palgasõdureid|palgasõdurite|iraanimeelne|iraanimeelsed|iraanimeelseid|iraanimeelsete|iraanimeelse|iraani toetatud|šiiit|šiiidid|šiiitide|šiiidi|šiia|võitlejate|relvarühmitusi|relvarühmituste',
    ],
    [
      'friction',
      'rivaalitsemine|rivaal|rivaalid|konkurents|konkurent|konkurendid|pinge|pinged|' +
        'pingeid|hõõrumine|hõõrumised|kokkupõrge|kokkupõrked|lõhe|erimeelsus|erimeelsused|' +
        'vastuolu|vastuolud|mõistlik abielu|huvide konflikt|konkureeri|konkureerivad|rivaalitse|vaidlus|vaidlused|vaidlusi|lahkheli|lahkhelid|lahkhelisid|hõõrde|hõõrdumine|hõõrumist|vastuolus|lahknevad huvid|erinevad huvid|vastukäivad huvid|lahknevate huvide|konkurentsi|konkurendiks',
    ],
    [
      'influence',
      'mõju|mõjusfäär|mõjusfääri|mõjusfäärid|lepingud|ülesehitus|ülesehitustööd|' +
        'majandushuvid|majanduslikud huvid|fosfaat|fosfaadid|ülesehitusleping|ülesehituslepingu|ülesehituslepingud|ülesehituslepingute|ülesehituslepinguid|taastamistööd|taastamistöödel|lepingute pärast|mõjuvõimu pärast|mõjuvõimu eest|mõjuvõimu',
    ],
    [
      'deconfliction',
      'dekonfliktsioon|otseliin|kuuma liini|vaatas mööda|pigistas silma kinni|' +
        'silma kinni pigistama|roheline tuli|rohelise tule|vaikiv nõusolek|' +
        'vaikimisi nõusolek|koordineerimismehhanism|pigistab silma kinni|pigistas silmad kinni|pigistab silmad kinni|vaatab mööda|vaatas läbi sõrmede|vaatab läbi sõrmede|kuum liin|kuuma liini kaudu',
    ],
    ['isis', 'islamiriik|islamiriigi|daesh|isis|isil'],
    [
      'terror',
      'terrorism|terrorismi|terrorist|terroristid|terroriste|džihadist|džihadistid|' +
        'äärmuslased|äärmuslasi|terrorismivastane|terrorismivastase',
    ],
    [
      'withdraw',
      'tõmbus tagasi|tagasitõmbumine|väljaviimine|viis välja|viis üle|ümberpaigutamine|' +
        'paigutas ümber|vähendas kohalolekut|kohaloleku vähendamine|vähendas|tõmbas tagasi|tõmbas välja|viidi üle|viidi välja|viis ära|toodi välja|vägede väljaviimine|vägede vähendamine|vähendas oma kohalolekut|vähendas kohalolekut|vähendanud|väljaviimise|ümberpaigutati|paigutati ümber',
    ],
    [
      'fill',
      'täitis tühimiku|täita tühimik|võimuvaakum|vaakum|tühimik|asus asemele|' +
        'võttis üle|üle võtnud|mahajäetud positsioonid|vabanenud positsioonid|vabanenud positsioone|vabanenud kohad|vabanenud ruumi|vaakumi täitis|vaakumi täitsid|täitsid tühimiku|täitis vaakumi|täitsid vaakumi|tühimiku täitis|tühimiku täitsid|hõivasid vabanenud',
    ],
    [
      'fall',
      'langemine|langes|kukutamine|kukutati|kukutatud|kokkuvarisemine|kokku varises|' +
        'põgenes|põgenemine|varjupaik|varjupaika|pagulus|pärast assadi|assadi langemine|varises kokku|varisesid kokku|kukkus kokku|kukuta|kukutasid|põgene|põgenesid|vallutasid damaskuse|damaskuse langemine|damaskuse vallutamine|režiimi lõpp|assadi režiimi lõpp|režiimi langemine|režiimi kokkuvarisemine|assadi kukutamine',
    ],
    [
      'rebels',
      'mässuline|mässulised|mässulisi|mässuliste|mässuliste pealetung|hts|' +
        'hayat tahrir al-sham|tahrir al-sham|al-sharaa|sharaa|jolani|al-jolani|' +
        'islamistid|islamiste|relvastatud opositsioon|opositsioonijõud|välksõjaline pealetung|ülestõusnud|ülestõusnute|opositsioonivõitlejad|opositsioonivõitlejate|mässuliste rühmitus|mässuliste rühmitused|mässulis',
    ],
    [
      'partnership',
      'partnerlus|partnerluse|partner|partnerid|liit|allianss|koostöö|suhe|suhted|' +
        'suhete|telg|teljele|sidemed|sõprus|lähenemine|koalitsioon|liitlassuhe|liitlassuhted|partnerlussuhe|strateegiline partnerlus|strateegilise partnerluse|koostöös|koostööd|liidu',
    ],
    [
      'deepen',
      'süvendama|süvendas|süvenev|süvenenud|kasvav|kasvab|tugevdama|tugevdas|tugevnenud|' +
        'tihedam|tihedamad|lähedasem|uus etapp|uude etappi|uus peatükk|uuele tasemele|' +
        'laiendama|laiendas|kinnistama|intensiivistama|süvenda|süvendavad|süvendasid|tugevda|tugevdavad|tugevdasid|laienda|laiendavad|tihenda|tihene|tihenenud|uuele tasandile|lähenevad|lähenenud',
    ],
    [
      'depend',
      'sõltuv|sõltuvus|sõltuvuse|toetub|noorem partner|nooremaks partneriks|' +
        'vanem partner|rollide vahetus|pöördus|pöördunud|sõltu|sõltub|sõltuvad|rollid on vahetunud|rollid vahetusid|rollivahetus|rollide vahetumine|pöördunud rollid|vajab iraani|vajab teherani|iraani abist',
    ],
    [
      'first_time',
      'esimest korda|esmakordselt|enneolematu|enneolematut|pretsedenditu|kunagi varem|esmakordne|esmakordse|esimest korda ajaloos|ajaloos esimest',
    ],
    [
      'mistrust',
      'usaldamatus|usaldamatust|umbusk|umbusku|kahtlustus|kahtlustused|kaebused|reetmine|' +
        'reetis|kahtlus|skeptitsism|suhete piirid|umbusaldus|umbusaldust|kahtlusta|ettevaatlik|ettevaatlikud|ettevaatlikult|solvumi',
    ],
    ['july', 'juuli|juulis'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'pole sellist teavet|meil pole teavet|meil ei ole teavet|meil pole infot|meil ei ole infot|pole sellist infot|ei ole osapool|pole osapool|ei ole sõja osapool|pole sõja osapool|ei ole konflikti osapool|pole konflikti osapool|poliitiliselt motiveeritud|poliitiliselt motiveerituks|poliitilistel eesmärkidel|tal pole sellist teavet|neil pole sellist teavet|sellist teavet ei ole',
    ],
    ['strike', 'pihta|lasi välja|lasid välja|välja lasknud|välja lasti|välja saadetud'],
    [
      'sanction',
      'sanktsiooninimekiri|sanktsiooninimekirja|sanktsiooninimekirjas|sanktsiooninimekirjadesse|sanktsiooninimekirjast|sanktsioonimeetmed|sanktsioonimeetmeid|sanktsioonirežiim|sanktsioonirežiimi',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    ['deny', 'kummalegi poolele|kumbagi poolt|esitagu tõendid'],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'ameerika päritolu|lääne päritolu|ameerika komponendid|lääne komponendid|pooljuhid|pooljuhte|mikroelektroonika|elektroonikakomponendid',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi|araktši'],
    ['since', 'alates'],
  ],
};
