// After the service: 1–5 stars and an optional comment, then thanks. A ticket already rated
// (409 already-rated, or rated earlier on this phone) just shows the thanks.
import type { Lang } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useState } from 'react';
import { starLabel, T } from './messages.js';

interface Props {
  api: Api;
  code: string;
  lang: Lang;
}

const SCORES = [1, 2, 3, 4, 5] as const;
const ratedKey = (code: string) => `oss.rated.${code}`;

function ratedBefore(code: string): boolean {
  try {
    return window.localStorage.getItem(ratedKey(code)) === '1';
  } catch {
    return false;
  }
}

function rememberRated(code: string): void {
  try {
    window.localStorage.setItem(ratedKey(code), '1');
  } catch {
    // Private browsing: the hub's 409 still stops a second rating.
  }
}

export function RatingForm({ api, code, lang }: Props) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [step, setStep] = useState<'form' | 'busy' | 'failed' | 'thanks'>(() => (ratedBefore(code) ? 'thanks' : 'form'));

  if (step === 'thanks') {
    return (
      <section className="card thanks" role="status" data-testid="rating-thanks">
        <p>{T.rateThanks[lang]}</p>
      </section>
    );
  }

  const send = () => {
    if (score === null) return;
    setStep('busy');
    api.rate(code, score, comment.trim() || undefined).then(
      () => {
        rememberRated(code);
        setStep('thanks');
      },
      (err: unknown) => {
        if (err instanceof ApiError && err.code === 'already-rated') {
          rememberRated(code);
          setStep('thanks');
        } else setStep('failed');
      },
    );
  };

  return (
    <section className="card rating" aria-labelledby="rate-title" data-testid="rating">
      <h2 id="rate-title">{T.rateTitle[lang]}</h2>
      <div className="stars" role="radiogroup" aria-labelledby="rate-title">
        {SCORES.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={score === s}
            aria-label={starLabel(s, lang)}
            className={`star${score !== null && s <= score ? ' on' : ''}`}
            data-testid={`rating-star-${s}`}
            onClick={() => setScore(s)}
          >
            ★
          </button>
        ))}
      </div>
      <label className="comment">
        <span>{T.rateComment[lang]}</span>
        <textarea
          value={comment}
          maxLength={1000}
          rows={3}
          data-testid="rating-comment"
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      {step === 'failed' && (
        <p className="error-text" role="alert">
          {T.rateFailed[lang]}
        </p>
      )}
      <button
        type="button"
        className="button primary"
        data-testid="rating-submit"
        disabled={score === null || step === 'busy'}
        onClick={send}
      >
        {T.rateSend[lang]}
      </button>
    </section>
  );
}
