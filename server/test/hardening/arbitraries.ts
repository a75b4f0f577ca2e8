// fast-check arbitraries for requests: values that follow a route's JSON Schema (to get past the
// validator and reach the handler), the same with one field spoiled, and plain garbage (wrong
// types, huge strings, odd Unicode, nested junk, prototype-pollution keys, broken JSON).
import fc from 'fast-check';
import type { JsonSchema, Operation } from './openapi.js';

const WEIRD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '$where',
  '',
  ' ',
  'a.b',
  'ข้อมูล',
];

export const weirdKey = fc.oneof(fc.constantFrom(...WEIRD_KEYS), fc.string({ maxLength: 12 }));

/** Text that strains a parser or a column: long, control characters, Thai, emoji, RTL, NUL, lone surrogates. */
export const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'ก่อนหน้า\u0e4c\u0e4c\u0e4c',
    '\u202e\u202dtxt',
    '\ud800',
    '👩‍👩‍👧‍👦'.repeat(20),
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '{"a":1}',
    'null',
  ),
  fc.integer({ min: 1_000, max: 70_000 }).map((n) => 'x'.repeat(n)),
);

export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, key: weirdKey }),
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.array(fc.integer(), { maxLength: 3 }),
);

function integerArb(s: JsonSchema): fc.Arbitrary<number> {
  const lo = typeof s.minimum === 'number' ? s.minimum + (s.exclusiveMinimum === true ? 1 : 0) : -5;
  const hi = typeof s.maximum === 'number' ? s.maximum - (s.exclusiveMaximum === true ? 1 : 0) : 1_000;
  // Small values hit rows that exist (ids 1..12 in the demo office); the bounds hit the edges.
  const small = fc.integer({ min: Math.max(lo, -2), max: Math.min(hi, 12) });
  return lo <= Math.min(hi, 12) && Math.max(lo, -2) <= Math.min(hi, 12)
    ? fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(lo, hi) })
    : fc.constantFrom(lo, hi);
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      // A pattern fast-check cannot generate from: plain strings will do.
    }
  }
  if (s.format === 'date') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 24, 60));
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
}

/** Values that follow the schema as far as JSON Schema can say (zod refinements may still refuse them). */
function fromSchema(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const base = baseFromSchema(s, depth);
  return s.nullable ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function baseFromSchema(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts && alts.length > 0) return fc.oneof(...alts.map((a) => fromSchema(a, depth + 1)));
  if (s.allOf && s.allOf.length > 0) return fromSchema(s.allOf[0]!, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer':
      return integerArb(s);
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringArb(s);
    case 'array': {
      const items = s.items ? fromSchema(s.items, depth + 1) : garbage;
      return fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)) });
    }
    case 'object': {
      const props = s.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) model[k] = fromSchema(v, depth + 1);
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return garbage;
  }
}

/** A valid-ish object with one field (or an extra one) replaced by garbage. */
function spoiled(s: JsonSchema): fc.Arbitrary<unknown> {
  const keys = Object.keys(s.properties ?? {});
  const key = keys.length > 0 ? fc.oneof(weirdKey, fc.constantFrom(...keys)) : weirdKey;
  return fc
    .tuple(fromSchema(s), key, garbage)
    .map(([value, key, junk]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.defineProperty({ ...value }, key, { value: junk, enumerable: true, writable: true, configurable: true })
        : junk,
    );
}

export interface FuzzBody {
  text: string | undefined;
  contentType: string | undefined;
}

const json = (v: unknown): FuzzBody => ({ text: JSON.stringify(v) ?? 'null', contentType: 'application/json' });

const POLLUTION = [
  '{"__proto__":{"role":"admin","isAdmin":true},"serviceId":1}',
  '{"constructor":{"prototype":{"polluted":true}},"username":"admin","password":"x"}',
  '{"__proto__":null,"a":{"__proto__":{"b":1}}}',
  '[{"__proto__":{"x":1}}]',
];
const BROKEN_JSON = ['{', '{"a":', '[1,]', 'NaN', "{'a':1}", '\u0000', '{"a":1}{"b":2}', '"\\ud800"', '1e99999', ' '];
const OTHER_TYPES: Array<[string, string]> = [
  ['text/plain', 'hello'],
  ['application/x-www-form-urlencoded', 'serviceId=1&username=admin'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
  ['application/xml', '<a>1</a>'],
  ['application/json; charset=latin1', '{"serviceId":1}'],
  ['image/png', '\u0089PNG'],
];

/** A request body for this operation: valid-ish, spoiled, garbage, broken JSON, wrong type, or none. */
export function bodyArb(op: Operation): fc.Arbitrary<FuzzBody> {
  const schema = op.body ?? { type: 'object', properties: {} };
  return fc.oneof(
    { weight: op.body ? 8 : 1, arbitrary: fromSchema(schema).map(json) },
    { weight: op.body ? 3 : 1, arbitrary: spoiled(schema).map(json) },
    { weight: 2, arbitrary: garbage.map(json) },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTION).map((text) => ({ text, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_JSON).map((text) => ({ text, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constantFrom(...OTHER_TYPES).map(([contentType, text]) => ({ text, contentType })) },
    {
      weight: op.method === 'GET' || op.method === 'DELETE' ? 6 : 1,
      arbitrary: fc.constant({ text: undefined, contentType: undefined }),
    },
  );
}

/** A path parameter: a plausible value from its schema (or a real one given), or junk. */
export function pathParamArb(schema: JsonSchema, real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: real.length > 0 ? 4 : 0, arbitrary: real.length > 0 ? fc.constantFrom(...real) : fc.constant('1') },
    { weight: 3, arbitrary: fromSchema(schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('0', '-1', '1.5', 'abc', '99999999999999999999', ' ', '..', '%', 'ก', '1e3', 'null'),
    },
    { weight: 1, arbitrary: nastyString.map((v) => v.slice(0, 300)) },
  );
}

/** Query pairs: the declared parameters (valid-ish or junk), plus unknown and repeated keys. */
export function queryArb(op: Operation): fc.Arbitrary<Array<[string, string]>> {
  const declared = op.params.filter((p) => p.in === 'query');
  const one = declared.map((p) =>
    fc.option(
      fc.tuple(
        fc.constant(p.name),
        fc.oneof(
          fromSchema(p.schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
          nastyString.map((v) => v.slice(0, 500)),
        ),
      ),
      { nil: undefined },
    ),
  );
  const extra = fc.array(
    fc.tuple(fc.oneof(weirdKey, fc.constantFrom('a[]', 'from[0]', '__proto__[x]')), fc.string({ maxLength: 8 })),
    {
      maxLength: 2,
    },
  );
  return fc.tuple(fc.tuple(...one), extra, fc.boolean()).map(([pairs, junk, repeat]) => {
    const out = pairs.filter((p): p is [string, string] => p !== undefined);
    if (repeat && out[0]) out.push(out[0]);
    return [...out, ...junk];
  });
}

/** Header values a client might send: printable ASCII only (what HTTP carries), sometimes huge. */
export const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[\x21-\x7e]{1,128}$/),
  fc.integer({ min: 200, max: 9000 }).map((n) => 'k'.repeat(n)),
);
