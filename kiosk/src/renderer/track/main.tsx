// Before anything that builds a zod schema (shared/client/zod-jitless.ts: the CSP allows no eval).
import '@oss/shared/client/zod-jitless';
import '../common/fonts.js';
import '../common/base.css';
import './track.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readTrackingCode } from './tracking-code.js';
import { TrackApp } from './track-app.js';

const root = document.getElementById('root');
if (!root) throw new Error('track.html has no #root');
createRoot(root).render(
  <StrictMode>
    <TrackApp code={readTrackingCode(window.location)} />
  </StrictMode>,
);
