// Which Node the hub and its command-line tools run on. better-sqlite3 13 needs Node 22 or newer
// (on 20 it crashes the process without a word) and the project's runtime is Node 24 LTS, which
// `npm install` brings as the `node` package: npm scripts put it first on PATH, so `npm start` and
// `npm run restore` use it even where the system's Node is older. Started another way on an old
// Node, the hub stops with this message instead of crashing. This module imports nothing, so it
// runs before anything loads the database driver.

export const MIN_NODE_MAJOR = 22;

/** What is wrong with running on Node `version` (process.versions.node), or null when nothing is. */
export function runtimeProblem(version: string): string | null {
  const major = Number(version.split('.')[0]);
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return null;
  return (
    `This is Node.js ${version}; the hub needs Node.js ${MIN_NODE_MAJOR} or newer (it is built for 24 LTS).\n` +
    `Start it with \`npm start\` (or node_modules/.bin/node, the Node 24 that npm install brought), ` +
    `or install Node.js 24 LTS.\n`
  );
}

/** Stops the process with the message when the runtime is too old. */
export function exitOnOldRuntime(): void {
  const problem = runtimeProblem(process.versions.node);
  if (problem === null) return;
  process.stderr.write(problem);
  process.exit(1);
}
