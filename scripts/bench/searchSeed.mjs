// Bundled by scripts/bench/search.mjs for the browser and injected into the
// benchmark's page only: it opens the app's own database and bulk-inserts a
// workbook of 10,000 items of every searched kind with Latvian text, and
// times the pure index build on them. Nothing of this ships in the app.
import { createDatabase } from '../../renderer/src/db/database';
import { currentDataVersion } from '../../shared/db/migrations/dataMigrations';
import { itemId } from '../../shared/db/schemas/item.schema';
import { plainTextToRichText } from '../../shared/domain/richText';
import { WorkbookSearchIndex } from '../../shared/search/searchIndex';

/** A small deterministic generator, so every run seeds the same workbook. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const topics = [
  'apgaismojums',
  'bērnu rotaļu laukums',
  'soliņi parkā',
  'gājēju pāreja pie skolas',
  'kopiēnas dārzs',
  'informācijas stends',
  'ietves remonts',
  'atkritumu šķirošana',
  'suņu pastaigu laukums',
  'velosipēdu novietne',
  'sporta laukums',
  'kopienas telpas',
  'talka pie ezera',
  'ceļa seguma remonts',
  'drošība vakaros',
  'autobusa pietura',
  'puķu dobes',
  'senioru pēcpusdienas',
  'jauniešu klubs',
  'strūklaka laukumā',
];
const places = [
  'Baložos',
  'pie skolas',
  'parkā',
  'Ezera ielā',
  'Rīgas ielā',
  'pie veikala',
  'Jaunajā ciemā',
  'pagalmā',
  'Mārupē',
  'Ķekavā',
  'Olainē',
  'pie bibliotēkas',
];
const subjects = [
  'Iedzīvotāji',
  'Kaimiņi',
  'Vecāki',
  'Seniori',
  'Jaunieši',
  'Biedrības valde',
  'Pašvaldības pārstāvis',
  'Mentore',
  'Skolas direktore',
];
const verbs = [
  'ierosināja sakārtot',
  'pārrunāja',
  'atzīmēja, ka vajag uzlabot',
  'lūdza pašvaldībai atjaunot',
  'piedāvāja kopā izveidot',
  'vienojās sakopt',
  'uzsvēra, cik svarīga ir',
];
const tails = [
  'līdz rudenim.',
  'ar pašvaldības atbalstu.',
  'nākamajā sapulcē.',
  'kopā ar skolu un bibliotēku.',
  'pēc aptaujas rezultātiem.',
  'jo bērniem vakaros nav kur spēlēties.',
  'un sagatavot tāmi līdz mēneša beigām.',
  'ja izdosies piesaistīt fonda finansējumu.',
];
const people = [
  'Anna Kalniņa',
  'Jānis Bērziņš',
  'Ilze Ozola',
  'Māris Liepa',
  'Zane Krūmiņa',
  'Pēteris Šmits',
];

globalThis.kopspeksSeedSearch = async function seedSearch(communityId, total) {
  const db = await createDatabase();
  const rand = random(7);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () =>
    `${pick(subjects)} ${pick(verbs)} ${pick(topics)} ${pick(places)} ${pick(tails)}`;
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');
  const day = (i) =>
    `202${4 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const now = new Date().toISOString();
  const item = (type, n, data) => {
    const docId = `${type}-bench-${String(n).padStart(5, '0')}`;
    return {
      id: itemId(communityId, docId),
      communityId,
      docId,
      type,
      dataVersion: currentDataVersion(type),
      createdAt: now,
      updatedAt: now,
      archivedAt: rand() < 0.05 ? now : null,
      data,
    };
  };
  const share = { assessment: 0.004, need: 0.3, session: 0.12, action: 0.25, eventPlan: 0.08 };
  const count = (kind) => Math.round(total * share[kind]);
  const items = [];
  const assessments = [];
  for (let i = 0; i < count('assessment'); i += 1) {
    const a = item('assessment', i, {
      title: `${pick(['Pavasara', 'Rudens', 'Ziemas', 'Vasaras'])} sapulce ${pick(places)}`,
      date: day(i),
      method: 'meeting',
      participants: 10 + Math.floor(rand() * 60),
      area: pick(places),
      notes: plainTextToRichText(`${paragraph(3)}\n${paragraph(2)}`),
    });
    assessments.push(a.docId);
    items.push(a);
  }
  for (let i = 0; i < count('need'); i += 1) {
    const topic = pick(topics);
    items.push(
      item('need', i, {
        title: `${topic[0].toUpperCase()}${topic.slice(1)} ${pick(places)}`,
        description: paragraph(2),
        category: 'infrastructure',
        status: 'identified',
        solver: 'community',
        evidenceSource: 'Sapulces protokols',
        quotes: [{ id: `q-${i}`, text: sentence() }],
        proposedSolution: sentence(),
        ratings: [
          {
            assessmentId: pick(assessments),
            urgency: 3,
            impact: 3,
            feasibility: 3,
            residentsAffected: 40,
            votes: 2,
          },
        ],
      }),
    );
  }
  const sessions = [];
  for (let i = 0; i < count('session'); i += 1) {
    const s = item('session', i, {
      date: day(i),
      mentor: pick(people),
      participants: `${pick(people)}, ${pick(people)}`,
      topics: `${pick(topics)}, ${pick(topics)}`,
      notes: plainTextToRichText(`${paragraph(4)}\n${paragraph(3)}\n${paragraph(2)}`),
      status: 'shared',
    });
    sessions.push(s.docId);
    items.push(s);
  }
  for (let i = 0; i < count('action'); i += 1) {
    items.push(
      item('action', i, {
        sessionId: pick(sessions),
        title: `${pick(['Sazvanīt', 'Uzrakstīt vēstuli par', 'Sagatavot tāmi:', 'Noskaidrot', 'Sarunāt ar domi par'])} ${pick(topics)}`,
        assignee: pick(people),
        dueDate: day(i),
        status: 'open',
        carriedTo: [],
      }),
    );
  }
  const plans = [];
  for (let i = 0; i < count('eventPlan'); i += 1) {
    const p = item('eventPlan', i, {
      kind: 'cleanup',
      title: `${pick(['Talka', 'Kaimiņu svētki', 'Sporta diena', 'Tirdziņš', 'Rudens balle'])} ${pick(places)}`,
      goals: paragraph(2),
      status: 'planned',
      place: pick(places),
      audience: 'Visi kaimiņi',
      expectedParticipants: 50,
      needIds: [],
      days: [{ id: 'd1', date: day(i) }],
      agenda: [
        {
          id: 'a1',
          dayId: 'd1',
          start: '10:00',
          end: '11:00',
          title: `Ierašanās un ${pick(topics)}`,
          who: pick(people),
        },
        {
          id: 'a2',
          dayId: 'd1',
          start: '11:00',
          end: '13:00',
          title: `Darbs: ${pick(topics)}`,
          who: pick(people),
        },
      ],
      tasks: [
        { id: 't1', title: `Sagatavot ${pick(topics)}`, who: pick(people), due: '', done: false },
      ],
      partners: [{ id: 'p1', name: 'Pašvaldība', kind: 'municipality', status: 'invited' }],
      budget: [],
      ideas: [],
      report: {
        actualParticipants: null,
        results: plainTextToRichText(paragraph(2)),
        worked: plainTextToRichText(sentence()),
        change: plainTextToRichText(sentence()),
      },
    });
    plans.push(p.docId);
    items.push(p);
  }
  for (let i = 0; items.length < total; i += 1) {
    const onSession = rand() < 0.7;
    items.push(
      item('comment', i, {
        targetDocId: onSession ? pick(sessions) : pick(plans),
        targetType: onSession ? 'session' : 'eventPlan',
        authorName: pick(people),
        authorRole: 'mentor',
        body: paragraph(1 + Math.floor(rand() * 3)),
        createdAt: now,
      }),
    );
  }
  for (let i = 0; i < items.length; i += 500) await db.items.bulkInsert(items.slice(i, i + 500));
  const stored = await db.items.count({ selector: { communityId } }).exec();
  const kinds = {};
  for (const it of items) kinds[it.type] = (kinds[it.type] ?? 0) + 1;
  await db.close();
  return { stored, kinds };
};

/** The index build alone (no database reads), on the items the seed stored. */
globalThis.kopspeksBuildSearchIndex = async function buildIndex(communityId, runs) {
  const db = await createDatabase();
  const docs = (await db.items.find({ selector: { communityId } }).exec()).map((d) => d.toJSON());
  await db.close();
  const times = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    const index = new WorkbookSearchIndex();
    index.addAll(docs);
    times.push(performance.now() - start);
    globalThis.kopspeksBenchIndex = index;
  }
  return times;
};

/** The search call alone (query to grouped, highlighted hits) for each prefix of each word. */
globalThis.kopspeksSearchTimes = function searchTimes(words) {
  const index = globalThis.kopspeksBenchIndex;
  const times = [];
  for (const word of words) {
    for (let i = 1; i <= word.length; i += 1) {
      const start = performance.now();
      index.search(word.slice(0, i));
      times.push(performance.now() - start);
    }
  }
  return times;
};
