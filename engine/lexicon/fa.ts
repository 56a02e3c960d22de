/**
 * Persian lexicon. The tokenizer drops the half-space (ZWNJ), so "پهپاد‌های" is read as
 * "پهپادهای" and plural endings are rules. Words with common other senses are phrases only:
 * "شاهد" (witness) counts as "شاهد ۱۳۶", "آستانه" (threshold) as "روند آستانه".
 */
import {
  ABET,
  ADJ,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  REF,
  RUSSIA,
  SOLEIMANI,
  STRONG,
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
    // Its commanders and ministers by name: Hajizadeh, Bagheri, Qaani, Pezeshkian.
    [
      IRAN,
      'AyrAn;thrAn;sPAh;xAmnhAy;lAryjAny;wlAyty;$mxAny;ErAqJy;hmdAn;nwjh;' +
        'HAjyzAdh|HAjy zAdh;bAqry;qACny;Pz$kyAn',
    ],
    [IRAN | ADJ, 'AyrAny'],
    [IRAN | SOLEIMANI, 'slymAny'],
    // "Made in Iran": "ساخت" alone is any building or making.
    [IRAN | ADJ | TRANSFER, 'sAxt AyrAn'],
    // And Russia's: Lavrov, Shoigu, Surovikin, Gerasimov, Peskov.
    [RUSSIA, 'rwsyh;mskw;krmlyn;Pwtyn;tAtArstAn;lAwrwf;$wygw;swrwwykyn;GrAsymwf;Pskwf'],
    [STRONG | RUSSIA, 'ClAbwGA'],
    [RUSSIA | ADJ, 'rws'],
    // "Unmanned" aircraft ("طیاره‌های بدون سرنشین", Dari), and the spelling "پهباد"; not
    // "unmanned" alone, which driverless cars and trains are too. A phrase's first word is
    // matched as written: its plural and ezafe forms are listed.
    [
      DRONE,
      'PhPAd|PhbAd;' +
        // With the half-space the tokenizer drops ("بدون‌سرنشین", "بی‌سرنشین") as well as a space.
        'hwAPymA bdwn srn$yn|hwAPymA bdwnsrn$yn|hwAPymA bysrn$yn|hwAPymAy bdwn srn$yn|hwAPymAy bdwnsrn$yn|hwAPymAy bysrn$yn|hwAPymAhA bdwn srn$yn|hwAPymAhA bdwnsrn$yn|hwAPymAhA bysrn$yn|hwAPymAhAy bdwn srn$yn|hwAPymAhAy bdwnsrn$yn|hwAPymAhAy bysrn$yn|TyArh bdwn srn$yn|TyArh bdwnsrn$yn|TyArh bysrn$yn|TyArhy bdwn srn$yn|TyArhy bdwnsrn$yn|TyArhy bysrn$yn|TyArhhA bdwn srn$yn|TyArhhA bdwnsrn$yn|TyArhhA bysrn$yn|TyArhhAy bdwn srn$yn|TyArhhAy bdwnsrn$yn|TyArhhAy bysrn$yn|Prndh bdwn srn$yn|Prndh bdwnsrn$yn|Prndh bysrn$yn|Prndhy bdwn srn$yn|Prndhy bdwnsrn$yn|Prndhy bysrn$yn|PrndhhA bdwn srn$yn|PrndhhA bdwnsrn$yn|PrndhhA bysrn$yn|PrndhhAy bdwn srn$yn|PrndhhAy bdwnsrn$yn|PrndhhAy bysrn$yn;' +
        // "Suicide birds", the press's word for the kamikaze drones.
        'Prndh AntHAry|Prndhy AntHAry|PrndhhA AntHAry|PrndhhAy AntHAry',
    ],
    [MODEL | DRONE, '$Ahd 136;PhPAd $Ahd|PhPAdhAy $Ahd|srn$yn $Ahd'],
    [WEAPON, 'slAH;tslyHAt;mw$k;wsAyl nZAmy|tjhyzAt nZAmy'],
    // Arming a party: "تسلیح" (the verbal noun), the party right after receives (`GIVE`: "تسلیح
    // روسیه"). "Armed" ("مسلح") alone is also "نیروهای مسلح" (armed forces).
    [WEAPON | TRANSFER | GIVE, 'tslyH'],
    // Given or sent to Moscow: the verb alone ("داده") has countless other senses.
    [RUSSIA | TRANSFER, 'bh mskw dAdh'],
    [TRANSFER, 'ArsAl;tHwyl;frw$;xryd;twlyd'],
    [HELP, 'hmkAry;HmAyt;kmk;qrArdAd;tk*yb;tHrym'],
    [SYRIA, 'swryh'],
    [SYRIA | ADJ, 'swry'],
    [SYRIA | SYRIA_WAR, 'b$Ar Asd;dm$q;Hlb;Adlb;jng swryh;bHrAn swryh'],
    // Bases and proxies are places of the story, not Syria's war itself.
    [SYRIA, 'Hmymym;TrTws;lA*qyh;Hzb Allh|HzbAllh'],
    [REF | ABET, 'hmdsty'],
    [SYRIA_STRONG | SYRIA, 'rwnd CstAnh|n$st CstAnh'],
    [UKRAINE, 'AwkrAyn;kyyf;xArkyf;zlnsky;krymh'],
    [THEATRE, 'AsrAQyl;Hwvy;ymn;swdAn;Atywpy'],
    [LEISURE, 'wrz$;fwtbAl;j$nwArh;zlzlh'],
    [FROM, 'Az'],
    [VISIT, 'sfr;dydAr'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [HELP, 'sfAr$;bh dst Cwrdn|bh dst Cwrd'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'TrAHy'],
    [GOODS, 'hwAPymA'],
    [CIVIL, 'tjArt;msAfr'],
  ],
});
