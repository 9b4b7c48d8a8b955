#!/usr/bin/env node
// `npm run bench`: prints the figures behind the speed and size goals.
// Timing goals live here, not in tests. Run after `npm run build`.
import { benchStartup } from './bench/startup.mjs';
import { benchNeeds } from './bench/needs.mjs';
import { benchSearch } from './bench/search.mjs';
import { benchSync } from './bench/sync.mjs';

const benches = { startup: benchStartup, needs: benchNeeds, sync: benchSync, search: benchSearch };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.info(`\n== ${name} ==`);
  await run();
}
