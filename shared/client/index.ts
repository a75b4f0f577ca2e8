export * from './api.js';
export * from './live.js';
export * from './react.js';
export * from './messages.js';
