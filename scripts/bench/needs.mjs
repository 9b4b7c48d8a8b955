// How quickly the needs page shows a workbook with 2,000 needs: the ranked
// list and the impact × urgency matrix, and how long a filter change takes.
// The workbook is seeded through the app's own database code (a bundle of
// scripts/bench/needsSeed.mjs injected into the benchmark's page only).
import { ms, seedBundle, stats, withSeedableWorkbook, withServer } from './chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const needCount = Number(process.env.BENCH_NEEDS ?? 2000);

/**
 * Runs `action` inside the page and resolves with the milliseconds until
 * `ready()` holds and the next frame has been painted.
 */
function timeInPage(page, action, ready) {
  return page.evaluate(
    ({ action, ready }) =>
      new Promise((resolve) => {
        const isReady = new Function(`return (${ready})()`);
        const start = performance.now();
        new Function(action)();
        const check = () => {
          if (isReady()) {
            globalThis.requestAnimationFrame(() =>
              setTimeout(() => resolve(performance.now() - start)),
            );
          } else globalThis.requestAnimationFrame(check);
        };
        check();
      }),
    { action, ready },
  );
}

const listReady = `() => document.querySelectorAll('[data-need]').length > 0`;
const matrixReady = `() => document.querySelectorAll('[data-cell]').length === 25 && document.querySelectorAll('[data-need]').length > 0`;

export async function benchNeeds() {
  const code = await seedBundle('./needsSeed.mjs', 'kopspeksNeedsSeed');
  await withServer(async (url) => {
    await withSeedableWorkbook(url, code, async (page, communityId) => {
      const seedStart = Date.now();
      const stored = await page.evaluate(
        ([id, count]) => globalThis.kopspeksSeedNeeds(id, count),
        [communityId, needCount],
      );
      console.info(`Seeded ${stored} needs in ${ms(Date.now() - seedStart)} (3 assessments)`);

      const needsUrl = `${url}#/w/${communityId}/needs`;
      const dashboardUrl = `${url}#/w/${communityId}/dashboard`;
      const cold = [];
      const coldDashboard = [];
      const open = [];
      const matrix = [];
      const filter = [];
      const clear = [];
      const scroll = [];
      for (let i = 0; i < runs; i += 1) {
        // Page load straight into the needs page: database open, query, rank, render.
        // (A hash change is no page load: reload on the needs URL.)
        await page.goto(needsUrl);
        await page.reload();
        await page.waitForSelector('[data-need]');
        cold.push(
          await page.evaluate(() => {
            const entry = performance.getEntriesByType('navigation')[0];
            return performance.now() - (entry?.startTime ?? 0);
          }),
        );
        // The same page load into the dashboard, for comparison.
        await page.goto(dashboardUrl);
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Bench' }).waitFor();
        coldDashboard.push(
          await page.evaluate(() => {
            const entry = performance.getEntriesByType('navigation')[0];
            return performance.now() - (entry?.startTime ?? 0);
          }),
        );
        // From the dashboard, open the needs page from the sidebar.
        await page.waitForTimeout(300);
        open.push(
          await timeInPage(
            page,
            `[...document.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Vajadzības').click()`,
            listReady,
          ),
        );
        matrix.push(
          await timeInPage(
            page,
            `[...document.querySelectorAll('[role=tab]')].find((t) => t.textContent.includes('matrica')).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))`,
            matrixReady,
          ),
        );
        const before = await page.getByRole('status').filter({ hasText: 'Rādītas' }).textContent();
        filter.push(
          await timeInPage(
            page,
            `document.querySelector('[data-cell="5-5"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
            `() => { const s = [...document.querySelectorAll('[role=status]')].find((e) => e.textContent.startsWith('Rādītas')); return s && s.textContent !== ${JSON.stringify(before)}; }`,
          ),
        );
        clear.push(
          await timeInPage(
            page,
            `document.querySelector('[data-cell="5-5"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
            `() => { const s = [...document.querySelectorAll('[role=status]')].find((e) => e.textContent.startsWith('Rādītas')); return s && s.textContent === ${JSON.stringify(before)}; }`,
          ),
        );
        scroll.push(
          await timeInPage(
            page,
            `const el = document.querySelector('[data-need]').closest('ul').parentElement; el.scrollTop = el.scrollHeight;`,
            `() => [...document.querySelectorAll('[data-need]')].some((li) => li.getAttribute('aria-posinset') === String(document.querySelector('[data-need]').getAttribute('aria-setsize')))`,
          ),
        );
      }
      const rendered = await page.locator('[data-need]').count();
      const line = (label, values) => {
        const s = stats(values);
        console.info(
          `  ${label.padEnd(44)} median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)}`,
        );
      };
      console.info(`Needs page with ${stored} needs, Chromium, ${runs} runs each`);
      line('page load → ranked list painted', cold);
      line('page load → dashboard (for comparison)', coldDashboard);
      line('sidebar link → ranked list painted', open);
      line('matrix tab → matrix and list painted', matrix);
      line('matrix cell → filtered list painted', filter);
      line('cell again → full list painted', clear);
      line('scroll to the last need → painted', scroll);
      console.info(`  rows in the DOM at once (virtualised): ${rendered}`);
    });
  });
}
