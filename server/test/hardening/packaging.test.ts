// Packaging, checked without electron-builder or Electron (neither can be downloaded here): the
// three electron-builder configs, the systemd unit and the WinSW service parse, say what an
// office needs, and point at files the build produces (npm run build first) and icons that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const APPS = ['kiosk', 'counter', 'display'] as const;

interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  artifactName: string;
  directories: { app: string; output: string; buildResources: string };
  files: string[];
  extraMetadata: { name: string; main: string; description: string };
  linux: { target: string[]; icon: string; maintainer: string; executableName: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; shortcutName: string; artifactName: string };
}

/** The width and height a PNG's IHDR chunk declares. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(ROOT, path));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** systemd's unit syntax: [Section] then Key=Value lines; a key may repeat. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (!current || eq < 1) throw new Error(`not a unit line: ${line}`);
    const key = line.slice(0, eq);
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1)]);
  }
  return sections;
}

describe('electron-builder configs', () => {
  it.each(APPS)('%s: Linux AppImage and deb, Windows NSIS, files the build makes, an icon', (app) => {
    const config = JSON.parse(read(`build/electron-builder/${app}.json`)) as BuilderConfig;
    expect(config.appId).toBe(`th.go.oss.queue.${app}`);
    // Thai first, then English; file and executable names stay ASCII.
    expect(config.productName).toMatch(/[\u0e00-\u0e7f]/);
    expect(config.productName).toMatch(/OSS [A-Z][a-z]+/);
    for (const name of [config.executableName, config.linux.executableName, config.artifactName, config.nsis.artifactName]) {
      expect(name).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.nsis.shortcutName).toMatch(/[\u0e00-\u0e7f]/);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);

    // The app directory, its main and preload as the build leaves them.
    const appDir = config.directories.app;
    expect(appDir).toBe(app);
    const pkg = JSON.parse(read(`${appDir}/package.json`)) as { main: string };
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(config.extraMetadata.name).toBe(`oss-${app}`);
    expect(config.files).toContain('dist/electron/**/*');
    for (const built of [config.extraMetadata.main, 'dist/electron/preload.cjs']) {
      expect(existsSync(join(ROOT, appDir, built)), `${appDir}/${built} (run npm run build)`).toBe(true);
    }
    for (const icon of [config.linux.icon, config.win.icon]) {
      expect(icon.startsWith(config.directories.buildResources)).toBe(true);
      expect(pngSize(icon)).toEqual({ width: 512, height: 512 });
      expect(existsSync(join(ROOT, icon.replace(/\.png$/, '.svg')))).toBe(true);
    }
    expect(config.directories.output).toBe(`build/out/${app}`);
  });
});

describe('the hub as a service', () => {
  it('systemd: a dedicated user, always restarted, its env file, and a read-only system but for the data', () => {
    const unit = parseUnit(read('build/systemd/oss-hub.service'));
    const service = unit.get('Service')!;
    const one = (key: string) => {
      const values = service.get(key);
      expect(values, key).toHaveLength(1);
      return values![0]!;
    };
    expect(one('User')).toBe('oss-hub');
    expect(one('Restart')).toBe('always');
    expect(one('WorkingDirectory')).toBe('/opt/oss-queue');
    expect(one('EnvironmentFile')).toBe('/etc/oss-hub.env');
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    const dataDir = service
      .get('Environment')!
      .find((e) => e.startsWith('OSS_DATA_DIR='))!
      .split('=')[1]!;
    expect(dataDir).toBe('/var/lib/oss-hub');
    expect(one('ReadWritePaths').split(/\s+/)).toContain(dataDir);
    expect(one('StateDirectory')).toBe('oss-hub');
    expect(one('KillSignal')).toBe('SIGTERM');
    // It runs what the build produces, from the working directory, on the project's own Node
    // (the node package in node_modules), not whatever Node the system has.
    const [node, ...args] = one('ExecStart').split(/\s+/);
    const script = args.at(-1);
    expect(node).toBe(`${one('WorkingDirectory')}/node_modules/.bin/node`);
    expect(existsSync(join(ROOT, 'node_modules/.bin/node')), 'npm install brings node').toBe(true);
    expect(
      args.slice(0, -1).every((a) => a.startsWith('--')),
      'only node options before the script',
    ).toBe(true);
    expect(existsSync(join(ROOT, script!)), `${script} (run npm run build)`).toBe(true);
    expect(unit.get('Install')!.get('WantedBy')).toEqual(['multi-user.target']);
    expect(unit.get('Unit')!.get('After')![0]).toContain('network-online.target');
    // The example env file names real settings only.
    const example = read('build/systemd/oss-hub.env.example');
    const config = read('server/src/config.ts');
    for (const name of example.match(/^#?\s*(OSS_[A-Z_]+)=/gm)!.map((l) => l.replace(/^#?\s*/, '').slice(0, -1))) {
      expect(config, name).toContain(`${name}:`);
    }
  });

  it('Windows (WinSW): node running the built hub, restarted on failure, its data under ProgramData', () => {
    const xml = read('build/windows/oss-hub.xml');
    const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
    expect(tag('id')).toBe('oss-hub');
    // The project's Node: on Windows the node package puts node.exe in node_modules/node/bin.
    expect(tag('executable')).toBe('%BASE%\\node_modules\\node\\bin\\node.exe');
    const args = tag('arguments')!.replaceAll('\\', '/').split(/\s+/);
    const script = args.at(-1)!;
    expect(
      args.slice(0, -1).every((a) => a.startsWith('--')),
      'only node options before the script',
    ).toBe(true);
    expect(existsSync(join(ROOT, script)), `${script} (run npm run build)`).toBe(true);
    expect(tag('startmode')).toBe('Automatic');
    expect(xml).toMatch(/<onfailure action="restart"/);
    expect(xml).toMatch(/<env name="OSS_DATA_DIR" value="C:\\ProgramData\\oss-hub"\/>/);
    // Well-formed enough for WinSW: every opened element is closed.
    const open = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([a-zA-Z]+)[^>]*?(\/?)>/g)]
      .filter((m) => m[2] !== '/')
      .map((m) => m[1]);
    const closed = [...xml.matchAll(/<\/([a-zA-Z]+)>/g)].map((m) => m[1]);
    expect(open.sort()).toEqual(closed.sort());
  });
});
