import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { detectMentions } from '../../engine/detect-core';
import { EXTRA_LEXICONS_2, EXTRA_LEXICONS_3, EXTRA_LEXICONS_4 } from '../../engine/lexicon/extra';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import {
  EXTRA_LANGS_2,
  EXTRA_LANGS_3,
  EXTRA_LANGS_4,
  inExtraScripts,
  stageOf,
} from '../../engine/lexicon/stage-langs';

const langs = (list: readonly { lang: string }[]) => list.map((l) => l.lang);

describe('the detector stages', () => {
  it('ship every lexicon in exactly one stage, English first in each', () => {
    for (const stage of [BASE_LEXICONS, EXTRA_LEXICONS_2, EXTRA_LEXICONS_3, EXTRA_LEXICONS_4]) {
      expect(stage[0]?.lang).toBe('en');
    }
    const shipped = [
      ...langs(BASE_LEXICONS),
      ...langs(EXTRA_LEXICONS_2).slice(1),
      ...langs(EXTRA_LEXICONS_3).slice(1),
      ...langs(EXTRA_LEXICONS_4).slice(1),
    ];
    expect(new Set(shipped).size).toBe(shipped.length);
    expect(shipped.sort()).toEqual(langs(DEFAULT_LEXICONS).sort());
  });

  it('are chosen by the language lists the always-on probe carries', () => {
    expect(EXTRA_LANGS_2).toEqual(langs(EXTRA_LEXICONS_2).slice(1));
    expect(EXTRA_LANGS_3).toEqual(langs(EXTRA_LEXICONS_3).slice(1));
    expect(EXTRA_LANGS_4).toEqual(langs(EXTRA_LEXICONS_4).slice(1));
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
      ['İran, Rusya’ya yüzlerce Şahed İHA’sı gönderdi.', EXTRA_LEXICONS_2],
      ['L’Iran ha fornito droni Shahed alla Russia per la guerra in Ucraina.', EXTRA_LEXICONS_2],
      ['Iraan on Venemaale tarninud Shahedi droone.', EXTRA_LEXICONS_3],
      ['Téhéran a livré des armes à Moscou pour sa guerre en Ukraine.', EXTRA_LEXICONS_4],
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
