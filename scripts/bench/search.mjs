// How fast search answers in a big workbook: 10,000 items of every searched
// kind with Latvian text, seeded through the app's own database code (a
// bundle of scripts/bench/searchSeed.mjs injected into the benchmark's page
// only), then in the real app in Chromium: the index build when the workbook
// opens, and the time from each keystroke to its results painted while words
// are typed letter by letter (without Latvian marks, as many people type).
// BENCH_SEARCH_ITEMS (10000), BENCH_RUNS (5): page loads for the build time.
import { availableParallelism, loadavg } from 'node:os';
import { ms, seedBundle, stats, withSeedableWorkbook, withServer } from './chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const itemCount = Number(process.env.BENCH_SEARCH_ITEMS ?? 10_000);
const words = [
  'kopiena darzs',
  'apgaismojums',
  'bernu laukums',
  'talka pie ezera',
  'pasvaldibas atbalstu',
  'soli parka',
  'anna kalnina',
];
/** About how fast a quick typist types. */
const keyGapMs = 90;

/**
 * Records, for every key pressed in the search box, the time from the key
 * until the first frame that shows the results for the new text is painted.
 */
function recordKeystrokes() {
  globalThis.__keystrokes = [];
  globalThis.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      const input = globalThis.document.querySelector('[role="combobox"]');
      if (!input) return;
      const before = input.value;
      // A key that changes nothing (clearing an empty box) stops waiting at the next key.
      globalThis.__lastKey = (globalThis.__lastKey ?? 0) + 1;
      const key = globalThis.__lastKey;
      const check = () => {
        if (key !== globalThis.__lastKey) return;
        const body = globalThis.document.querySelector('[data-search-query]');
        const shown = body?.getAttribute('data-search-query');
        if (input.value !== before && shown === input.value) {
          setTimeout(() =>
            globalThis.__keystrokes.push({
              ms: performance.now() - start,
              query: shown,
              options: globalThis.document.querySelectorAll('[role="option"]').length,
            }),
          );
        } else globalThis.requestAnimationFrame(check);
      };
      globalThis.requestAnimationFrame(check);
    },
    true,
  );
}

export async function benchSearch() {
  const code = await seedBundle('./searchSeed.mjs', 'kopspeksSearchSeed');
  await withServer(async (url) => {
    await withSeedableWorkbook(url, code, async (page, communityId) => {
      const seedStart = Date.now();
      const seeded = await page.evaluate(
        ([id, count]) => globalThis.kopspeksSeedSearch(id, count),
        [communityId, itemCount],
      );
      console.info(
        `Seeded ${seeded.stored - 1} items in ${ms(Date.now() - seedStart)}: ${Object.entries(
          seeded.kinds,
        )
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ')}`,
      );
      const pure = await page.evaluate(
        ([id, n]) => globalThis.kopspeksBuildSearchIndex(id, n),
        [communityId, runs],
      );
      // Warm once, as a user's first searches warm the engine; then measure.
      await page.evaluate((w) => globalThis.kopspeksSearchTimes(w), words);
      const calls = await page.evaluate((w) => globalThis.kopspeksSearchTimes(w), words);

      // The app's build: read every item of the workbook and index it, in
      // slices between which the page keeps rendering, from a page load.
      const appBuild = [];
      const appRead = [];
      let indexed = 0;
      const dashboardUrl = `${url}#/w/${communityId}/dashboard`;
      for (let i = 0; i < runs; i += 1) {
        await page.goto(dashboardUrl);
        await page.reload();
        await page.waitForFunction(
          () => performance.getEntriesByName('kopspeks:search-index').length > 0,
          null,
          { timeout: 120_000 },
        );
        const entry = await page.evaluate(() => {
          const m = performance.getEntriesByName('kopspeks:search-index')[0];
          return { duration: m.duration, items: m.detail.items, readMs: m.detail.readMs };
        });
        appBuild.push(entry.duration);
        appRead.push(entry.readMs);
        indexed = entry.items;
      }

      // Typing: each word letter by letter into the open palette.
      await page.evaluate(recordKeystrokes);
      await page.keyboard.press('Control+k');
      const input = page.getByRole('combobox', { name: 'Ko meklējat?' });
      await input.waitFor();
      const all = [];
      const firstLetters = [];
      let mismatched = 0;
      for (let round = 0; round < 2; round += 1) {
        for (const word of words) {
          await input.fill('');
          // Let the clearing's own frame be recorded before counting this word.
          await page.waitForTimeout(250);
          await page.evaluate(() => {
            globalThis.__keystrokes = [];
          });
          for (let i = 0; i < word.length; i += 1) {
            await page.keyboard.type(word[i]);
            await page.waitForFunction((n) => globalThis.__keystrokes.length >= n, i + 1);
            await page.waitForTimeout(keyGapMs);
          }
          const strokes = await page.evaluate(() => globalThis.__keystrokes);
          strokes.forEach((stroke, i) => {
            if (stroke.query !== word.slice(0, i + 1)) {
              mismatched += 1;
              if (mismatched <= 3)
                console.info(`  (${word}: key ${i + 1} recorded "${stroke.query}")`);
            }
          });
          all.push(...strokes.map((s) => s.ms));
          firstLetters.push(strokes[0].ms);
          if (round === 0) {
            const last = strokes[strokes.length - 1];
            console.info(
              `  "${word}": ${strokes.map((s) => s.ms.toFixed(0)).join(' ')} ms; ${last.options} results shown`,
            );
          }
        }
      }
      const line = (label, values) => {
        const s = stats(values);
        console.info(
          `  ${label.padEnd(44)} median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)}`,
        );
      };
      console.info(
        `Search over ${indexed} indexed items, Chromium; load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${availableParallelism()} cores`,
      );
      line(`index build alone (${runs} runs)`, pure);
      line(`page load → index ready (${runs} runs)`, appBuild);
      line('  of which reading the items from the database', appRead);
      line(`search call alone, per prefix (${calls.length})`, calls);
      line(`keystroke → results painted (${all.length} keys)`, all);
      line('  first letter of a word (1-letter query)', firstLetters);
      if (mismatched > 0) console.info(`  ${mismatched} keystrokes recorded for another text`);
    });
  });
}
