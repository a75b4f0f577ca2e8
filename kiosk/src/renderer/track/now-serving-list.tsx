// Which numbers are at which counters right now.
import type { Lang, Localized, NowServing } from '@oss/shared';
import { counterNameByName } from './counter-names.js';
import { T } from './messages.js';

interface Props {
  nowServing: NowServing[];
  counters: Array<{ id: number; name: string; names: Localized }> | undefined;
  ownNumber: string;
  lang: Lang;
}

export function NowServingList({ nowServing, counters, ownNumber, lang }: Props) {
  return (
    <section className="card" aria-labelledby="now-serving-title">
      <h2 id="now-serving-title">{T.nowServing[lang]}</h2>
      {nowServing.length === 0 ? (
        <p className="muted">{T.nobodyServed[lang]}</p>
      ) : (
        <table className="now-serving" data-testid="now-serving">
          <thead>
            <tr>
              <th scope="col">{T.number[lang]}</th>
              <th scope="col">{T.counter[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {nowServing.map((row) => (
              <tr key={`${row.number}-${row.counterName}`} className={row.number === ownNumber ? 'own' : undefined}>
                <td className="now-number">{row.number}</td>
                <td>{counterNameByName(counters, row.counterName, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
