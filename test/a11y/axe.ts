// axe-core in a real page (Chromium): injects node_modules/axe-core/axe.min.js and returns the
// serious and critical violations, each with a few of the elements it found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated over the DevTools protocol, not added as a <script>: the hub's CSP (script-src
  // 'self', rightly) refuses inline scripts, and the test must see the page as it is served.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })) as AxeResult;
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 4).map((n) => n.target.map(String).join(' ')),
    }));
}

/** Touch targets smaller than `minPx` on either side (visible buttons, links, inputs). */
export async function smallTargets(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const els = document.querySelectorAll<HTMLElement>(
      'button, a[href], [role="button"], input:not([type="hidden"]), select, label:has(input)',
    );
    for (const el of els) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      // Not something a finger can press (a scanner's invisible input sink).
      if (style.opacity === '0' || style.pointerEvents === 'none') continue;
      // A radio or checkbox counts by the label around it, which is what a finger presses.
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) continue;
      if (r.width < min || r.height < min) {
        const name = el.dataset.testid ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
        out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  }, minPx);
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** Scrolls the element into view and checks a tap at its centre lands on it. */
export async function reachable(page: Page, selector: string): Promise<boolean> {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const inView =
      r.width > 0 &&
      r.height > 0 &&
      r.left >= 0 &&
      r.right <= window.innerWidth + 1 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight + 1;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inView && hit !== null && (hit === node || node.contains(hit));
  });
}
