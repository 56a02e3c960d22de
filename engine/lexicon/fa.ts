/**
 * Persian lexicon. The tokenizer drops the half-space (ZWNJ), so "پهپاد‌های" is read as
 * "پهپادهای" and plural endings are rules. Words with common other senses are phrases only:
 * "شاهد" (witness) counts as "شاهد ۱۳۶", "آستانه" (threshold) as "روند آستانه".
 */
import {
  ADJ,
  DRONE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  SOLEIMANI,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import { PERSIAN, transliterated } from './script';
import type { Lexicon } from './types';

/** The Persian lexicon. */
export const FA: Lexicon = transliterated(PERSIAN, {
  lang: 'fa',
  suffixes: 'hAy>;hA>;y>',
  terms: [
    [IRAN, 'AyrAn;thrAn;sPAh;xAmnhAy'],
    [IRAN | ADJ, 'AyrAny'],
    [IRAN | SOLEIMANI, 'slymAny'],
    [RUSSIA, 'rwsyh;mskw;krmlyn;Pwtyn'],
    [RUSSIA | ADJ, 'rws'],
    [DRONE, 'PhPAd'],
    [MODEL | DRONE, '$Ahd 136;PhPAd $Ahd|PhPAdhAy $Ahd'],
    [WEAPON, 'slAH;tslyHAt;mw$k'],
    [TRANSFER, 'ArsAl;tHwyl;frw$;xryd;twlyd'],
    [HELP, 'hmkAry;HmAyt;kmk;qrArdAd;tk*yb;tHrym'],
    [SYRIA, 'swryh'],
    [SYRIA | ADJ, 'swry'],
    [SYRIA | SYRIA_WAR, 'b$Ar Asd;dm$q;Hlb'],
    [SYRIA_STRONG | SYRIA, 'rwnd CstAnh|n$st CstAnh'],
    [UKRAINE, 'AwkrAyn'],
    [THEATRE, 'AsrAQyl;Hwvy;ymn'],
    [LEISURE, 'wrz$;fwtbAl;j$nwArh'],
    [VISIT, 'sfr;dydAr'],
  ],
});
