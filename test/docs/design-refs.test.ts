// The design the code cites is docs/design.md, in the repository. Every text file of the
// repository (tracked, or new and not ignored) is scanned: none may point at the design as it was
// kept outside the repository (its old upper-case file name, a bare "§n", a "../shared/" path that
// leaves the repository) or at an issue number instead of saying the reason; and every
// "docs/design.md §n" must name a section heading that docs/design.md has.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DESIGN = 'docs/design.md';
/** This file spells out the patterns it looks for. */
const SELF = 'test/docs/design-refs.test.ts';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'data', 'out', 'coverage']);
const SKIP_FILES = new Set(['package-lock.json']);
const BINARY = /\.(png|jpe?g|gif|ico|webp|wav|mp3|ogg|ttf|otf|woff2?|sqlite|db|pdf|zip|gz|tgz|exe|node|bin)$/i;

/** Repository paths (posix) of the files to scan. */
function repoFiles(): string[] {
  let paths: string[];
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    paths = out.split('\0').filter(Boolean);
  } catch {
    paths = walk(ROOT); // not a git checkout (a release archive): the tree itself
  }
  return [...new Set(paths)].filter(
    (p) =>
      !p.split('/').some((part) => SKIP_DIRS.has(part)) &&
      !SKIP_FILES.has(posix.basename(p)) &&
      !BINARY.test(p) &&
      p !== SELF &&
      existsSync(join(ROOT, p)),
  );
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(full));
    else if (entry.isFile()) found.push(relative(ROOT, full).split(sep).join('/'));
  }
  return found;
}

interface Hit {
  file: string;
  line: number;
  text: string;
}

const files = repoFiles()
  .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }))
  .filter(({ text }) => !text.includes('\0'));

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function hits(test: (file: string, text: string) => Array<{ index: number; match: string }>): Hit[] {
  const found: Hit[] = [];
  for (const { file, text } of files) {
    for (const { index, match } of test(file, text)) found.push({ file, line: lineOf(text, index), text: match });
  }
  return found;
}

const matchesOf = (re: RegExp) => (_file: string, text: string) =>
  [...text.matchAll(re)].map((m) => ({ index: m.index, match: m[0] }));

const show = (list: Hit[]) => list.map((h) => `${h.file}:${h.line}: ${h.text}`);

/** A § number right after "design.md" (optionally "docs/", a closing backtick or bracket). */
const DESIGN_CITE = /(?:docs\/)?design\.md[`\])]*\s*§\s*(\d+(?:\.\d+)*)/g;
const ANY_SECTION_SIGN = /§\s*(\d+(?:\.\d+)*)/g;

function designSections(): Set<string> {
  const text = readFileSync(join(ROOT, DESIGN), 'utf8');
  const numbers = [...text.matchAll(/^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s/gm)].map((m) => m[1]!);
  return new Set(numbers);
}

describe('design references', () => {
  it('scans the repository', () => {
    expect(files.some((f) => f.file === DESIGN)).toBe(true);
    expect(files.some((f) => f.file.startsWith('server/src/'))).toBe(true);
  });

  it('docs/design.md numbers its sections once each', () => {
    const text = readFileSync(join(ROOT, DESIGN), 'utf8');
    const numbers = [...text.matchAll(/^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s/gm)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThanOrEqual(8);
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8']) expect(numbers).toContain(n);
  });

  it('nothing cites the design that lived outside the repository', () => {
    const old = hits(matchesOf(/\bDESIGN\s*§|\bDESIGN\.md\b/g));
    expect(show(old), 'cite docs/design.md §n instead').toEqual([]);
  });

  it('no path leaves the repository for ../shared/', () => {
    const outside = hits((file, text) =>
      [...text.matchAll(/(?:\.\.\/)+shared\/[\w./-]*/g)]
        .filter((m) => posix.normalize(posix.join(posix.dirname(file), m[0])).startsWith('../'))
        .map((m) => ({ index: m.index, match: m[0] })),
    );
    expect(show(outside), 'what lives outside the repository is not in a clone of it').toEqual([]);
  });

  it('no issue numbers: the reason is written down instead', () => {
    const issues = hits(matchesOf(/\bissues?\s*#?\s*\d+\b|\((?:#\d+)\)|\b(?:PR|pull request)\s*#\d+/gi));
    expect(show(issues), 'say what the issue was about, or cite docs/design.md').toEqual([]);
  });

  it('every § outside docs/design.md says it is docs/design.md', () => {
    const bare = hits((file, text) =>
      file === DESIGN
        ? []
        : [...text.matchAll(ANY_SECTION_SIGN)]
            .filter((m) => !/design\.md[`\])]*\s*$/.test(text.slice(Math.max(0, m.index - 20), m.index)))
            .map((m) => ({ index: m.index, match: text.slice(Math.max(0, m.index - 20), m.index + m[0].length) })),
    );
    expect(show(bare), 'write "docs/design.md §n"').toEqual([]);
  });

  it('every cited section exists in docs/design.md', () => {
    const sections = designSections();
    const missing = hits((file, text) =>
      [...text.matchAll(file === DESIGN ? ANY_SECTION_SIGN : DESIGN_CITE)]
        .filter((m) => !sections.has(m[1]!))
        .map((m) => ({ index: m.index, match: m[0] })),
    );
    expect(show(missing), `sections of ${DESIGN}: ${[...sections].join(', ')}`).toEqual([]);
  });
});
