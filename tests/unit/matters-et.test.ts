/** Estonian matter cues on news sentences (everyday wording, and words that must not count). */
import { D, S, describeMatterCues, type FirstCase, type NotCase } from './matter-cue-cases';

const FIRST: readonly FirstCase[] = [
  [
    S,
    'Moskva ja Teheran tõttasid Assadile appi, kui tema režiim hakkas kokku varisema.',
    'S-JOINT-ASSAD',
  ],
  [
    S,
    'Iraanimeelsed relvarühmitused ja palgasõdurid võitlevad Aleppo lähedal valitsusvägede kõrval.',
    'S-IRAN-FORCES',
  ],
  [S, 'Venemaa ja Iraan konkureerivad Süürias ülesehituslepingute pärast.', 'S-FRICTION'],
  [
    S,
    'Pärast sissetungi Ukrainasse vähendas Venemaa oma kohalolekut Süürias ning vabanenud positsioonid hõivasid iraanlased.',
    'S-DRAWDOWN-2022',
  ],
  [
    S,
    'Mässulised vallutasid Damaskuse, režiim varises kokku ja Assad põgenes Moskvasse.',
    'S-FALL-2024',
  ],
  [
    S,
    'Vene lennukid pommitasid 2015. aastal Süürias mässuliste positsioone.',
    'S-INTERVENTION-2015',
  ],
  [D, 'Iraan varustas Venemaad sadade droonidega, väidavad USA ametnikud.', 'D-SUPPLY'],
  [
    D,
    'Vene droonid ründasid öösel Odessat, kahjustada sai energiaobjekt ja tuhanded majapidamised jäid vooluta.',
    'D-STRIKES',
  ],
  [D, 'Teheran lükkab süüdistused kindlalt ümber ja nimetab neid desinformatsiooniks.', 'D-DENIAL'],
  [D, 'Iraani ohvitserid õpetasid Krimmis Vene sõdureid droone juhtima.', 'D-TRAINING'],
  [D, 'Ukraina õhuvägi teatas, et öösel lasti alla 37 Vene drooni.', 'D-UKR-DEFENCE'],
  [D, 'Zelenskõi kutsus üles Iraaniga diplomaatilised sidemed katkestama.', 'D-UKR-DIPLO'],
  [
    D,
    'Euroopa Liit kiitis heaks uue sanktsioonipaketi Iraani droonitootjate vastu.',
    'D-SANCTIONS',
  ],
  [D, 'Venemaa sõltub nüüd Iraani relvadest, rollid on vahetunud.', 'X-SHIFT'],
  [D, 'Moskva ja Teheran sepistavad lääne vastu suunatud liitu.', 'X-ALIGNMENT'],
  [D, 'Iraan teenib sõjast raha ja katsetab oma relvi päris lahinguoludes.', 'D-IRAN-STAKES'],
];
const NOT: readonly NotCase[] = [
  // Estonian 'sai' (got) took English 'said' through the '-d' ending.
  [D, 'The White House said Russia was looking to Iran for hundreds of drones.', 'D-SUPPLY'],
  [S, 'Humanitaarorganisatsioonid aitavad Liibanonis Süüria põgenikke.', 'S-JOINT-ASSAD'],
  [D, 'Drooni rünnakus sai surma kaks inimest.', 'D-SUPPLY'],
  [D, 'Euroopa Liit arutas lääne sanktsioonide mõju.', 'X-ALIGNMENT'],
  [S, 'Vene lennukid pommitasid Idlibi.', 'S-IRAN-FORCES'],
  [D, 'Vangid lasti pärast läbirääkimisi vabaks.', 'D-SUPPLY'],
  [D, 'Nõukogude Liidu lagunemisest möödub 33 aastat.', 'X-ALIGNMENT'],
];
describeMatterCues('Estonian', FIRST, NOT);
