// Imported first by every page's entry, before any schema is built: zod compiles its object parsers
// with `new Function` when it may, and even its probe for that is refused by the hub's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval': server/src/http/security-headers.ts)
// and reported as a violation, though zod catches the refusal. Jitless parsing is what it would fall
// back to anyway, and a page's few parses a second do not need the compiled kind. The hub's own
// parsing, in Node, keeps the compiled parsers: this module is for pages only.
import { z } from 'zod';

z.config({ jitless: true });
