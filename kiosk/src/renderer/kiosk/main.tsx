// Before anything that builds a zod schema (shared/client/zod-jitless.ts: the CSP allows no eval).
import '@oss/shared/client/zod-jitless';
import '../common/fonts.js';
import '../common/base.css';
import './kiosk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskApp } from './kiosk-app.js';
import { readSettings } from './settings.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <KioskApp settings={readSettings(window.location.search)} />
  </StrictMode>,
);
