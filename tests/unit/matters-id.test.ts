/** Indonesian matter cues on news sentences (everyday wording, and words that must not count). */
import { D, S, describeMatterCues, type FirstCase, type NotCase } from './matter-cue-cases';

const FIRST: readonly FirstCase[] = [
  [S, 'Moskow dan Teheran membantu Assad agar rezimnya tidak runtuh.', 'S-JOINT-ASSAD'],
  [
    S,
    'Kelompok bersenjata pro-Iran dan tentara bayaran dari Afganistan bertempur di sekitar Aleppo.',
    'S-IRAN-FORCES',
  ],
  [S, 'Rusia dan Iran bersaing memperebutkan proyek rekonstruksi di Suriah.', 'S-FRICTION'],
  [
    S,
    'Setelah invasi ke Ukraina, Rusia menarik mundur sebagian pasukannya dari Suriah dan milisi Iran menempati posisi yang ditinggalkan.',
    'S-DRAWDOWN-2022',
  ],
  [
    S,
    'Pemberontak merebut Damaskus, rezim tumbang dan Assad melarikan diri ke Moskow.',
    'S-FALL-2024',
  ],
  [
    S,
    'Pada 2015 Rusia turun tangan di Suriah dan jet-jet tempurnya membombardir posisi oposisi.',
    'S-INTERVENTION-2015',
  ],
  [D, 'Iran menyuplai ratusan drone kepada Rusia, kata pejabat AS.', 'D-SUPPLY'],
  [
    D,
    'Drone Rusia menghujani Odesa semalam, pasokan listrik terputus dan ribuan penduduk hidup tanpa pemanas.',
    'D-STRIKES',
  ],
  [D, 'Teheran menepis tuduhan itu dan menyebutnya hoaks.', 'D-DENIAL'],
  [D, 'Perwira Iran mengajar tentara Rusia di Krimea cara mengoperasikan drone.', 'D-TRAINING'],
  [D, 'Pasukan Ukraina berhasil menjatuhkan 37 drone Rusia semalam.', 'D-UKR-DEFENCE'],
  [D, 'Zelensky meminta agar Kyiv memutuskan hubungan dengan Teheran.', 'D-UKR-DIPLO'],
  [D, 'Rusia kini mengandalkan senjata Iran, peran keduanya terbalik.', 'X-SHIFT'],
  [D, 'Moskow dan Teheran membangun persekutuan untuk melawan Barat.', 'X-ALIGNMENT'],
  [D, 'Iran meraup devisa dan menguji senjatanya di medan perang sungguhan.', 'D-IRAN-STAKES'],
  [D, 'Rusia membayar drone itu dengan emas batangan.', 'D-PAYMENT'],
];
const NOT: readonly NotCase[] = [
  [S, 'Organisasi kemanusiaan membantu pengungsi Suriah di Lebanon.', 'S-JOINT-ASSAD'],
  [D, 'Amerika Serikat menjatuhkan sanksi baru terhadap perusahaan Iran.', 'D-UKR-DEFENCE'],
  [S, 'Pesawat Rusia membombardir Idlib.', 'S-IRAN-FORCES'],
  [D, 'Harga minyak jatuh setelah pertemuan OPEC.', 'D-UKR-DEFENCE'],
];
describeMatterCues('Indonesian', FIRST, NOT);
