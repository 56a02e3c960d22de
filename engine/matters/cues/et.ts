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
    // Phrases and compounds first where a part alone would mean another concept.
    [
      'anti_west',
      'lääne sanktsioonid|lääne sanktsioonide|sanktsioonide all|sanktsioonidest mööda|' +
        'sanktsioonide vältimine|isoleeritud|isolatsioon|isolatsiooni|paaria|paariariik|' +
        'läänevastane|läänevastase|ameerikavastane|maailmakord|maailmakorra|mitmepolaarne|' +
        'mitmepolaarse|hegemoonia',
    ],
    [
      'ties_econ',
      'kaubandus|kaubanduse|kaubavahetus|kaubavahetuse|gaas|gaasi|nafta|gazprom|' +
        'energialeping|investeering|investeeringu|investeeri|koridor|koridori|' +
        'põhja-lõuna koridor|raudtee|raudtee|pank|panga|pangad|swift|rubla|riaal|valuuta|' +
        'leping|lepingu|memorandum|majandus|majanduse|majandusliku|majanduslik|nisu|tollid|' +
        'euraasia majandusliit',
    ],
    [
      'energy',
      'elektrivõrk|elektrivõrgu|energiataristu|energiataristut|energiasüsteem|' +
        'energiasüsteemi|elektrijaam|elektrijaama|elektrijaamad|soojuselektrijaam|' +
        'alajaam|alajaama|alajaamad|elekter|elektri|elektrit|elektrikatkestus|' +
        'elektrikatkestused|voolukatkestus|voolukatkestused|elektrita|küte|kütte|' +
        'kriitiline taristu|kriitilise taristu|elektriliinid|ukrenergo|energeetika',
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
    [
      'iran_leader',
      'hamenei|ali hamenei|kõrgeim juht|kõrgeima juhi|ajatolla|raisi|ebrahim raisi|' +
        'pezeshkian|pezeškian|rohani|rouhani|ahmadinejad|mokhber|iraani president',
    ],
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
    ['europe', 'euroopa|sõda euroopas|euroopa pinnal'],
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
        'saadab|andis üle|üle andnud|osta|ostis|ostnud|ostab|soetas|soetanud|sai|saanud|' +
        'hankis|hankinud',
    ],
    [
      'shipment',
      'saadetis|saadetise|saadetised|partii|lasti|kaubalend|kaubalennud|' +
        'transpordilennuk|transpordilennukid|õhusild',
    ],
    [
      'quantity',
      'sadu|sadade|sadadele|tuhandeid|tuhanded|tuhandete|mitusada|mitu sada|suur hulk|' +
        'suurel hulgal|kümneid',
    ],
    [
      'intel',
      'luure|luureandmed|luureandmete|luureteave|luureteabe|hinnang|hinnangu|' +
        'salastatuse|salastatusest vabastatud|satelliidipildid|satelliidifotod|' +
        'andmetel|luureraport',
    ],
    ['cash', 'sularaha|sularahas|pangatähed|eurot|eurod|raha|miljonit eurot'],
    ['gold', 'kuld|kulda|kulla|kullakangid|kullakange'],
    ['pay', 'maksis|maksnud|maksab|makse|maksed|tasus|tasunud|tasu'],
    ['exchange', 'vastutasuks|vastutasu|vahetus|vahetuseks|bartertehing'],
    [
      'captured_arms',
      'vallutatud|kinni võetud|trofeerelvad|trofee|javelin|nlaw|stinger|lääne relvad|' +
        'lääne relvi',
    ],
    [
      'air_campaign',
      'õhurünnak|õhurünnakud|õhurünnakuid|õhukampaania|õhukampaaniat|pommitamine|' +
        'pommitamise|pommitas|sõjalennuk|sõjalennukid|hävituslennuk|hävituslennukid|' +
        'pommitaja|pommitajad|õhutoetus|õhutoetust|lennuvägi|lennuväe|' +
        'õhu- ja kosmosejõud|õhujõud',
    ],
    [
      'strike',
      'rünnak|rünnaku|rünnakud|rünnakuid|rünnakute|ründa|ründas|ründasid|tabas|tabasid|' +
        'tabamus|löök|löögi|löögid|laine|sülem|tulista|tulistas|välja lastud|siht|' +
        'sihtmärk|sihtmärgi|plahvatus|plahvatused|pommitas',
    ],
    [
      'civilian',
      'tsiviilisik|tsiviilisikud|tsiviilisikuid|tsiviilelanik|tsiviilelanikud|' +
        'tsiviilelanikke|elumaja|elumaju|kortermaja|korterelamu|elurajoon|hukkus|hukkusid|' +
        'hukkunud|tapeti|tapetud|ohvrid|ohvreid|vigastatud|haavata|haavatud|kodud|haigla|kool',
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
        'kinnitust|fotod|fotodel|pildid näitavad|uurisid|uurijad|analüüs|ekspertiis',
    ],
    [
      'intercept',
      'alla tulistatud|tulistati alla|tulistas alla|alla tulistanud|kinni püütud|' +
        'kinni peetud|neutraliseeritud|neutraliseeris|hävitatud|hävitati|hävitas',
    ],
    [
      'air_defence',
      'õhutõrje|õhutõrjesüsteem|õhutõrjesüsteemid|õhukaitse|gepard|iris-t|nasams|patriot|' +
        'elektrooniline sõjapidamine|elektroonilise sõjapidamise|segaja|segajad|õhuhäire',
    ],
    [
      'tech',
      'lennuulatus|ulatus|ulatusega|kilomeetrit|km|lõhkepea|lõhkepeaga|kasulik last|mootor|' +
        'mootori|kiirus|kiirusega|juhtimine|gps|komponendid|komponente|kiibid|mikrokiibid|' +
        'maksumus|odav|odava|odavad|lõhkeaine|lõhkeainet|kilogrammi|kg|navigatsioon|' +
        'elektroonika|deltatiib|mopeed|muruniiduk',
    ],
    [
      'deny',
      'eita|eitab|eitas|eitanud|eitamine|lükkas tagasi|lükkab tagasi|alusetu|alusetud|' +
        'valed|väljamõeldis|väljamõeldud|propaganda|spekulatsioon|spekulatsioonid|' +
        'pole tarninud|ei ole tarninud|ei tarninud|mingeid droone',
    ],
    [
      'admit',
      'tunnistas|tunnistanud|möönis|möönab|väike kogus|väikese koguse|piiratud arv|' +
        'enne sõda|enne sõja algust|kuud enne sõda',
    ],
    [
      'train',
      'väljaõpe|väljaõppe|väljaõpet|koolitus|koolituse|koolitas|koolitama|treeni|treenis|' +
        'instruktor|instruktorid|instruktoreid|õpetas|kasutama õpetama',
    ],
    [
      'advisers',
      'nõunik|nõunikud|nõunikke|spetsialist|spetsialistid|spetsialiste|tehnik|tehnikud|' +
        'sõjaväelased|sõjaväelasi|eksperdid|eksperte|operaatorid|iraani sõjaväelased',
    ],
    [
      'irgc',
      'revolutsioonikaardivägi|revolutsioonikaardiväe|revolutsioonilise kaardiväe|' +
        'islami revolutsiooni kaardivägi|irgc|quds|qudsi üksus|qudsi väed|pasdaran',
    ],
    [
      'produce',
      'tootmine|tootmis|toodab|toodetud|tootma|tehas|tehase|tehased|tehastes|' +
        'kokkupanek|kokku pandud|montaaž|litsents|litsentsi|lokaliseeri|tootmisliin|' +
        'tootmisliini|masstootmine|seeriatootmine|tööjõud|töölised',
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
        'ekspordikontroll|piiravad meetmed|piiravaid meetmeid',
    ],
    [
      'un_violation',
      'resolutsioon 2231|resolutsiooni 2231|julgeolekunõukogu|rikkumine|rikkumise|rikub|' +
        'rikkus|relvaembargo|embargo|snapback|resolutsioon|resolutsiooni',
    ],
    [
      'diplomatic',
      'suursaadik|suursaadiku|saadik|saatkond|saatkonna|akrediteering|akrediteeringu|' +
        'diplomaat|diplomaadid|diplomaate|diplomaatilised suhted|diplomaatiliste suhete|' +
        'välja saadetud|saatis välja|riigist välja|suhete katkestamine|katkestas suhted|' +
        'asjur|persona non grata|kutsuti välisministeeriumi|vaikse protesti',
    ],
    [
      'test_ground',
      'katsepolügoon|polügoon|katsepolügooniks|testimisväli|lahingus järele proovitud|' +
        'lahingus testitud|lahingukogemus|lahingukogemust|vaateaken|katselabor',
    ],
    [
      'stakes',
      'tulu|tulud|tulusid|relvaeksport|relvaekspordi|kliendid|kliente|ostjad|prestiiž|' +
        'mõjuvõim|hoob|hooba|kasum|kasu|eelis|eelised|risk|riski|riskid|panus|hasart|motiiv',
    ],
    [
      'visit',
      'visiit|visiidi|külastas|külastus|külastuse|külastama|sõitis|lendas|saabus|kohtus|' +
        'kohtusid|kohtumine|kohtumisel|tippkohtumine|kõnelused|läbirääkimised|võõrustas',
    ],
    [
      'persuade',
      'veenma|veenis|veennud|veenda|keelitas|lobitöö|nõudis|plaan|plaani|plaanis|kaardid|kaarte',
    ],
    [
      'intervention',
      'sekkumine|sekkumise|sekkus|sekkuma|sõtta astumine|astus sõtta|paigutamine|' +
        'paigutas|lähetas|sõjaline operatsioon|sõjalise operatsiooni|sõjaline kampaania|' +
        'väed|vägede|kontingent|sõjaline kohalolek|sõjalise kohaloleku',
    ],
    [
      'rescue',
      'päästis|päästsid|päästma|päästa|päästmine|võimul hoidma|võimul hoidnud|võimul|' +
        'toetas püsti|ellujäämine|ellujäämise|pöördepunkt|päästerõngas|kokkuvarisemisest',
    ],
    [
      'backing',
      'toetus|toeta|toetaja|toetajad|liitlane|liitlased|liitlast|patroon|kaitsja|' +
        'õlg õla kõrval|ühiselt|koos|koordineeri|koordineerimine|sponsor|sõjaline abi|' +
        'sõjalist abi|abi',
    ],
    [
      'talks',
      'garant|garandid|garantriigid|deeskalatsioonitsoon|deeskalatsioonitsoonid|' +
        'deeskalatsioon|relvarahu|vaherahu|rahukõnelused|rahuläbirääkimised|kolmepoolne|' +
        'kolmepoolsed|rahuprotsess|rahuprotsessi|põhiseaduskomitee|poliitiline lahendus',
    ],
    [
      'base',
      'baas|baasi|baasid|lennubaas|lennubaasi|mereväebaas|mereväebaasi|sõjaväebaas|sadam|' +
        'sadama|rent|rendile',
    ],
    [
      'militia',
      'miilits|miilitsad|miilitsaid|relvarühmitus|relvarühmitused|käsilased|hezbollah|' +
        'hizbollah|fatemiyoun|zainabiyoun|šiiidi võitlejad|šiiitide miilitsad|' +
        'välisvõitlejad|võitlejad|võitlejaid|maavägi|maaväed|kohapeal',
    ],
    [
      'friction',
      'rivaalitsemine|rivaal|rivaalid|konkurents|konkurent|konkurendid|pinge|pinged|' +
        'pingeid|hõõrumine|hõõrumised|kokkupõrge|kokkupõrked|lõhe|erimeelsus|erimeelsused|' +
        'vastuolu|vastuolud|mõistlik abielu|huvide konflikt',
    ],
    [
      'influence',
      'mõju|mõjuvõimu|mõjusfäär|mõjusfääri|mõjusfäärid|lepingud|ülesehitus|ülesehitustööd|' +
        'majandushuvid|majanduslikud huvid|fosfaat|fosfaadid',
    ],
    [
      'deconfliction',
      'dekonfliktsioon|otseliin|kuuma liini|vaatas mööda|pigistas silma kinni|' +
        'silma kinni pigistama|roheline tuli|rohelise tule|vaikiv nõusolek|' +
        'vaikimisi nõusolek|koordineerimismehhanism',
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
        'paigutas ümber|vähendas kohalolekut|kohaloleku vähendamine|vähendas',
    ],
    [
      'fill',
      'täitis tühimiku|täita tühimik|võimuvaakum|vaakum|tühimik|asus asemele|' +
        'võttis üle|üle võtnud|mahajäetud positsioonid',
    ],
    [
      'fall',
      'langemine|langes|kukutamine|kukutati|kukutatud|kokkuvarisemine|kokku varises|' +
        'põgenes|põgenemine|varjupaik|varjupaika|pagulus|pärast assadi|assadi langemine',
    ],
    [
      'rebels',
      'mässuline|mässulised|mässulisi|mässuliste|mässuliste pealetung|hts|' +
        'hayat tahrir al-sham|tahrir al-sham|al-sharaa|sharaa|jolani|al-jolani|' +
        'islamistid|islamiste|relvastatud opositsioon|opositsioonijõud|välksõjaline pealetung',
    ],
    [
      'partnership',
      'partnerlus|partnerluse|partner|partnerid|liit|liidu|allianss|koostöö|suhe|suhted|' +
        'suhete|telg|teljele|sidemed|sõprus|lähenemine|koalitsioon',
    ],
    [
      'deepen',
      'süvendama|süvendas|süvenev|süvenenud|kasvav|kasvab|tugevdama|tugevdas|tugevnenud|' +
        'tihedam|tihedamad|lähedasem|uus etapp|uude etappi|uus peatükk|uuele tasemele|' +
        'laiendama|laiendas|kinnistama|intensiivistama',
    ],
    [
      'depend',
      'sõltuv|sõltuvus|sõltuvuse|toetub|noorem partner|nooremaks partneriks|' +
        'vanem partner|rollide vahetus|pöördus|pöördunud',
    ],
    [
      'first_time',
      'esimest korda|esmakordselt|enneolematu|enneolematut|pretsedenditu|kunagi varem',
    ],
    [
      'mistrust',
      'usaldamatus|usaldamatust|umbusk|umbusku|kahtlustus|kahtlustused|kaebused|reetmine|' +
        'reetis|kahtlus|skeptitsism|suhete piirid',
    ],
    ['july', 'juuli|juulis'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
  ],
};
