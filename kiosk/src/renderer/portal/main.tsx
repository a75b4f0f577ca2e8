// Before anything that builds a zod schema (shared/client/zod-jitless.ts: the CSP allows no eval).
import '@oss/shared/client/zod-jitless';
import '../common/fonts.js';
import '../common/base.css';
import '../track/track.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './portal-app.js';

const root = document.getElementById('root');
if (!root) throw new Error('portal.html has no #root');
createRoot(root).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
