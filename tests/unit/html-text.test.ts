import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToBlocks } from '../../engine/html-text';

const texts = (html: string) => htmlToBlocks(html).map((b) => b.text);

describe('htmlToBlocks', () => {
  it('makes one block per paragraph, heading, list item, cell, quote and caption', () => {
    const html =
      '<h2>Title</h2><p>One <b>bold</b> word.</p><ul><li>A</li><li>B</li></ul>' +
      '<table><tr><th>H</th><td>C</td></tr></table><blockquote>Q</blockquote>' +
      '<figure><img src="x.png"><figcaption>Cap</figcaption></figure><div>Div text</div>';
    expect(texts(html)).toEqual([
      'Title',
      'One bold word.',
      'A',
      'B',
      'H',
      'C',
      'Q',
      'Cap',
      'Div text',
    ]);
  });

  it('skips script, style, noscript, template, svg and the title', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var a = "<p>x</p>";</script>' +
      '<noscript>N</noscript><template><p>T</p></template><svg><text>S</text></svg><p>Kept</p></body></html>';
    expect(texts(html)).toEqual(['Kept']);
  });

  it('decodes named and numeric entities', () => {
    expect(
      texts('<p>Tehran&rsquo;s &amp; Moscow&#8217;s &#x2014; &euro;140m&nbsp;cash &bogus;</p>'),
    ).toEqual(['Tehran’s & Moscow’s — €140m cash &bogus;']);
    expect(decodeEntities('&#0; &#xD800;')).toBe('\ufffd \ufffd');
  });

  it('survives malformed markup', () => {
    expect(texts('<p>a < b and <b>unclosed <i>tags')).toEqual(['a < b and unclosed tags']);
    expect(texts('<p title="x > y">Quoted</p><!-- <p>comment</p> -->')).toEqual(['Quoted']);
    expect(texts('<p>Before<script>never closed')).toEqual(['Before']);
    expect(texts('')).toEqual([]);
    expect(texts('<<<>>>')).toEqual(['<<<>>>']);
  });

  it('keeps inline tags inside words', () => {
    expect(texts('<p>S<b>hahed</b>-136</p>')).toEqual(['Shahed-136']);
  });
});

describe('htmlToBlocks with letters whose lower case is longer', () => {
  it('still finds the end of a script after "İ"', () => {
    // "İ".toLowerCase() is two characters: searching a lower-cased copy by the original's
    // offsets used to miss </script> and drop the rest of the page.
    expect(texts('<p>İİİİİİİİİ</p><script>x</script><p>Kept</p>')).toEqual(['İİİİİİİİİ', 'Kept']);
  });
});
