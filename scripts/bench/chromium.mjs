// Shared set-up of the benchmarks: the built renderer served on loopback
// and Debian's Chromium with a profile of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebServer } from '../serve-web.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function withServer(run) {
  const server = await startWebServer(0);
  try {
    return await run(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

export async function withBrowser(run, profileDir) {
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'kopspeks-bench-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await run(context, dir);
  } finally {
    await context.close();
    if (!profileDir) await rm(dir, { recursive: true, force: true });
  }
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: pick(0.5), p90: pick(0.9), max: sorted[sorted.length - 1] };
}

export const ms = (value) => `${value.toFixed(0)} ms`;
