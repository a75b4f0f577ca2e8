// One service: what it is, the documents to bring, who the ticket is for, and the big button.
import type { Lang, Priority, Service } from '@oss/shared';
import { useState } from 'react';
import './service-detail.css';
import { otherLang } from '../common/lang.js';
import { M } from './messages.js';
import { PriorityPicker } from './priority-picker.js';
import { useIdle } from './use-idle.js';

interface Props {
  service: Service;
  lang: Lang;
  idleMs: number;
  onBack: () => void;
  onIdle: () => void;
  onIssue: (priority: Priority) => void;
  /** Chosen for the citizen when their ID card says 60+; they can still change it. */
  initialPriority?: Priority;
}

export function ServiceDetail({ service, lang, idleMs, onBack, onIdle, onIssue, initialPriority = 'none' }: Props) {
  const [priority, setPriority] = useState<Priority>(initialPriority);
  useIdle(idleMs, onIdle);
  const alt = otherLang(lang);
  return (
    <section className="detail" aria-labelledby="detail-title" data-testid="service-detail">
      <button type="button" className="back-button" data-testid="back" onClick={onBack}>
        <span aria-hidden="true">‹</span> {M.back[lang]}
      </button>
      <div className="detail-head">
        <span className="service-code large" aria-hidden="true">
          {service.code}
        </span>
        <div>
          <h1 id="detail-title" className="detail-name">
            {service.name[lang]}
          </h1>
          <p className="detail-name-alt" lang={alt}>
            {service.name[alt]}
          </p>
        </div>
      </div>
      {service.description[lang] && <p className="detail-description">{service.description[lang]}</p>}

      <section className="panel" aria-labelledby="docs-title">
        <h2 id="docs-title">{M.documentsTitle[lang]}</h2>
        {service.documents.length === 0 ? (
          <p>{M.noDocuments[lang]}</p>
        ) : (
          <ol className="documents" data-testid="documents">
            {service.documents.map((doc, i) => (
              <li key={i}>
                <span className="document-main">{doc[lang]}</span>
                <span className="document-alt" lang={alt}>
                  {doc[alt]}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <PriorityPicker value={priority} lang={lang} onChange={setPriority} />

      {!service.open && (
        <p className="closed-notice" role="alert">
          {M.closed[lang]}: {M.closedReason[lang]}
        </p>
      )}
      <button
        type="button"
        className="big-button primary get-ticket"
        data-testid="get-ticket"
        disabled={!service.open}
        onClick={() => onIssue(priority)}
      >
        <span className="big-button-main">{M.getTicket[lang]}</span>
        <span className="big-button-alt" lang={alt}>
          {M.getTicket[alt]}
        </span>
      </button>
    </section>
  );
}
