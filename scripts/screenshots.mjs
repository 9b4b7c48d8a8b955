#!/usr/bin/env node
// Takes the README's screenshots of the built renderer in Chromium.
// Usage: npm run build && node scripts/screenshots.mjs [outDir=docs/images]
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebServer } from './serve-web.mjs';

const outDir = process.argv[2] ?? 'docs/images';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const server = await startWebServer(0);
const url = `http://127.0.0.1:${server.address().port}/`;
const profile = await mkdtemp(join(tmpdir(), 'kopspeks-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
});
try {
  await mkdir(outDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const shot = (name) => page.screenshot({ path: join(outDir, `${name}.png`) });
  await page.getByRole('heading', { name: 'Jūsu kopienas' }).waitFor();
  await shot('empty');
  const communities = [
    [
      'Jaunmārupes iedzīvotāji',
      'Mārupes novads',
      'Jaunmārupe',
      'Kaimiņi, kas kopā rūpējas par ciema parku, gājēju celiņiem un bērnu laukumu.',
    ],
    [
      'Olaines Zemgales ielas pagalmi',
      'Olaines novads',
      'Olaine',
      'Daudzdzīvokļu māju iedzīvotāji, kas vēlas drošākus un zaļākus pagalmus.',
    ],
    [
      'Baložu kopiena',
      'Ķekavas novads',
      'Baloži',
      'Jaunās ģimenes un seniori kopā: pasākumi, informācija un sadarbība ar pašvaldību.',
    ],
  ];
  for (const [name, municipality, neighbourhood, description] of communities) {
    await page
      .getByRole('link', { name: 'Visas kopienas' })
      .click()
      .catch(() => undefined);
    await page.getByRole('button', { name: 'Jauna kopiena' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Kopienas nosaukums/ }).fill(name);
    if (name === communities[0][0]) await shot('create-dialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: municipality }).click();
    await dialog.getByRole('textbox', { name: /Apkaime/ }).fill(neighbourhood);
    await dialog.getByRole('textbox', { name: /Apraksts/ }).fill(description);
    await dialog.getByRole('button', { name: 'Izveidot' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }
  await page.waitForTimeout(5500); // let the confirmations fade
  await shot('dashboard');
  await page.getByRole('link', { name: 'Visas kopienas' }).click();
  await page.getByRole('heading', { name: 'Jūsu kopienas' }).waitFor();
  await shot('workbooks');
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await shot('settings');
  console.info(`Screenshots in ${outDir}`);
} finally {
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
