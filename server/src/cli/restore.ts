// `npm run restore -- <backup file>`: puts a backup in place of the hub's database. The hub must be
// stopped; the current database is kept beside it (oss-queue.sqlite.before-restore-…).
// The data directory is OSS_DATA_DIR (or .env), or --data-dir <dir>.
import { exitOnOldRuntime } from '../runtime.js';

exitOnOldRuntime();
// Loaded after the runtime check: the restore opens the database with better-sqlite3.
const { ConfigError, loadConfig } = await import('../config.js');
const { RestoreError, restoreBackup } = await import('../backup/restore.js');

const USAGE = 'usage: npm run restore -- <backup file> [--data-dir <dir>]';

function main(argv: string[]): number {
  // The restored database is as private as the hub's own files.
  process.umask(0o077);
  try {
    process.loadEnvFile?.();
  } catch {
    // No .env file: the environment alone configures the data directory.
  }
  const args = [...argv];
  let dataDirArg: string | undefined;
  const at = args.indexOf('--data-dir');
  if (at >= 0) {
    dataDirArg = args[at + 1];
    args.splice(at, 2);
  }
  if (args.length !== 1 || args[0]!.startsWith('-') || (at >= 0 && !dataDirArg)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadConfig(dataDirArg ? { ...process.env, OSS_DATA_DIR: dataDirArg } : process.env);
    const result = restoreBackup(args[0]!, config.dataDir, new Date(), config.timeZone);
    process.stdout.write(
      `Restored ${result.restored} (schema ${result.schemaVersion}) into ${config.dataDir}.\n` +
        (result.aside ? `The database it replaced is kept as ${result.aside}.\n` : '') +
        'Start the hub again (e.g. systemctl start oss-hub).\n',
    );
    return 0;
  } catch (err) {
    if (err instanceof RestoreError || err instanceof ConfigError) {
      process.stderr.write(`Restore refused: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`Restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
