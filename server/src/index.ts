// The hub's entry point: checks the runtime first (runtime.ts), then loads and starts the hub
// (main.ts), so an old Node gets a sentence instead of the database driver's crash.
import { exitOnOldRuntime } from './runtime.js';

exitOnOldRuntime();
await import('./main.js');
