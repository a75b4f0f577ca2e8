// Office name, today's date (Buddhist era) and the time, and the language buttons.
import { formatDate, formatTime, pick, type Lang, type Localized } from '@oss/shared';
import { useNow } from '@oss/shared/client';
import { LangSwitch } from '../common/lang-switch.js';
import { DEFAULT_OFFICE_NAME } from '../common/office.js';

interface Props {
  lang: Lang;
  onLang: (lang: Lang) => void;
  office: Localized | undefined;
  timeZone: string;
}

export function Header({ lang, onLang, office, timeZone }: Props) {
  const now = useNow(1000);
  const name = office ?? DEFAULT_OFFICE_NAME;
  return (
    <header className="kiosk-header">
      <div className="kiosk-office">
        <div className="kiosk-office-name">{pick(name, lang)}</div>
        <div className="kiosk-clock" data-testid="clock">
          {formatDate(now, lang, timeZone)} · {formatTime(now, timeZone)}
          {lang === 'th' ? ' น.' : ''}
        </div>
      </div>
      <LangSwitch lang={lang} onChange={onLang} />
    </header>
  );
}
