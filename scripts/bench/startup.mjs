// How big the renderer is, and how long from page load until the workbook
// picker is interactive, on a new profile and on one with 20 workbooks.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ms, stats, withBrowser, withServer } from './chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 10);

async function bundleSizes() {
  const dir = `${process.env.KOPSPEKS_RENDERER_OUT ?? 'out/renderer'}/assets`;
  const files = await readdir(dir);
  const html = await readFile(`${dir}/../index.html`, 'utf8');
  const startChunks = new Set([...html.matchAll(/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const sum = { js: [0, 0], entry: [0, 0], css: [0, 0], fonts: [0, 0] };
  for (const file of files) {
    const kind = file.endsWith('.js')
      ? 'js'
      : file.endsWith('.css')
        ? 'css'
        : file.endsWith('.woff2')
          ? 'fonts'
          : null;
    if (!kind) continue;
    const bytes = await readFile(join(dir, file));
    sum[kind][0] += (await stat(join(dir, file))).size;
    sum[kind][1] += kind === 'fonts' ? bytes.length : gzipSync(bytes).length;
    // The chunks the page loads at start; the rest load with the pages that need them.
    if (kind === 'js' && startChunks.has(file)) {
      sum.entry[0] += bytes.length;
      sum.entry[1] += gzipSync(bytes).length;
    }
  }
  return sum;
}

async function timeToPicker(page, url) {
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.getByRole('button', { name: 'Jauna kopiena' }).first().waitFor();
  return page.evaluate(
    () => performance.getEntriesByName('kopspeks:picker-ready')[0]?.startTime ?? NaN,
  );
}

export async function benchStartup() {
  const sizes = await bundleSizes();
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.info(`Renderer bundle (${process.env.KOPSPEKS_RENDERER_OUT ?? 'out/renderer'}/assets)`);
  console.info(`  JavaScript loaded at start ${kb(sizes.entry[0])} (gzip ${kb(sizes.entry[1])})`);
  console.info(`  JavaScript, all chunks ${kb(sizes.js[0])} (gzip ${kb(sizes.js[1])})`);
  console.info(`  CSS ${kb(sizes.css[0])} (gzip ${kb(sizes.css[1])}), fonts ${kb(sizes.fonts[0])}`);

  await withServer(async (url) => {
    const cold = [];
    for (let i = 0; i < runs; i += 1) {
      cold.push(
        await withBrowser(async (context) =>
          timeToPicker(context.pages()[0] ?? (await context.newPage()), `${url}#/workbooks`),
        ),
      );
    }
    const warm = await withBrowser(async (context) => {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}#/workbooks`);
      for (let i = 0; i < 20; i += 1) {
        await page.getByRole('button', { name: 'Jauna kopiena' }).first().click();
        await page.getByRole('textbox', { name: /Kopienas nosaukums/ }).fill(`Kopiena ${i + 1}`);
        await page.getByRole('dialog').getByRole('button', { name: 'Izveidot' }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        await page.goto(`${url}#/workbooks`);
      }
      const times = [];
      for (let i = 0; i < runs; i += 1) times.push(await timeToPicker(page, `${url}#/workbooks`));
      return times;
    });
    const line = (label, values) => {
      const s = stats(values);
      console.info(
        `  ${label.padEnd(34)} median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)}`,
      );
    };
    console.info(`Page load → interactive workbook picker, Chromium, ${runs} runs each`);
    line('new profile (first start)', cold);
    line('profile with 20 workbooks', warm);
  });
}
