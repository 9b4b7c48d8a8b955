// Bundled by scripts/bench/needs.mjs for the browser and injected into the
// benchmark's page only: it opens the app's own database (same name, same
// collections, same schema validation) and bulk-inserts a workbook's worth
// of assessments and needs. Nothing of this ships in the app.
import { createDatabase } from '../../renderer/src/db/database';
import { currentDataVersion } from '../../shared/db/migrations/dataMigrations';
import { itemId } from '../../shared/db/schemas/item.schema';
import { emptyRichText } from '../../shared/domain/richText';
import { needCategories, needStatuses, needSolvers } from '../../shared/domain/need';

/** A small deterministic generator, so every run seeds the same workbook. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

globalThis.kopspeksSeedNeeds = async function seedNeeds(communityId, count) {
  const db = await createDatabase();
  const rand = random(42);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const level = () => 1 + Math.floor(rand() * 5);
  const now = new Date().toISOString();
  const item = (docId, type, data) => ({
    id: itemId(communityId, docId),
    communityId,
    docId,
    type,
    dataVersion: currentDataVersion(type),
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    data,
  });
  const assessments = ['2025-04-12', '2025-10-03', '2026-04-18'].map((date, i) =>
    item(`assessment-bench-${i}`, 'assessment', {
      title: `Izvērtējums ${i + 1}`,
      date,
      method: 'meeting',
      participants: 20 + i * 10,
      area: 'Baloži',
      notes: emptyRichText(),
    }),
  );
  const needs = [];
  for (let i = 0; i < count; i += 1) {
    const ratings = assessments
      .filter((_, a) => a === 2 || rand() < 0.4)
      .map((a) => ({
        assessmentId: a.docId,
        urgency: level(),
        impact: level(),
        feasibility: level(),
        residentsAffected: Math.floor(rand() * 500),
        votes: Math.floor(rand() * 12),
      }));
    needs.push(
      item(`need-bench-${String(i).padStart(5, '0')}`, 'need', {
        title: `Vajadzība Nr. ${i + 1}: ${pick(['apgaismojums', 'soliņi', 'ceļš', 'bērnu laukums', 'informācija'])}`,
        description: 'Iedzīvotāji sapulcē minēja šo vajadzību vairākkārt.',
        category: pick(needCategories),
        status: pick(needStatuses),
        solver: pick(needSolvers),
        evidenceSource: 'Sapulces protokols',
        quotes: [{ id: `q-${i}`, text: 'Vakaros ir tumšs un bīstami.' }],
        proposedSolution: '',
        ratings,
      }),
    );
  }
  await db.items.bulkInsert(assessments);
  for (let i = 0; i < needs.length; i += 500) await db.items.bulkInsert(needs.slice(i, i + 500));
  const stored = await db.items.count({ selector: { communityId, type: 'need' } }).exec();
  await db.close();
  return stored;
};
