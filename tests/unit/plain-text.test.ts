import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../engine/plain-text';

describe('textToBlocks', () => {
  it('splits on blank lines and rejoins hard-wrapped lines', () => {
    expect(textToBlocks('One line\nwrapped.\n\n\nTwo.\r\n')).toEqual([
      { text: 'One line wrapped.' },
      { text: 'Two.' },
    ]);
  });

  it('uses one block per line when there are no blank lines', () => {
    expect(textToBlocks('First.\nSecond.\n')).toEqual([{ text: 'First.' }, { text: 'Second.' }]);
  });
});
