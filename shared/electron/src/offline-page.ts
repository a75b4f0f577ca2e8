// Main process (pure). The local page shown while the hub cannot be reached, or while the shell
// waits after repeated renderer crashes. It is a data: URL built here, so it needs neither the
// hub nor a file on disk, and it has no script: retrying is main's timer (hub-loader.ts).
import type { ShellApp } from './bridge.js';

export type LocalPageKind = 'offline' | 'out-of-service';

export interface LocalPageInput {
  readonly kind: LocalPageKind;
  readonly app: ShellApp;
  readonly hubUrl: string;
  /** Where the settings came from (shown small, for the technician). */
  readonly configSource: string;
  readonly retrySeconds: number;
}

const TEXT: Readonly<Record<LocalPageKind, { th: string; en: string }>> = {
  offline: {
    th: 'กำลังเชื่อมต่อระบบคิว กรุณารอสักครู่',
    en: 'Connecting to the queue server, please wait',
  },
  'out-of-service': {
    th: 'ระบบขัดข้องชั่วคราว กรุณาติดต่อเจ้าหน้าที่',
    en: 'Temporarily out of service, please ask a member of staff',
  },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function localPageHtml(input: LocalPageInput): string {
  const text = TEXT[input.kind];
  const dark = input.app === 'display';
  const detail = [
    `${input.kind === 'offline' ? 'Hub' : 'Retry with hub'} ${input.hubUrl}`,
    `every ${input.retrySeconds} s`,
    `settings: ${input.configSource}`,
  ].join(' · ');
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(text.en)}</title>
<style>
html,body{margin:0;height:100%;font-family:Sarabun,"Noto Sans Thai",Tahoma,sans-serif;
background:${dark ? '#000' : '#fff'};color:${dark ? '#fff' : '#1f2933'};cursor:default;user-select:none}
main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;
text-align:center;gap:1rem;padding:2rem;box-sizing:border-box}
h1{font-size:clamp(1.5rem,4vw,3.5rem);margin:0}
p{font-size:clamp(1rem,2.5vw,2rem);margin:0;opacity:.8}
small{position:fixed;bottom:.5rem;left:0;right:0;font-size:.75rem;opacity:.45}
</style></head>
<body><main><h1>${escapeHtml(text.th)}</h1><p>${escapeHtml(text.en)}</p></main>
<small>${escapeHtml(detail)}</small></body></html>`;
}

export function localPageUrl(input: LocalPageInput): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(localPageHtml(input))}`;
}
