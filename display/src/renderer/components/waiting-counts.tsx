// How many wait for each service: the lobby's answer to "how long will this take".
import type { Service } from '@oss/shared';
import { MESSAGES } from '../messages';
import { Bilingual } from './bilingual';

export function WaitingCounts({ services }: { services: Service[] }) {
  return (
    <footer className="waiting" data-testid="waiting-counts">
      <div className="waiting-title">
        <Bilingual text={MESSAGES.waiting} />
      </div>
      <div className="waiting-grid">
        {services.map((s) => (
          <div key={s.id} className={`waiting-tile${s.open ? '' : ' waiting-closed'}`} data-testid={`waiting-${s.code}`}>
            <span className="waiting-code">{s.code}</span>
            <span className="waiting-name">
              <span className="waiting-name-th">{s.name.th}</span>
              <span className="waiting-name-en">{s.name.en}</span>
            </span>
            <span className="waiting-count" data-testid={`waiting-count-${s.code}`}>
              {s.waiting}
            </span>
          </div>
        ))}
      </div>
    </footer>
  );
}
