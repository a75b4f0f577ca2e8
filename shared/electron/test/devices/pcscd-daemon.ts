// The PC/SC stack for the end-to-end card test: Debian's pcscd with the vsmartcard-vpcd driver
// (a virtual reader whose "card" is whoever connects to its TCP port). Uses a running pcscd if
// there is one; otherwise starts `pcscd --foreground --auto-exit` (auto-exit: a daemon left behind
// by a crashed test run quits by itself after a minute) and stops it afterwards. Anything missing
// is an error with the fix in its message: this test must not skip.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';

const PCSCD_SOCKET = process.env.PCSCLITE_CSOCK_NAME ?? '/run/pcscd/pcscd.comm';
const PCSCD_PID_FILE = '/run/pcscd/pcscd.pid';
const PCSCD_CANDIDATES = ['/usr/sbin/pcscd', '/usr/local/sbin/pcscd', '/sbin/pcscd'];
const VPCD_CONF = '/etc/reader.conf.d/vpcd';
const VPCD_DEFAULT_PORT = 0x8c7b; // 35963

export interface PcscDaemon {
  /** Whether this process started pcscd (and stop() will end it). */
  readonly started: boolean;
  stop(): Promise<void>;
}

/** vpcd's port for the first virtual reader, from its reader.conf (CHANNELID), else the default. */
export function vpcdPort(): number {
  if (!existsSync(VPCD_CONF)) {
    throw new Error(`${VPCD_CONF} is missing: install the virtual reader (apt-get install vsmartcard-vpcd)`);
  }
  const match = /^\s*CHANNELID\s+(0x[0-9a-f]+|\d+)/im.exec(readFileSync(VPCD_CONF, 'utf8'));
  return match?.[1] ? Number(match[1]) : VPCD_DEFAULT_PORT;
}

function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (!existsSync(path)) return resolve(false);
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensurePcscd(): Promise<PcscDaemon> {
  vpcdPort(); // fail early, and clearly, without the driver
  if (await socketAnswers(PCSCD_SOCKET)) return { started: false, stop: async () => undefined };

  const binary = PCSCD_CANDIDATES.find((p) => existsSync(p));
  if (!binary) throw new Error('pcscd is not installed: apt-get install pcscd vsmartcard-vpcd (CI does this in .ci/run)');
  // A socket file nobody answers on is left from a killed daemon, and would stop a new one.
  if (existsSync(PCSCD_SOCKET)) {
    rmSync(PCSCD_SOCKET, { force: true });
    rmSync(PCSCD_PID_FILE, { force: true });
  }
  const child: ChildProcess = spawn(binary, ['--foreground', '--auto-exit'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  let spawnError: Error | undefined;
  child.once('exit', (code) => (exited = code));
  child.once('error', (err) => (spawnError = err));

  for (let waited = 0; waited < 8000; waited += 50) {
    if (spawnError || exited !== undefined) break;
    if (await socketAnswers(PCSCD_SOCKET)) {
      return {
        started: true,
        async stop() {
          if (child.exitCode !== null) return;
          const gone = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
          await gone;
          clearTimeout(timer);
        },
      };
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  const why = spawnError?.message ?? (exited !== undefined ? `it exited with ${exited}` : 'its socket never answered');
  throw new Error(
    `could not start pcscd (${binary}): ${why}. It needs to write ${PCSCD_SOCKET}: run the tests as root, or start ` +
      `pcscd (with vsmartcard-vpcd installed) before them.\n${output.trim()}`,
  );
}
