/** Slovak matter cues on news sentences (everyday wording, and words that must not count). */
import { D, S, describeMatterCues, type FirstCase, type NotCase } from './matter-cue-cases';

const FIRST: readonly FirstCase[] = [
  [
    S,
    'Moskva a Teherán priskočili Asadovi na pomoc, keď jeho režim začal kolabovať.',
    'S-JOINT-ASSAD',
  ],
  [
    S,
    'Proiránske ozbrojené skupiny a žoldnieri z Afganistanu bojujú na strane vládnych vojsk pri Aleppe.',
    'S-IRAN-FORCES',
  ],
  [S, 'Rusi a Iránci si v Sýrii konkurujú pri delení zákaziek na povojnovú obnovu.', 'S-FRICTION'],
  [
    S,
    'Po invázii na Ukrajinu Rusko odvelilo časť jednotiek zo Sýrie a uvoľnené pozície obsadili Iránci.',
    'S-DRAWDOWN-2022',
  ],
  [S, 'Povstalci dobyli Damask, režim sa zosypal a Asad ušiel do Moskvy.', 'S-FALL-2024'],
  [
    S,
    'Rusko sa v roku 2015 do sýrskej vojny zapojilo vojensky a jeho lietadlá zhadzovali bomby na povstalcov.',
    'S-INTERVENTION-2015',
  ],
  [D, 'Irán poskytol Rusku stovky dronov, tvrdia americkí predstavitelia.', 'D-SUPPLY'],
  [
    D,
    'Ruské drony v noci zasypali Charkov, zasiahnutá bola tepláreň a tisíce domácností ostali bez tepla.',
    'D-STRIKES',
  ],
  [D, 'Teherán obvinenia rázne odmieta a označuje ich za dezinformácie.', 'D-DENIAL'],
  [D, 'Iránski inštruktori na Kryme učili ruských vojakov ovládať drony.', 'D-TRAINING'],
  [D, 'Ukrajinská PVO v noci zneškodnila 37 ruských dronov.', 'D-UKR-DEFENCE'],
  [
    D,
    'Zelenskyj vyzval na prerušenie diplomatických stykov s Teheránom a vypovedal iránskeho veľvyslanca.',
    'D-UKR-DIPLO',
  ],
  [D, 'Brusel zaradil na sankčný zoznam ďalšie iránske firmy a zmrazil im majetok.', 'D-SANCTIONS'],
  [D, 'Rusko je dnes odkázané na iránske zbrane, úlohy sa vymenili.', 'X-SHIFT'],
  [D, 'Moskva a Teherán budujú spojenectvo namierené proti Západu.', 'X-ALIGNMENT'],
  [D, 'Na Ukrajine Irán zarába peniaze a skúša svoje zbrane v ostrom nasadení.', 'D-IRAN-STAKES'],
];
const NOT: readonly NotCase[] = [
  [S, 'Humanitárne organizácie pomáhajú sýrskym utečencom v Libanone.', 'S-JOINT-ASSAD'],
  [D, 'Premiér dodal, že rokovania o rozpočte pokračujú.', 'D-SUPPLY'],
  [D, 'Ruské vojská zničili most na ukrajinskom juhu.', 'D-UKR-DEFENCE'],
  [S, 'Ruské lietadlá bombardovali Idlib.', 'S-IRAN-FORCES'],
  [S, 'V roku 2024 padlo rozhodnutie o novom rozpočte.', 'S-FALL-2024'],
];
describeMatterCues('Slovak', FIRST, NOT);
