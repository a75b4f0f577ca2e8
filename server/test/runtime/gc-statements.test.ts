// The hub's database driver on the project's runtime (Node 24 LTS): garbage collection with many
// statements alive must not abort the process (better-sqlite3 ≤ 12 does on Node 24.19+), and the
// entry points refuse an old Node with a sentence instead of the driver's crash.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIN_NODE_MAJOR, runtimeProblem } from '../../src/runtime.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./gc-statements.fixture.mjs', import.meta.url));

function run(args: string[]): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

describe('the runtime', () => {
  it('is the project’s Node 24 LTS (npm scripts put node_modules/.bin first)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('survives forced garbage collection with thousands of statements alive and dropped', async () => {
    expect(existsSync(`${ROOT}server/dist/app.js`), 'the built hub (npm test builds first)').toBe(true);
    const result = await run(['--expose-gc', FIXTURE]);
    expect(result.signal, result.out).toBeNull();
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain(
      `came through: 3 hubs, 3000 statements kept (sum ${(3 * 999 * 1000) / 2}), 160000 dropped, on Node ${process.versions.node}`,
    );
  }, 60_000);

  it('refuses a Node older than the driver needs, and says what to run instead', () => {
    expect(runtimeProblem('20.20.2')).toMatch(/Node\.js 20\.20\.2; the hub needs Node\.js 22 or newer/);
    expect(runtimeProblem('20.20.2')).toContain('npm start');
    expect(runtimeProblem(`${MIN_NODE_MAJOR - 1}.9.0`)).not.toBeNull();
    expect(runtimeProblem(`${MIN_NODE_MAJOR}.0.0`)).toBeNull();
    expect(runtimeProblem('24.21.0')).toBeNull();
    expect(runtimeProblem('nonsense')).not.toBeNull();
  });
});
