import { corpus, passagesOf } from '../../data/corpus';
import { PublishedDate } from '../passage/PublishedDate';

/**
 * What the corpus is and where each article comes from, so a reader can weigh every passage
 * the extension shows.
 */
export function AboutView() {
  return (
    <div class="fc-about">
      <h2>About the sources</h2>
      <p>
        Fact Context compares what you read with a small corpus bundled inside the extension:{' '}
        {corpus.sources.length} articles with {corpus.passages.length} passages. It covers reporting
        from 2015 to 2022 and is <strong>not a live feed</strong>: nothing is fetched, and newer
        events are not in it.
      </p>
      <p>
        Passages are shown <strong>as reported by each source, not as verified facts</strong>. The
        articles mix viewpoints and quality: one outlet is pro-Kremlin, and several are loose
        rewrites of Western reporting. Each passage says where it comes from and how its date is
        known.
      </p>
      <ul class="fc-sources">
        {corpus.sources.map((s) => (
          <li key={s.id}>
            <article class="fc-source" aria-labelledby={`source-${s.id}`}>
              <h3 id={`source-${s.id}`}>{s.title}</h3>
              <dl>
                <dt>Outlet</dt>
                <dd>{s.outlet}</dd>
                {s.attribution && (
                  <>
                    <dt>Credits</dt>
                    <dd>{s.attribution}</dd>
                  </>
                )}
                <dt>Published</dt>
                <dd>
                  <PublishedDate source={s} explain />
                </dd>
                <dt>About this source</dt>
                <dd>{s.sourceNote}</dd>
                <dt>Passages</dt>
                <dd>{passagesOf(s.id).length}</dd>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
