// Office name, clock and date (Thai Buddhist era, then English). Its own component so the
// once-a-second tick re-renders only this.
import { formatDate, formatTime, type Office } from '@oss/shared';
import { useNow } from '@oss/shared/client';

const DEFAULT_TZ = 'Asia/Bangkok';

export function Header({ office }: { office: Office | null }) {
  const now = useNow(1000);
  const tz = office?.timezone ?? DEFAULT_TZ;
  return (
    <header className="board-header">
      <div className="office">
        <div className="office-th" data-testid="office-name">
          {office?.name.th ?? ''}
        </div>
        <div className="office-en">{office?.name.en ?? ''}</div>
      </div>
      <div className="clock">
        <div className="clock-time" data-testid="clock">
          {formatTime(now, tz)}
        </div>
        <div className="clock-date">
          <div className="clock-date-th" data-testid="date-th">
            {formatDate(now, 'th', tz)}
          </div>
          <div className="clock-date-en" data-testid="date-en">
            {formatDate(now, 'en', tz)}
          </div>
        </div>
      </div>
    </header>
  );
}
