import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineFramings, stanceOf, withStance, type Framing } from '../../engine/stance';
import { parseStanceLines, speakerMatches } from '../../scripts/eval-stance/metrics';

const ROOT = join(import.meta.dirname, '../..');
const dev = parseStanceLines(readFileSync(join(ROOT, 'tests/fixtures/stance/dev.jsonl'), 'utf8'));

describe('stance on the development fixtures', () => {
  it('reads every line of the file', () => {
    expect(dev.errors).toEqual([]);
    expect(dev.items.length).toBeGreaterThanOrEqual(100);
    expect(new Set(dev.items.map((i) => i.lang))).toEqual(
      new Set(['en', 'ru', 'uk', 'fa', 'ar', 'fr', 'de']),
    );
  });

  it.each(dev.items.map((i) => [i.id, i] as const))('%s', (_id, item) => {
    const got = stanceOf(item.text);
    expect(got.stance).toBe(item.stance);
    if (item.speaker === null) expect(got.speaker).toBeNull();
    else expect(speakerMatches(got.speaker, item), `speaker ${got.speaker}`).toBe(true);
  });
});

/** Stance and speaker of one sentence, for compact expectations. */
const s = (text: string): [Framing['stance'], string | null] => {
  const f = stanceOf(text);
  return [f.stance, f.speaker];
};

describe('stance classes', () => {
  it('asserts a plain statement in the page voice', () => {
    expect(s('Iran delivered a new batch of Shahed drones to Russia in October.')).toEqual([
      'asserted',
      null,
    ]);
  });

  it('credits a reporting verb to its subject', () => {
    expect(s('Ukrainian officials said Russia launched 40 Iranian-made drones overnight.')).toEqual(
      ['attributed', 'Ukrainian officials'],
    );
  });

  it('reads "according to" and a speaker after the claim', () => {
    expect(s('According to the Pentagon, Iranian trainers are in Crimea.')).toEqual([
      'attributed',
      'the Pentagon',
    ]);
    expect(s('Iran sent the drones by sea, British intelligence said on Friday.')).toEqual([
      'attributed',
      'British intelligence',
    ]);
  });

  it('credits the innermost source of a nested attribution', () => {
    expect(
      s('The Times reported, citing two Western diplomats, that Iran had shipped more drones.'),
    ).toEqual(['attributed', 'two Western diplomats']);
  });

  it('names the person after a title, and a person set off by commas', () => {
    expect(s('Kremlin spokesman Dmitry Peskov said Moscow was not using Iranian drones.')).toEqual([
      'denied',
      'Dmitry Peskov',
    ]);
    expect(
      s('Nasser Kanaani, the ministry spokesman, said Iran sent drones before the war.'),
    ).toEqual(['attributed', 'Nasser Kanaani']);
    expect(
      s("The Pentagon's spokesman, Patrick Ryder, said Iranian advisers were in Crimea."),
    ).toEqual(['attributed', 'Patrick Ryder']);
    expect(
      s(
        'The Resistance Center, part of Ukraine’s special forces, reported that Iranians train Russians.',
      ),
    ).toEqual(['attributed', 'The Resistance Center']);
  });

  it('reads a speaker after the verb only when the verb comes first', () => {
    expect(s('“They are Iranian,” said Yuriy Ihnat of the air force.')).toEqual([
      'attributed',
      'Yuriy Ihnat',
    ]);
    // A pronoun is a speaker the sentence does not name: not the words after the verb.
    expect(s('He said the United States had seen Iranian drones in Crimea.')).toEqual([
      'attributed',
      null,
    ]);
  });

  it('reports a denial verb with its speaker', () => {
    expect(s('Tehran has repeatedly denied sending drones to Russia.')).toEqual([
      'denied',
      'Tehran',
    ]);
  });

  it('reads a negated verb of the matter as a denial', () => {
    expect(s('Iran’s ambassador said Tehran had not supplied any drones to Moscow.')).toEqual([
      'denied',
      'Iran’s ambassador',
    ]);
  });

  it('reads denials said in other words: no involvement, nothing to do with it, neutral', () => {
    expect(s('No Iranian drones have been used in Ukraine, the Kremlin said.')).toEqual([
      'denied',
      'the Kremlin',
    ]);
    expect(s('Tehran has rejected any involvement in the strikes on Kyiv.')).toEqual([
      'denied',
      'Tehran',
    ]);
    expect(s('Iran said it had nothing to do with the drone attacks.')).toEqual(['denied', 'Iran']);
    expect(s('В Кремле назвали сообщения о иранских дронах ложными.')).toEqual([
      'denied',
      'Кремле',
    ]);
    expect(s('وزارت خارجه این ادعاها را عاری از حقیقت دانست.')).toEqual(['denied', 'وزارت خارجه']);
  });

  it('takes "rejected" as a denial only when claims are rejected', () => {
    expect(s('Moscow rejected the accusations that it used Iranian drones.')).toEqual([
      'denied',
      'Moscow',
    ]);
    expect(s('Moscow rejected a ceasefire plan as Iranian drones struck Kyiv.')[0]).not.toBe(
      'denied',
    );
  });

  it('reads a claim called baseless or fake as a denial by whoever calls it so', () => {
    expect(s('Peskov called the reports about Iranian drones “fake news”.')).toEqual([
      'denied',
      'Peskov',
    ]);
    expect(s('Reports that Iran sent troops to Syria are false.')).toEqual(['denied', null]);
  });

  it('reads the speaker of a passive after "by"', () => {
    expect(s('The reports were denied by Iran’s mission to the UN.')).toEqual([
      'denied',
      'Iran’s mission to the UN',
    ]);
  });

  it('sets aside a denial that is only mentioned', () => {
    expect(s('Despite Tehran’s denials, Iranian drones keep hitting Kyiv.')).toEqual([
      'asserted',
      null,
    ]);
    expect(s('Although Tehran denies it, Iranian drones keep hitting Kyiv.')).toEqual([
      'asserted',
      null,
    ]);
    expect(s('Iran, which denies arming Russia, has built a drone plant there.')).toEqual([
      'asserted',
      null,
    ]);

    expect(s('After Tehran denied it, Kyiv showed the wreckage of an Iranian drone.')).toEqual([
      'asserted',
      null,
    ]);
    // A temporal clause sets aside a denial, not an attribution.
    expect(s('The trip came a day after Washington accused Tehran of supplying drones.')).toEqual([
      'attributed',
      'Washington',
    ]);
    expect(s('Kyiv says Iran sent the drones, a claim Tehran denies.')).toEqual([
      'attributed',
      'Kyiv',
    ]);
  });

  it('reads a speaker across a parenthesis before the verb', () => {
    expect(
      s('Ukraine’s military intelligence (HUR) said Russia had received new Shahed drones.'),
    ).toEqual(['attributed', 'Ukraine’s military intelligence']);
  });

  it('names a qualified medium as a source, and bare media or reports as no one', () => {
    expect(
      s('According to Iranian state media, Tehran has signed a drone deal with Moscow.'),
    ).toEqual(['attributed', 'Iranian state media']);
    expect(s('According to media reports, Tehran has signed a drone deal with Moscow.')).toEqual([
      'hedged',
      null,
    ]);
    expect(s('ذكرت تقارير إعلامية أن إيران أرسلت صواريخ إلى روسيا.')).toEqual(['hedged', null]);
  });

  it('reads Persian compound verbs in the perfect', () => {
    expect(s('مقامات آمریکایی اعلام کرده‌اند که ایران پهپاد به روسیه فرستاده است.')).toEqual([
      'attributed',
      'مقامات آمریکایی',
    ]);
    expect(s('مقامات ایرانی ارسال پهپاد به روسیه را تکذیب کرده‌اند.')).toEqual([
      'denied',
      'مقامات ایرانی',
    ]);
  });

  it('credits a short name and a colon opening a headline', () => {
    expect(s('Kremlin: reports of Iranian drones in Ukraine are fake.')).toEqual([
      'denied',
      'Kremlin',
    ]);
    expect(s('Zelensky: Iran has sent Russia another 300 drones.')).toEqual([
      'attributed',
      'Zelensky',
    ]);
  });

  it('is unsure of a negated denial and of a claim beside its denial', () => {
    expect(s('A spokesman did not deny that Tehran would provide drones.')).toEqual([
      undefined,
      null,
    ]);
    expect(s('Kyiv says Iran sent the drones, but Tehran denies it.')).toEqual([undefined, null]);
  });

  it('credits a partial admission to the one who makes it', () => {
    expect(s('Tehran acknowledged sending a few drones to Russia before the war.')).toEqual([
      'attributed',
      'Tehran',
    ]);
    expect(s('Иран отрицает поставки, однако признает, что передал дроны до войны.')).toEqual([
      'attributed',
      'Иран',
    ]);
  });

  it('hedges an unconfirmed claim, and a claim of unnamed reports', () => {
    expect(s('Russia reportedly paid for the drones in cash.')).toEqual(['hedged', null]);
    expect(s('Iran may have sent missiles as well.')).toEqual(['hedged', null]);
    expect(s('Media reports said Iran had sent missiles to Russia.')).toEqual(['hedged', null]);
    // "May" the month is no hedge.
    expect(s('Iran sent the first drones to Russia in May 2022.')).toEqual(['asserted', null]);
  });

  it('says nothing of a question or a condition', () => {
    expect(s('Did Iran send drones to Russia?')).toEqual([undefined, null]);
    expect(s('If Iran sends ballistic missiles to Russia, Europe will respond.')).toEqual([
      undefined,
      null,
    ]);
  });

  it('reads Russian and Ukrainian word order', () => {
    expect(s('Как заявил глава МИД Ирана Аббас Аракчи, Тегеран не поставлял оружие.')).toEqual([
      'denied',
      'Аббас Аракчи',
    ]);
    expect(s('За словами Зеленського, Росія отримала від Ірану нові дрони.')).toEqual([
      'attributed',
      'Зеленського',
    ]);
  });

  it('reads Persian and Arabic word order', () => {
    expect(s('سخنگوی دولت ایران ادعای ارسال پهپاد به روسیه را تکذیب کرد.')).toEqual([
      'denied',
      'سخنگوی دولت ایران',
    ]);
    expect(s('قال مسؤول أوكراني إن روسيا أطلقت طائرات مسيرة إيرانية.')).toEqual([
      'attributed',
      'مسؤول أوكراني',
    ]);
    expect(s('نفت طهران تزويد روسيا بطائرات مسيرة.')).toEqual(['denied', 'طهران']);
    // A bare place name after the verb is the speaker; the next place is the object.
    expect(s('اتهمت واشنطن طهران بتزويد روسيا بالطائرات المسيرة.')).toEqual([
      'attributed',
      'واشنطن',
    ]);
    expect(s('ایالات متحده ایران را به ارسال پهپاد به روسیه متهم کرد.')).toEqual([
      'attributed',
      'ایالات متحده',
    ]);
    // "نفيها" (its denial) takes the speaker of the verb before it.
    expect(s('أكدت الخارجية الإيرانية نفيها القاطع إرسال طائرات مسيرة إلى روسيا.')).toEqual([
      'denied',
      'الخارجية الإيرانية',
    ]);
  });

  it('reads French and German hedges and denials', () => {
    expect(s('Moscou aurait reçu des drones iraniens.')).toEqual(['hedged', null]);
    expect(s('Teheran bestreitet jede Lieferung von Drohnen an Russland.')).toEqual([
      'denied',
      'Teheran',
    ]);
    expect(s('Laut dem Pentagon soll Iran Raketen geliefert haben.')).toEqual([
      'attributed',
      'dem Pentagon',
    ]);
  });
});

describe('stance of longer texts and bad input', () => {
  it('lets a denial outweigh an attribution, and asserts only when every sentence does', () => {
    expect(
      combineFramings([
        { stance: 'attributed', speaker: 'US officials' },
        { stance: 'denied', speaker: 'Tehran' },
      ]),
    ).toEqual({ stance: 'denied', speaker: 'Tehran' });
    expect(combineFramings([{ stance: 'asserted', speaker: null }, { speaker: null }])).toEqual({
      speaker: null,
    });
    expect(
      stanceOf('Iran sent drones to Russia. US officials said the first batch arrived in August.'),
    ).toEqual({ stance: 'attributed', speaker: 'US officials' });
  });

  it('answers calmly for anything that is not text, and for huge input', () => {
    expect(stanceOf('')).toEqual({ speaker: null });
    expect(stanceOf(undefined as unknown as string)).toEqual({ speaker: null });
    const huge = `${'Officials said, '.repeat(60_000)}Iran denied it.`;
    const f = stanceOf(huge);
    expect(f.speaker === null || typeof f.speaker === 'string').toBe(true);
    expect(stanceOf('،،،، «» — ؟ ... !!!').stance).toBeUndefined();
  });

  it('fills a mention-like record without changing its other fields', () => {
    const m = { text: 'Moscow denied using Iranian drones.', block: 2, start: 5, end: 40 };
    expect(withStance(m)).toEqual({ ...m, stance: 'denied', speaker: 'Moscow' });
  });
});
