// The staff member's own day at a glance, beside the waiting list.
import type { Lang, MeStatsResponse } from '@oss/shared';
import { t, type MessageKey } from '../messages';
import { minutesText } from '../time';

export function MyStats({ stats, lang }: { stats: MeStatsResponse | null; lang: Lang }) {
  const figures: Array<[MessageKey, string, string]> = [
    ['statsCalled', String(stats?.called ?? '–'), 'called'],
    ['statsServed', String(stats?.served ?? '–'), 'served'],
    ['statsNoShows', String(stats?.noShows ?? '–'), 'no-shows'],
    ['statsTransferred', String(stats?.transferred ?? '–'), 'transferred'],
  ];
  return (
    <section className="my-stats" aria-labelledby="my-stats-title" data-testid="my-stats">
      <h2 id="my-stats-title">{t('myFigures', lang)}</h2>
      <dl>
        {figures.map(([label, value, id]) => (
          <div key={id}>
            <dt>{t(label, lang)}</dt>
            <dd data-testid={`my-${id}`}>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('statsAvgService', lang)}</dt>
          <dd data-testid="my-avg">
            {minutesText(stats?.service.meanSeconds ?? null)} <small>{t('minutes', lang)}</small>
          </dd>
        </div>
      </dl>
    </section>
  );
}
