import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { detectMentions } from '../../engine/detect-core';
import { STAGE_LEXICONS } from '../../engine/lexicon/stages';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import {
  EXTRA_STAGES,
  STAGE_LANGS,
  inExtraScripts,
  stageOf,
} from '../../engine/lexicon/stage-langs';

const langs = (list: readonly { lang: string }[]) => list.map((l) => l.lang);

describe('the detector stages', () => {
  it('ship every lexicon in exactly one stage, English first in each', () => {
    expect(STAGE_LEXICONS[1]).toBe(BASE_LEXICONS);
    for (const stage of Object.values(STAGE_LEXICONS)) expect(stage[0]?.lang).toBe('en');
    const shipped = [
      ...langs(BASE_LEXICONS),
      ...EXTRA_STAGES.flatMap((n) => langs(STAGE_LEXICONS[n]).slice(1)),
    ];
    expect(new Set(shipped).size).toBe(shipped.length);
    expect(shipped.sort()).toEqual(langs(DEFAULT_LEXICONS).sort());
  });

  it('are chosen by the language lists the always-on probe carries', () => {
    for (const n of EXTRA_STAGES) {
      expect(STAGE_LANGS[n]).toEqual(langs(STAGE_LEXICONS[n]).slice(1));
    }
    expect(stageOf('pl', [])).toBe(5);
    expect(stageOf('', ['ಇರಾನ್ ರಷ್ಯಾಕ್ಕೆ ಡ್ರೋನ್‌ಗಳನ್ನು ಕಳುಹಿಸಿದೆ'])).toBe(6);
    expect(stageOf('fr-FR', [])).toBe(4);
    expect(stageOf('pt-BR', [])).toBe(4);
    expect(stageOf('ru', [])).toBe(1);
    expect(stageOf('', ['Iran sent drones'])).toBe(1);
    expect(inExtraScripts('ईरान ने रूस को ड्रोन भेजे')).toBe(true);
    expect(inExtraScripts('איראן שלחה רחפנים לרוסיה')).toBe(true);
    expect(inExtraScripts('Iran sent Russia drones; Иран; إيران')).toBe(false);
  });

  it('find in a page of their languages what the whole detector finds', () => {
    const cases: Array<[string, readonly { lang: string }[]]> = [
      ['İran, Rusya’ya yüzlerce Şahed İHA’sı gönderdi.', STAGE_LEXICONS[2]],
      ['L’Iran ha fornito droni Shahed alla Russia per la guerra in Ucraina.', STAGE_LEXICONS[2]],
      ['Iraan on Venemaale tarninud Shahedi droone.', STAGE_LEXICONS[3]],
      ['Téhéran a livré des armes à Moscou pour sa guerre en Ukraine.', STAGE_LEXICONS[4]],
      ['Irańskie drony Shahed spadły na Kijów, twierdzi ukraińska armia.', STAGE_LEXICONS[5]],
      ['איראן שלחה לרוסיה מאות רחפני שאהד למלחמה באוקראינה.', STAGE_LEXICONS[6]],
      ['Иран передал России беспилотники для войны с Украиной.', BASE_LEXICONS],
    ];
    for (const [text, lexicons] of cases) {
      const whole = detectTopics(text);
      expect(whole, text).not.toEqual([]);
      const staged = detectMentions([{ text }], { lexicons: lexicons as never }).flatMap(
        (m) => m.topics,
      );
      expect([...new Set(staged)], text).toEqual(whole);
    }
  });
});
