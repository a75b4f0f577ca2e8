// What a request looks like in the log (docs/security.md, "Secrets in logs"). At debug level every
// request is logged with its URL, and URLs carry secrets: a ticket's tracking code (/t/<code>,
// /tickets/track/<code>, ?code=), a password-reset token (/portal/reset?token=), a display's
// pairing code (?pair=), LINE Login's code and state, a document's file name (?name=). The path
// segments after /t/ and /tickets/track/ are replaced, and every query value except a few that
// are plainly harmless, so a new parameter is hidden until someone decides it may show.

export const REDACTED = '[redacted]';

/** Query parameters whose values may appear in the log: ids, counts, dates, screen options. */
const SHOWN_QUERY = new Set(['serviceId', 'limit', 'before', 'from', 'to', 'idle', 'since']);

const SECRET_SEGMENT = /(\/(?:t|tickets\/track)\/)[^/?#]+/g;

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = (q >= 0 ? url.slice(0, q) : url).replace(SECRET_SEGMENT, `$1${REDACTED}`);
  if (q < 0) return path;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const key = pair.slice(0, eq);
      return SHOWN_QUERY.has(key) ? pair : `${key}=${REDACTED}`;
    })
    .join('&');
  return `${path}?${query}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  host: string;
  ip: string;
  socket?: { remotePort?: number | undefined } | null;
}

/** Fastify's request serializer with the URL redacted (pass as the logger's serializers). */
export const logSerializers = {
  req(request: LoggedRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
};
