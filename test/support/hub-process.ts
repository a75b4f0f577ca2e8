// The hub as a separate process, run from source with tsx, for tests that kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface HubProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
}

export async function spawnHub(env: Record<string, string>, timeoutMs = 15_000): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      OSS_HOST: '127.0.0.1',
      OSS_PORT: '0',
      OSS_LOG_LEVEL: 'warn',
      OSS_ADMIN_PASSWORD: 'process-admin',
      // Tests hammer the hub from one address; those about the limits set them.
      OSS_RATE_ISSUE_PER_MIN: '0',
      OSS_RATE_LOGIN_PER_MIN: '0',
      OSS_BACKUP_AT: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${out}`));
    });
  });
  return { url, child, output: () => out };
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}
