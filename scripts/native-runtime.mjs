// npm postinstall: the kiosk's native device packages, built for the project's own Node.
//
// The project runs on the Node 24 that `npm install` brings (the `node` package, first on PATH in
// every npm script), while npm itself may run on an older system Node whose headers node-gyp
// builds against. A package on the old ABI (NODE_MODULE_VERSION; @pokusew/pcsclite is one, the
// N-API ones are not) is rebuilt here against the headers of the Node running this script. The
// packages are optional: one that is absent or fails to build is reported and left out, and the
// install goes on (the kiosk says which device package is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
/** Optional packages with a native part (escpos-usb is plain JavaScript on top of usb). */
const NATIVE = ['@pokusew/pcsclite', 'node-hid', 'usb'];

/** Why `name` does not load here: 'absent', 'abi' (built for another Node), or null when it loads. */
function problem(name) {
  try {
    require(name);
    return null;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/NODE_MODULE_VERSION|compiled against a different Node/.test(text)) return 'abi';
    if (/Cannot find module/.test(text) && text.includes(name)) return 'absent';
    return text.split('\n')[0];
  }
}

/** The headers of the Node running this script, as the `node` package ships them, if present. */
function headersDir() {
  const dir = join(root, 'node_modules/node/node_modules', `node-${process.platform}-${process.arch}`);
  const header = join(dir, 'include/node/node_version.h');
  if (!existsSync(header)) return undefined;
  const text = readFileSync(header, 'utf8');
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version ? dir : undefined;
}

function rebuild(name) {
  const nodedir = headersDir();
  const env = { ...process.env };
  // Without the headers here, node-gyp fetches those of the Node that runs it (this one).
  if (nodedir) env.npm_config_nodedir = nodedir;
  else delete env.npm_config_nodedir;
  const npm = process.env.npm_execpath;
  const run = npm
    ? spawnSync(process.execPath, [npm, 'rebuild', name], { cwd: root, env, stdio: 'inherit' })
    : spawnSync('npm', ['rebuild', name], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  return run.status === 0 && problem(name) === null;
}

for (const name of NATIVE) {
  const why = problem(name);
  if (why === null || why === 'absent') continue;
  if (why !== 'abi') {
    console.warn(`native-runtime: ${name} does not load (${why}); the kiosk will report it missing`);
    continue;
  }
  console.log(`native-runtime: ${name} was built for another Node; rebuilding it for Node ${process.version}`);
  if (!rebuild(name)) console.warn(`native-runtime: ${name} could not be rebuilt; the kiosk will report it missing`);
}
