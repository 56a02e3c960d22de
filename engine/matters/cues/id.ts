/** Matter cues for language 'id': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Indonesian cues. The Indonesian lexicon's rules strip "-nya", "-kan", "-an", "-i" and the
 * prefixes "di-", "me(N)-", "pe(N)-" once each, so roots cover most verb and noun forms
 * ("dukung" -> "mendukung", "dukungan", "didukung"); forms whose root loses its first sound
 * ("memasok", "mengirim", "menyerang") are listed.
 */
export const ID_CUES: CueLexicon = {
  lang: 'id',
  cues: [
    [
      'anti_west',
      'anti-barat|anti barat|antibarat|menghindari sanksi|mengakali sanksi|terisolasi|' +
        'isolasi|dikucilkan|negara paria|multipolar|tatanan dunia|hegemoni|hegemoni as|' +
        'anti-amerika|anti amerika',
    ],
    [
      'ties_econ',
      'perdagangan|dagang|volume perdagangan|gas|gas alam|minyak|gazprom|kesepakatan energi|' +
        'investasi|koridor|koridor utara-selatan|jalur kereta|kereta api|bank|perbankan|rubel|' +
        'rial|mata uang|mata uang lokal|perjanjian|traktat|nota kesepahaman|ekonomi|gandum|' +
        'uni ekonomi eurasia|swift',
    ],
    [
      'energy',
      'jaringan listrik|infrastruktur energi|fasilitas energi|pembangkit listrik|' +
        'pembangkit|gardu|gardu induk|listrik|pemadaman|pemadaman listrik|padam|pemanas|' +
        'infrastruktur penting|infrastruktur vital|sistem energi|ukrenergo',
    ],
    [
      'miltech',
      'su-35|sukhoi|s-300|s-400|mig-29|yak-130|mi-28|satelit|khayyam|latihan gabungan|' +
        'latihan angkatan laut|latihan militer bersama|teknis-militer|jet tempur',
    ],
    [
      'nuclear',
      'nuklir|kesepakatan nuklir|program nuklir|jcpoa|pengayaan|uranium|' +
        'uranium yang diperkaya|iaea|badan energi atom|senjata nuklir|bom atom',
    ],
    [
      'iran_leader',
      'khamenei|ayatollah khamenei|ayatollah ali khamenei|pemimpin tertinggi|raisi|' +
        'ebrahim raisi|pezeshkian|masoud pezeshkian|rouhani|ahmadinejad|mokhber|presiden iran',
    ],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'soleimani|qassem soleimani|qasem soleimani|sulaimani'],
    [
      'assad',
      'assad|al-assad|bashar|bashar al-assad|rezim assad|pemerintahan assad|rezim suriah|' +
        'pemerintah suriah|rezim damaskus|damaskus',
    ],
    ['tehran', 'teheran|tehran'],
    ['moscow', 'moskow|kremlin'],
    [
      'white_house',
      'gedung putih|jake sullivan|sullivan|john kirby|kirby|dewan keamanan nasional|' +
        'penasihat keamanan nasional',
    ],
    [
      'us',
      'amerika serikat|amerika|washington|pentagon|departemen luar negeri as|biden|' +
        'blinken|cia|pejabat as|intelijen as|pemerintah as',
    ],
    ['israel', 'israel|idf|militer israel|netanyahu|golan|dataran tinggi golan|mossad'],
    ['turkey', 'turki|ankara|erdogan|erdoğan'],
    ['iraq', 'irak|baghdad|bagdad'],
    ['ukraine', 'ukraina|zelensky|zelenskyy|pemerintah ukraina|pemerintah kyiv'],
    ['syria', 'suriah|warga suriah'],
    [
      'city',
      'kota|kota-kota|perkotaan|kyiv|kiev|kharkiv|odesa|odessa|lviv|dnipro|zaporizhzhia|' +
        'mykolaiv|kherson|sumy|chernihiv|vinnytsia|zhytomyr|poltava|permukiman',
    ],
    ['crimea', 'krimea|semenanjung krimea|dzhankoi'],
    ['belarus', 'belarus|belarusia'],
    ['tatarstan', 'alabuga|yelabuga|tatarstan|zona ekonomi khusus'],
    ['kupiansk', 'kupiansk|kupyansk'],
    ['base_name', 'hmeimim|khmeimim|tartus|latakia|shairat|tiyas|t4'],
    ['hamadan', 'hamadan|nojeh'],
    ['astana', 'astana|nur-sultan|sochi|proses astana|format astana|perundingan astana'],
    ['europe', 'eropa|perang di eropa|tanah eropa'],
    ['west', 'barat|negara barat|negara-negara barat|nato'],
    [
      ['drone', 'strike'],
      'serangan drone|serangan pesawat tanpa awak|serangan pesawat nirawak|' +
        'serangan drone kamikaze|gelombang drone|kawanan drone',
    ],
    [['drone', 'supply'], 'pasokan drone|pengiriman drone|penjualan drone'],
    [['drone', 'produce'], 'pabrik drone|produksi drone'],
    [['drone', 'debris'], 'puing drone|bangkai drone'],
    [
      'drone',
      'drone|pesawat nirawak|nirawak|pesawat tanpa awak|tanpa awak|pesawat tak berawak|' +
        'kendaraan udara tak berawak|uav|drone kamikaze|shahed|geran|mohajer|kamikaze',
    ],
    [
      'supply',
      'pasok|memasok|pasokan|pemasok|kirim|mengirim|pengiriman|jual|beli|terima|menerima|' +
        'menyerahkan|diserahkan|transfer|ekspor|impor|peroleh|memperoleh|sedia|menyediakan|persenjatai',
    ],
    [
      'shipment',
      'kiriman|muatan|kargo|pesawat kargo|penerbangan kargo|jembatan udara|laut kaspia|' +
        'kapal|kapal kargo|gelombang pertama|pengiriman pertama|penerbangan',
    ],
    [
      'quantity',
      'ratusan|ribuan|beberapa ratus|hingga beberapa ratus|jumlah besar|dalam jumlah besar|' +
        'puluhan|lebih dari 1000',
    ],
    [
      'intel',
      'intelijen|informasi intelijen|laporan intelijen|penilaian|deklasifikasi|' +
        'citra satelit|foto satelit|menurut informasi|dinas intelijen|spionase|pengintaian',
    ],
    ['cash', 'uang tunai|tunai|uang kertas|euro|uang|juta euro|140 juta euro|koper berisi uang'],
    ['gold', 'emas|emas batangan|cadangan emas'],
    ['pay', 'bayar|membayar|pembayaran|dibayar|harga|biaya'],
    ['exchange', 'sebagai imbalan|imbalan|sebagai gantinya|pertukaran|barter|tukar|ditukar'],
    [
      'captured_arms',
      'rampasan|dirampas|disita|sita|javelin|nlaw|stinger|senjata barat|senjata rampasan',
    ],
    [
      ['air_campaign', 'strike'],
      'serangan udara|pengeboman|mengebom|dibom|bom|pemboman|serangan bom',
    ],
    [
      'strike',
      'serang|serangan|menyerang|diserang|hantam|menghantam|gempur|menggempur|gelombang|' +
        'rentetan|luncur|diluncurkan|meluncurkan|sasaran|target|menargetkan|ledakan|' +
        'serangan rudal|serangan besar-besaran|tembak|menembakkan',
    ],
    [
      'civilian',
      'warga sipil|sipil|permukiman warga|perumahan|tewas|korban|korban jiwa|terbunuh|' +
        'meninggal|luka-luka|terluka|rumah|rumah sakit|sekolah|gedung apartemen',
    ],
    ['night', 'malam|semalam|malam hari|tengah malam|sepanjang malam'],
    ['debris', 'puing|puing-puing|reruntuhan|serpihan|bangkai|pecahan|sisa-sisa'],
    [
      'markings',
      'tanda|penanda|tulisan|dicat|dicat ulang|diberi nama baru|berganti nama|nama baru|' +
        'nomor seri|huruf kiril|aksara kiril|kiril',
    ],
    [
      'identify',
      'identifikasi|mengidentifikasi|teridentifikasi|bukti|terbukti|konfirmasi|' +
        'mengonfirmasi|dikonfirmasi|foto|foto-foto|gambar menunjukkan|periksa|memeriksa|' +
        'diperiksa|penyelidik|penyelidikan|forensik|analisis',
    ],
    [
      'intercept',
      'ditembak jatuh|menembak jatuh|dicegat|mencegat|dihancurkan|dinetralkan|' +
        'dilumpuhkan|berhasil ditembak|ditangkis',
    ],
    [
      'air_defence',
      'pertahanan udara|sistem pertahanan udara|antipesawat|anti-pesawat|gepard|iris-t|' +
        'nasams|patriot|peperangan elektronik|jamming|pengacau sinyal|iron dome|kubah besi|' +
        'sirene serangan udara|rudal pencegat',
    ],
    [
      'tech',
      'jangkauan|jarak tempuh|kilometer|km|hulu ledak|muatan bahan peledak|mesin|kecepatan|' +
        'pemandu|navigasi|gps|komponen|cip|chip|mikrocip|biaya produksi|murah|bahan peledak|' +
        'kilogram|kg|sayap delta|elektronik|komponen barat|rancang|rancangan',
    ],
    [
      'deny',
      'bantah|membantah|bantahan|sangkal|menyangkal|tolak|menolak|tidak berdasar|' +
        'tak berdasar|palsu|bohong|kebohongan|rekayasa|propaganda|spekulasi|' +
        'tidak pernah mengirim|tidak mengirim senjata|bukan pihak',
    ],
    [
      'admit',
      'mengakui|akui|diakui|jumlah kecil|jumlah terbatas|sebelum perang|' +
        'beberapa bulan sebelum perang',
    ],
    ['train', 'latih|pelatihan|pelatih|instruktur|ajar|mengajari|mengoperasikan'],
    [
      'advisers',
      'penasihat|penasihat militer|spesialis|teknisi|personel militer|ahli|pakar|' +
        'ahli iran|operator',
    ],
    [
      'irgc',
      'garda revolusi|korps garda revolusi islam|garda revolusi iran|irgc|pasukan quds|' +
        'pasukan al-quds|pasdaran',
    ],
    [
      'produce',
      'produksi|memproduksi|diproduksi|pabrik|buatan|dibuat|manufaktur|perakitan|' +
        'rakit|dirakit|lisensi|lokalisasi|jalur produksi|produksi massal|fasilitas produksi',
    ],
    [
      ['ballistic', 'missile'],
      'rudal balistik|rudal balistik jarak pendek|rudal permukaan-ke-permukaan',
    ],
    ['missile', 'rudal|roket|peluru kendali|rudal jelajah'],
    ['ballistic', 'balistik|fateh|fateh-110|fath-360|zolfaghar|permukaan-ke-permukaan'],
    [
      'sanction',
      'sanksi|menjatuhkan sanksi|dikenai sanksi|daftar hitam|kementerian keuangan|' +
        'departemen keuangan as|ofac|pembekuan aset|dibekukan|kontrol ekspor|paket sanksi',
    ],
    [
      'un_violation',
      'resolusi 2231|2231|dewan keamanan|dewan keamanan pbb|pelanggaran|melanggar|' +
        'embargo senjata|embargo|snapback',
    ],
    [
      'diplomatic',
      'duta besar|dubes|kedutaan|kedutaan besar|utusan|akreditasi|diplomat|' +
        'staf diplomatik|usir|mengusir|diusir|turunkan hubungan|hubungan diplomatik|' +
        'memutus hubungan|persona non grata|kuasa usaha',
    ],
    [
      'test_ground',
      'ajang uji coba|uji coba|lapangan uji|tempat uji|teruji di medan perang|' +
        'pengalaman tempur|etalase|kondisi nyata|laboratorium',
    ],
    [
      'stakes',
      'pendapatan|ekspor senjata|pelanggan|pembeli|gengsi|prestise|daya tawar|keuntungan|' +
        'untung|manfaat|risiko|pertaruhan|taruhan|kepentingan',
    ],
    [
      'visit',
      'kunjungan|berkunjung|mengunjungi|lawatan|perjalanan|terbang ke|bertemu|pertemuan|' +
        'pembicaraan|konferensi tingkat tinggi|ktt|menjamu|tiba',
    ],
    ['persuade', 'bujuk|membujuk|meyakinkan|lobi|desak|mendesak|rencana|merencanakan|peta'],
    [
      'intervention',
      'intervensi|campur tangan|terjun ke perang|penempatan|pengerahan|kerahkan|' +
        'mengerahkan|operasi militer|kampanye militer|kehadiran militer|pasukan',
    ],
    [
      'air_campaign',
      'kampanye udara|pesawat tempur|jet|pembom|pesawat pengebom|kekuatan udara|' +
        'dukungan udara|angkatan udara|pasukan dirgantara',
    ],
    [
      'rescue',
      'selamatkan|menyelamatkan|diselamatkan|mempertahankan kekuasaan|menopang|' +
        'membalikkan keadaan|bertahan|penyelamat|dari kehancuran',
    ],
    [
      'backing',
      'dukung|dukungan|pendukung|sekutu|pelindung|berdampingan|bersama-sama|bersama|' +
        'koordinasi|berkoordinasi|bantuan militer|sokong|menyokong',
    ],
    [
      'talks',
      'penjamin|negara penjamin|zona de-eskalasi|de-eskalasi|gencatan senjata|' +
        'perundingan damai|pembicaraan damai|proses perdamaian|trilateral|tiga negara|' +
        'komite konstitusi|negosiasi|perundingan|solusi politik',
    ],
    [
      'base',
      'pangkalan|pangkalan udara|pangkalan angkatan laut|pangkalan militer|pelabuhan|sewa|' +
        'fasilitas militer',
    ],
    [
      'militia',
      'milisi|proksi|kelompok proksi|hizbullah|hezbollah|fatemiyoun|zainabiyoun|' +
        'milisi syiah|pejuang syiah|pejuang asing|pasukan darat|di lapangan|pejuang',
    ],
    [
      'friction',
      'persaingan|saingan|rival|ketegangan|gesekan|bentrok|bentrokan|keretakan|' +
        'perselisihan|perbedaan pendapat|tidak sepakat|konflik kepentingan|pernikahan politik',
    ],
    [
      'influence',
      'pengaruh|wilayah pengaruh|lingkup pengaruh|kontrak|rekonstruksi|pembangunan kembali|' +
        'kepentingan ekonomi|fosfat',
    ],
    [
      'deconfliction',
      'dekonfliksi|hotline|saluran langsung|menutup mata|lampu hijau|persetujuan diam-diam|' +
        'mekanisme koordinasi',
    ],
    ['isis', 'isis|isil|daesh|negara islam|islamic state'],
    ['terror', 'terorisme|teroris|jihadis|ekstremis|kontraterorisme|kontra-terorisme|anti-teror'],
    [
      'withdraw',
      'tarik|menarik|ditarik|penarikan|mundur|memindahkan|dipindahkan|relokasi|' +
        'mengurangi kehadiran|pengurangan pasukan',
    ],
    [
      'fill',
      'mengisi kekosongan|kekosongan|kekosongan kekuasaan|mengisi celah|ambil alih|' +
        'mengambil alih|posisi yang ditinggalkan',
    ],
    [
      'fall',
      'jatuh|kejatuhan|runtuh|keruntuhan|digulingkan|tumbang|melarikan diri|kabur|suaka|' +
        'pengasingan|pasca-assad|setelah assad',
    ],
    [
      'rebels',
      'pemberontak|kelompok pemberontak|serangan pemberontak|hts|hayat tahrir al-sham|' +
        'hayat tahrir al-syam|al-sharaa|sharaa|jolani|al-jolani|golani|oposisi bersenjata|' +
        'pasukan oposisi|oposisi suriah',
    ],
    [
      'partnership',
      'kemitraan|mitra|aliansi|persekutuan|kerja sama|kerjasama|hubungan|poros|' +
        'kemitraan strategis|persahabatan|koalisi|pendekatan',
    ],
    [
      'deepen',
      'memperdalam|mempererat|semakin erat|lebih erat|erat|tumbuh|berkembang|memperkuat|' +
        'diperkuat|memperluas|fase baru|babak baru|tahap baru',
    ],
    [
      'depend',
      'bergantung|ketergantungan|tergantung|mitra junior|mitra senior|pembalikan peran|' +
        'berbalik arah|beralih ke|berpaling ke',
    ],
    ['first_time', 'pertama kali|untuk pertama kalinya|belum pernah terjadi|pertama kalinya'],
    [
      'mistrust',
      'ketidakpercayaan|tidak percaya|kecurigaan|curiga|pengkhianatan|dendam|' +
        'batas hubungan|keraguan|beban sejarah',
    ],
    ['july', 'juli'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
  ],
};
