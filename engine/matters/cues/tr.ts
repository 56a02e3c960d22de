/** Matter cues for language 'tr': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Turkish cues. Proper nouns take their endings after an apostrophe, which the tokenizer splits
 * off; other words are stems, and the Turkish lexicon's rules strip one ending ("füzeleri",
 * "gönderdi", "yaptırımlar"). Words that sentence-initial "İ" would spell differently are also
 * listed with the capital ("İstihbarat" lower-cases to a dotted "i").
 */
export const TR_CUES: CueLexicon = {
  lang: 'tr',
  cues: [
    // False friends (issue #11): "talimat" (instruction) is no "talim" (drill), "Celili" (Jalili) no
    // Polish "cel".
    [[], 'talimat|talimatı|talimatla|talimatlar|talimatını|talimatıyla|celili'],
    [
      'anti_west',
      'batı karşıtı|batı karşıtlığı|anti-batı|yaptırımları delmek|yaptırımları aşmak|' +
        'yaptırımları atlatmak|izole|izolasyon|tecrit|dışlanmış|çok kutuplu|dünya düzeni|' +
        'hegemonya|abd hegemonyası|amerikan karşıtı|amerika karşıtı',
    ],
    [
      'ties_econ',
      'ticaret|ticari|ticaret hacmi|doğalgaz|doğal gaz|gaz|petrol|gazprom|enerji anlaşması|' +
        'yatırım|koridor|kuzey-güney koridoru|demiryolu|banka|bankacılık|ruble|riyal|' +
        'para birimi|ulusal para|milli para|antlaşma|anlaşma|mutabakat|ekonomik|ekonomi|' +
        'buğday|avrasya ekonomik birliği|mir|swift|gümrük',
    ],
    [
      'energy',
      'enerji altyapı|enerji altyapısını|elektrik altyapı|elektrik altyapısını|enerji santrali|enerji santralleri|enerji tesislerini|elektrik santrallerini|santralleri|santrallere|' +
        'enerji altyapısı|enerji tesisi|enerji tesisleri|elektrik şebekesi|şebeke|' +
        'elektrik santrali|santral|termik santral|hidroelektrik santrali|trafo|' +
        'trafo merkezi|elektrik|elektrik kesintisi|kesinti|karartma|ısınma|kritik altyapı|' +
        'enerji sistemi|enerji altyapısına|ukrenergo',
    ],
    [
      'miltech',
      'su-35|sukhoi|suhoy|s-300|s-400|mig-29|yak-130|mi-28|uydu|hayyam|ortak tatbikat|' +
        'deniz tatbikatı|ortak deniz tatbikatı|askeri-teknik|askeri teknik',
    ],
    [
      'nuclear',
      'nükleer|nükleer anlaşma|nükleer program|nükleer programı|kapsamlı ortak eylem planı|' +
        'koep|jcpoa|zenginleştirme|zenginleştirilmiş uranyum|uranyum|uaea|iaea|' +
        'atom bombası|nükleer silah',
    ],
    [
      'iran_leader',
      'hamaney|ayetullah hamaney|ayetullah ali hamaney|dini lider|yüce lider|iran cumhurbaşkanı|İran cumhurbaşkanı',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'ruhani'],
    [['iran_leader', 'pres_raisi'], 'reisi|ibrahim reisi|mohber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmedinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeşkiyan|mesud pezeşkiyan'],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'süleymani|kasım süleymani|soleimani|kassem süleymani'],
    [
      'assad',
      'esad|beşar esad|beşşar esad|beşar el-esad|esed|esad rejimi|esad yönetimi|' +
        'suriye rejimi|şam rejimi|şam hükümeti|suriye hükümeti|baas rejimi',
    ],
    ['tehran', 'tahran'],
    ['moscow', 'moskova|kremlin'],
    [
      'white_house',
      'beyaz saray|jake sullivan|sullivan|john kirby|kirby|ulusal güvenlik konseyi|' +
        'ulusal güvenlik danışmanı',
    ],
    [
      'us',
      'abd|amerika|amerikan|amerika birleşik devletleri|washington|vaşington|pentagon|' +
        'biden|blinken|cia|amerikalı|abd yönetimi|abd dışişleri bakanlığı',
    ],
    [
      'israel',
      'İsrail|israil|İsrailli|israilli|idf|İsrail ordusu|netanyahu|golan|golan tepeleri|mossad',
    ],
    ['turkey', 'türkiye|türk|ankara|erdoğan|erdogan'],
    ['iraq', 'irak|ırak|ıraklı|iraklı|bağdat'],
    ['ukraine', 'ukrayna|ukraynalı|zelenski|zelenskiy|kiev yönetimi|kyiv yönetimi'],
    ['syria', 'suriye|suriyeli'],
    [
      'city',
      'şehir|kent|şehirler|kentler|kiev|kyiv|harkov|harkiv|odessa|odesa|lviv|lvov|dnipro|' +
        'zaporijya|zaporijia|zaporijye|mikolayiv|herson|sumi|çernigiv|vinnitsa|jitomir|' +
        'poltava|yerleşim yeri|yerleşim yerleri',
    ],
    ['crimea', 'kırım|kırım yarımadası|canköy|dzhankoi'],
    ['belarus', 'belarus|beyaz rusya|belaruslu'],
    ['tatarstan', 'alabuga|yelabuga|tataristan|özel ekonomik bölge'],
    ['kupiansk', 'kupiansk|kupyansk'],
    ['base_name', 'hmeymim|humeymim|tartus|lazkiye|şayrat|şeyrat|t4|tiyas'],
    ['hamadan', 'hemedan|hamedan|nojeh|nuje'],
    [
      'astana',
      'astana|nur-sultan|soçi|astana süreci|astana formatı|astana görüşmeleri|astana zirvesi',
    ],
    ['europe', 'avrupa|avrupa savaşı|avrupa topraklarında'],
    ['west', 'batı|batılı|nato|batılı ülkeler'],
    [
      ['drone', 'strike'],
      'İHA saldırısı|iha saldırısı|İHA saldırıları|drone saldırısı|dron saldırısı|' +
        'kamikaze İHA saldırısı|İHA sürüsü',
    ],
    [['drone', 'supply'], 'İHA tedariki|İHA sevkiyatı|drone tedariki|İHA teslimatı'],
    [['drone', 'produce'], 'İHA üretimi|İHA fabrikası|drone üretimi|drone fabrikası'],
    [['drone', 'debris'], 'İHA enkazı|İHA parçaları|düşürülen İHA'],
    [
      'drone',
      'İHA|iha|SİHA|siha|insansız hava aracı|insansız hava araçları|insansız|drone|dron|' +
        'kamikaze İHA|kamikaze drone|şahed|shahed|geran|muhacir|mohajer|kamikaze|' +
        'intihar dronu|intihar İHA',
    ],
    [
      'supply',
      'tedarik|tedarikçi|teslim|teslimat|gönder|gönderdi|gönderiyor|sevk|satış|sattı|satın|' +
        'satın aldı|satın almak|satacak|satıyor|temin|sağladı|sağlıyor|transfer|ihracat|' +
        'ithal|teslim aldı|silahlandır|aldığı',
    ],
    [
      'shipment',
      'sevkiyat|kargo|kargo uçağı|kargo uçakları|hava köprüsü|hazar denizi|gemi|gemiler|' +
        'ilk sevkiyat|ilk parti|uçuş|uçuşlar|yük|konteyner gemisi',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    ['supply', 'stoklarını yenile|stoklarını yenilemek|stoklarını yeniden doldur|ikmal'],
    ['quantity', 'stok|stoklar|stokları|stoklarını|cephanelik'],
    ['quantity', 'yüzlerce|binlerce|birkaç yüz|çok sayıda|onlarca|düzinelerce|1000den fazla'],
    [
      'intel',
      'istihbarat|İstihbarat|istihbarat raporu|istihbarat bilgileri|değerlendirme|' +
        'gizliliği kaldırılan|uydu görüntüleri|uydu fotoğrafları|bilgilere göre|' +
        'istihbarat servisi|casusluk|keşif',
    ],
    ['cash', 'nakit|nakit para|banknot|euro|avro|para|milyon euro|140 milyon euro|para dolu'],
    ['gold', 'altın|külçe altın|altın rezervleri'],
    ['pay', 'ödeme|ödemeler|ödedi|ödeyerek|ödenen|ödendi|bedel|fiyat|ücret'],
    [
      'exchange',
      'karşılığında|karşılık olarak|bunun karşılığında|takas|mukabil|değiş tokuş|' + 'ödeme olarak',
    ],
    [
      'captured_arms',
      'ele geçirilen|ele geçirdi|javelin|nlaw|stinger|batılı silahlar|el konulan|ganimet',
    ],
    [
      ['air_campaign', 'strike'],
      'hava saldırısı|hava saldırıları|hava harekâtı|hava harekatı|bombardıman|bombaladı|' +
        'bombalama|bombaladığı|hava bombardımanı',
    ],
    [
      'strike',
      'saldırı|saldırdı|saldırıyor|saldır|vurdu|vuruyor|hedef|hedefledi|hedef aldı|dalga|' +
        'saldırı dalgası|füze saldırısı|ateşlendi|fırlattı|fırlatıldı|patlama|patlamalar|' +
        'sürü|hedef alındı|isabet',
    ],
    [
      'civilian',
      'sivil|siviller|yerleşim alanı|konut|konutlar|öldü|öldürüldü|hayatını kaybetti|' +
        'can kaybı|yaralandı|yaralı|yaralılar|evler|hastane|okul|kurban|ölü',
    ],
    ['night', 'gece|gece boyunca|geceleyin|gece yarısı|gece saatlerinde'],
    ['debris', 'enkaz|parça|parçalar|kalıntı|kalıntılar|parçaları'],
    [
      'markings',
      'işaret|işaretler|işaretleme|yazı|yazılar|boyanmış|yeniden boyanmış|' +
        'yeniden adlandırıldı|yeniden adlandırılmış|seri numarası|seri numaraları|kiril|' +
        'kiril alfabesi|yeni isim|yeni adı',
    ],
    [
      'identify',
      'İran menşeli|iran menşeli|menşeli|İran yapımı|iran yapımı|İran üretimi|iran üretimi|' +
        'tespit|tespit edildi|kanıt|kanıtlar|delil|deliller|doğrula|doğruladı|teyit|' +
        'fotoğraflar|görüntüler gösteriyor|incele|inceleme|inceledi|müfettiş|müfettişler|' +
        'analiz|adli',
    ],
    [
      'intercept',
      'düşürüldü|düşürdü|düşürülen|düşürmek|önlendi|engellendi|imha edildi|' +
        'etkisiz hale getirildi|havada imha|vuruldu|önleme',
    ],
    [
      'air_defence',
      'hava savunma|hava savunması|hava savunma sistemi|hava savunma sistemleri|uçaksavar|' +
        'gepard|iris-t|nasams|patriot|elektronik harp|karıştırma|demir kubbe|hava alarmı|' +
        'önleme füzesi|mobil ateş grupları',
    ],
    [
      'tech',
      'menzil|kilometre|km|savaş başlığı|harp başlığı|faydalı yük|motor|motoru|hız|güdüm|' +
        'gps|bileşen|bileşenler|çip|çipler|mikroçip|maliyet|ucuz|patlayıcı|kilogram|kg|' +
        'navigasyon|delta kanat|elektronik|batı yapımı parçalar|tasarım|tasarlandı',
    ],
    [
      'deny',
      'yalanlama|reddediyor|kesinlikle reddetti|gerçeği yansıtmıyor|gerçek dışı|doğru değil|iftira|karalama|asılsız iddia|asılsız iddialar|haberleri yalanladı|' +
        'yalanla|yalanladı|reddet|reddetti|inkar|inkâr|asılsız|temelsiz|yalan|uydurma|' +
        'propaganda|spekülasyon|iddiaları reddetti|göndermedi|göndermedik|' +
        'silah göndermedik|hiçbir zaman',
    ],
    [
      'admit',
      'kabul etti|itiraf etti|itiraf|az sayıda|sınırlı sayıda|savaştan önce|' +
        'savaş başlamadan önce|savaştan aylar önce|kabul etmek',
    ],
    ['train', 'eğitim|eğit|eğitmen|eğitti|eğitiyor|öğret|kullanmayı öğret|talim'],
    [
      'advisers',
      'danışman|danışmanlar|askeri danışman|uzman|uzmanlar|teknisyen|teknisyenler|' +
        'askeri personel|operatör|İranlı uzmanlar|iranlı uzmanlar',
    ],
    [
      'irgc',
      'devrim muhafızları|Devrim Muhafızları|İslam Devrim Muhafızları|dmo|kudüs gücü|' +
        'kudüs güçleri|sepah|pasdaran|irgc',
    ],
    [
      'produce',
      'üretim|üret|üretti|üretiyor|üretilen|imalat|imal|fabrika|montaj|lisans|' +
        'lisanslı üretim|yerelleştir|yerelleştirme|üretim hattı|seri üretim|kitlesel üretim',
    ],
    [
      ['ballistic', 'missile'],
      'balistik füze|balistik füzeler|kısa menzilli balistik füze|karadan karaya füze',
    ],
    ['missile', 'füze|füzeler|roket|seyir füzesi'],
    ['ballistic', 'balistik|fateh|fateh-110|feth-360|fath-360|zülfikar|zolfaghar|karadan karaya'],
    [
      'sanction',
      'yaptırım|yaptırımlar|kara liste|kara listeye|hazine bakanlığı|abd hazine bakanlığı|' +
        'ofac|varlık dondurma|dondurulan|ihracat kontrolleri|yaptırım paketi|cezai tedbir',
    ],
    [
      'un_violation',
      '2231 sayılı karar|2231|güvenlik konseyi|bm güvenlik konseyi|ihlal|ihlali|ihlal etti|' +
        'silah ambargosu|ambargo|snapback|tetik mekanizması',
    ],
    [
      'diplomatic',
      'büyükelçi|büyükelçilik|elçi|elçilik|akreditasyon|diplomat|diplomatlar|sınır dışı|' +
        'maslahatgüzar|diplomatik ilişkiler|ilişkileri kesti|ilişkileri kesme|' +
        'istenmeyen kişi|persona non grata|dışişlerine çağrıldı',
    ],
    [
      'test_ground',
      'test sahası|deneme sahası|test alanı|savaşta test|sahada test|muharebe tecrübesi|' +
        'savaş tecrübesi|vitrin|gerçek koşullarda|laboratuvar',
    ],
    [
      'stakes',
      'gelir|gelirler|silah ihracatı|müşteri|müşteriler|prestij|itibar|koz|kazanç|avantaj|' +
        'fayda|risk|riskler|kumar|çıkar|çıkarlar|karşılık',
    ],
    [
      'visit',
      'ziyaret|ziyaret etti|gezi|seyahat|uçtu|görüştü|görüşme|görüşmeler|zirve|ağırladı|' +
        'bir araya geldi|resmi ziyaret|gizli ziyaret',
    ],
    [
      'persuade',
      'ikna|ikna etti|ikna etmek|ikna etmeye|lobi|çağrı|plan|planladı|harita|haritalar|' +
        'haritalarla',
    ],
    ['deploy', 'konuşlanma|konuşlandır|konuşlandırdı|askeri varlık|asker gönderdi'],
    [
      'intervention',
      'müdahale|askeri müdahale|savaşa girdi|savaşa girmesi|askeri operasyon|askeri harekât|askeri harekat|harekât|harekat|askeri kampanya',
    ],
    [
      'air_campaign',
      'hava kampanyası|savaş uçakları|savaş uçağı|jetler|bombardıman uçakları|hava gücü|' +
        'hava desteği|hava kuvvetleri|havadan destek|hava-uzay kuvvetleri',
    ],
    [
      'rescue',
      'kurtar|kurtardı|kurtarmak|kurtardığı|iktidarda tut|iktidarda tuttu|ayakta tut|' +
        'ayakta tuttu|savaşın seyrini değiştir|savaşın seyrini değiştirdi|hayatta kal|' +
        'can simidi|çöküşten kurtar',
    ],
    [
      'backing',
      'yardım|yardımına koştu|yardımına koştular|yardımcı oldu|destek verdi|destekliyor|destekleyen|arka çıktı|arka çıkıyor|arkasında durdu|yanında durdu|yanında durdular|safında|sırt verdi|himaye|hamisi|müttefikleri|' +
        'destek|destekledi|destekçi|destekçisi|müttefik|müttefiki|hami|koruyucu|omuz omuza|' +
        'birlikte|ortaklaşa|koordine|koordinasyon|eşgüdüm|askeri yardım|yanında yer aldı',
    ],
    [
      'talks',
      'garantör|garantör ülkeler|çatışmasızlık bölgesi|gerginliği azaltma bölgesi|ateşkes|' +
        'barış görüşmeleri|barış süreci|üçlü|üçlü zirve|anayasa komitesi|müzakere|' +
        'müzakereler|siyasi çözüm|siyasi süreç|' +
        'üç cumhurbaşkanı|üç lider|üç ülke|üç ülkenin|üçlü zirvesi|garantör devletler',
    ],
    // A summit of the three on Syria is the Astana format, wherever it meets (as in English).
    [['talks', 'syria'], 'suriye zirve|suriye zirvesi|suriye konulu zirve|suriye konulu zirvesi'],
    [
      'base',
      'üs|üssü|üsler|üsleri|hava üssü|deniz üssü|askeri üs|liman|limanı|kira|kiralama|' +
        'askeri tesis|askeri tesisler',
    ],
    [
      'militia',
      'savaşçıyı|savaşçıları|savaşçının|savaşçısı|İranlı savaşçılar|iranlı savaşçılar|İran destekli|iran destekli|İran yanlısı|iran yanlısı|milis güçler|milis grupları|paramiliter|İranlı güçler|iranlı güçler|İran güçleri|Şii milis|şii milis|' +
        'milis|milisler|vekil güçler|vekil|hizbullah|fatımiyun|fatemiyun|zeynebiyun|' +
        'şii milisler|şii savaşçılar|yabancı savaşçılar|kara kuvvetleri|sahada|savaşçı|' +
        'savaşçılar',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'tek sesle konuşmuyor|tek ses değil|aynı çizgide değil|aynı safta değil|her zaman aynı çizgide değil',
    ],
    [
      'friction',
      'rekabet|rakip|rakipler|gerilim|gerginlik|sürtüşme|çekişme|anlaşmazlık|' +
        'görüş ayrılığı|çıkar çatışması|mantık evliliği|zoraki ittifak|çatlak|ayrılık',
    ],
    [
      'influence',
      'nüfuz|etki|etki alanı|nüfuz alanı|ihale|ihaleler|sözleşme|sözleşmeler|yeniden inşa|' +
        'yeniden yapılanma|ekonomik çıkarlar|ekonomik çıkar|fosfat',
    ],
    [
      'deconfliction',
      'çatışmasızlık|koordinasyon mekanizması|sıcak hat|göz yumdu|göz yummak|yeşil ışık|' +
        'zımni onay|sessiz onay',
    ],
    ['isis', 'IŞİD|işid|ışid|DEAŞ|deaş|İslam Devleti|islam devleti'],
    [
      'terror',
      'terör|terörizm|terörist|teröristler|cihatçı|cihatçılar|aşırılıkçı|aşırılıkçılar|' +
        'terörle mücadele',
    ],
    [
      'withdraw',
      'kaydır|kaydırdı|kaydırıyor|geri çekti|askerlerini çekti|güçlerini çekti|terk etti|terk ediyor|boşalttı|tahliye etti|tahliye edildi|' +
        'çekil|çekildi|çekilme|çekiliyor|geri çekil|geri çekildi|geri çekilme|' +
        'yeniden konuşlandır|tahliye|azalt|azalttı|varlığını azalt|varlığını azalttı',
    ],
    [
      'fill',
      'yerini aldı|yerini alıyor|yerlerini aldı|yerine geçti|boşluğu doldurmaya|boşluğu dolduruyor|' +
        'boşluğu doldur|boşluğu doldurdu|boşluk|boşluğu|boşalan mevzi|boşalan mevziler|' +
        'devral|devraldı|kontrolü ele geçir',
    ],
    [
      'fall',
      'düşüş|çöküş|çöktü|devrildi|devrilme|devrilmesi|iktidardan düştü|kaçtı|sığınma|' +
        'sürgün|rejimin çöküşü|esad rejiminin çöküşü|' +
        // The end told as done: "the regime came to an end", "Assad left the country".
        'rejim son buldu|rejimi son buldu|rejimin sonu|ülkeden ayrıldı|ülkeyi terk etti|rejim düştü',
    ],
    [
      ['post_assad', 'rebels'],
      'esad sonrası|şam’daki yeni yönetim|şamdaki yeni yönetim|yeni suriye yönetimi|geçiş hükümeti|geçici hükümet|ahmed şara|ahmed el-şara|el-şara|şara',
    ],
    [
      'rebels',
      'isyancı|isyancılar|muhalif|muhalifler|hts|heyet tahrir el-şam|heyet tahrir eş-şam|' +
        'hayat tahrir eş-şam|heyet tahrir|şara|el-şara|colani|culani|silahlı muhalefet|' +
        'muhalefet güçleri|suriye milli ordusu',
    ],
    [
      'partnership',
      'ortaklık|ortak|ittifak|İttifak|işbirliği|iş birliği|İşbirliği|ilişki|ilişkiler|' +
        'eksen|stratejik ortaklık|yakınlaşma|dostluk|koalisyon',
    ],
    [
      'deepen',
      'derinleş|derinleşti|derinleştir|güçlen|güçlendir|güçlendirdi|daha yakın|genişlet|' +
        'yeni aşama|yeni dönem|yeni sayfa|pekiştir|pekiştirdi',
    ],
    [
      'depend',
      'bağımlı|bağımlılık|bağımlı hale|muhtaç|küçük ortak|kıdemli ortak|roller değişti|' +
        'rollerin tersine dönmesi|yönel|yöneldi',
    ],
    ['first_time', 'ilk kez|ilk defa|benzeri görülmemiş|emsalsiz|tarihte ilk'],
    [
      'mistrust',
      'güvensizlik|güvenmezlik|şüphe|kuşku|ihanet|kırgınlık|çekince|çekinceler|' +
        'geçmişin yükü|tarihsel güvensizlik',
    ],
    ['july', 'temmuz'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'bilgimiz yok|böyle bir bilgimiz|bilgimiz bulunmuyor|böyle bir bilgi yok|taraf değil|taraf değildir|taraf değiliz|taraf olmadığını|taraf olmadığımızı|taraflarından hiçbirine|ihraç etmemiştir|ihraç etmedi|ihraç etmediğini|göndermemiştir|göndermediğini|vermemiştir|vermediğini|tedarik etmedi|tedarik etmemiştir|tedarik etmediğini|satmadı|satmamıştır|satmadığını|siyasi amaçlı|siyasi motivasyonlu|siyasi güdümlü|böyle bir bilgisi|bilgisi bulunmuyor|böyle bir bilgi bulunmuyor',
    ],
    [
      'strike',
      'saldırdığını|saldırdığı|saldırılarında|saldırılarda|saldırıları|saldırılarla|saldırısında|saldırısıyla|saldırılarının|düzenlediği saldırı',
    ],
    [
      // Where a drone comes from, not what it is like: these name no concept.
      [],
      'iran tasarımı|İran tasarımı|iran tasarımlı|İran tasarımlı',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    ['deny', 'hiçbir tarafa|hiçbir tarafı|hiçbir tarafın|iki taraftan hiçbirine|kanıt sunsun'],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'amerikan menşeli|abd menşeli|batı menşeli|amerikan yapımı|abd yapımı|batı yapımı|amerikan parçalar|batılı parçalar|yarı iletken|yarı iletkenler|mikroelektronik|elektronik bileşen|elektronik bileşenler',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['fm_zarif', 'cevad zarif|javad zarif|muhammed cevad zarif|bakanı zarif|bakan zarif'],
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'abdullahiyan|abdollahian|emir abdullahiyan'],
    ['fm_araghchi', 'arakçi|erakçi|araghchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'çıkar ittifakı|mecburiyet ittifakı|zoraki ittifak|çıkarları farklı|çıkarları ayrışıyor',
    ],
  ],
};
