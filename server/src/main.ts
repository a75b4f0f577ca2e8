// The hub itself (index.ts starts it once the runtime is right): configuration, database, app,
// listen, and a graceful stop.
import { createHub } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { claimDataDir, explainOpenError, prepareDataDir, StorageError } from './db/data-dir.js';
import { openDatabase } from './db/open.js';
import { MigrationError } from './db/migrate.js';

async function main(): Promise<void> {
  // Everything the hub creates (database, WAL, backups, uploads, keys, hub.pid) is its user's alone.
  process.umask(0o077);
  try {
    process.loadEnvFile?.();
  } catch {
    // No .env file: the environment alone configures the hub.
  }
  const config = loadConfig();
  // A read-only or full data directory stops the hub here, with a message saying which and why.
  prepareDataDir(config.dataDir);
  const { db, hub } = await open(config).catch((err: unknown) => {
    throw explainOpenError(err, config.dataDir) ?? err;
  });
  if (hub.generatedAdminPassword) {
    // Printed once, on the first start only; it is stored only as a scrypt hash.
    process.stdout.write(
      `\n  First start: the admin account is "admin" with password: ${hub.generatedAdminPassword}\n  Change it after logging in, or set OSS_ADMIN_PASSWORD before the first start.\n\n`,
    );
  }
  const address = await hub.app.listen({ port: config.port, host: config.host });
  // Only a hub that got its port claims the directory (hub.pid), so a second one started by
  // mistake does not hide the first from `npm run restore`.
  const lock = claimDataDir(config.dataDir);
  hub.app.log.info({ address, dataDir: config.dataDir, timeZone: config.timeZone }, 'hub ready');
  process.stdout.write(`OSS hub listening on ${address} (kiosk: /kiosk/, counter: /counter/, display: /display/)\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    hub.app.log.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    await hub.close();
    db.close();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function open(config: Config) {
  const db = openDatabase(config.dataDir);
  try {
    return { db, hub: await createHub({ db, config }) };
  } catch (err) {
    db.close();
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof MigrationError || err instanceof StorageError) {
    process.stderr.write(`${err.message}\n`);
  } else if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
    process.stderr.write(`The port is in use: another hub may be running, or set OSS_PORT.\n`);
  } else {
    process.stderr.write(`The hub could not start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
