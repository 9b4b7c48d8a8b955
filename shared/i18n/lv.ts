import { actionsLv } from './sections/actions';
import { backupLv } from './sections/backup';
import { commentsLv } from './sections/comments';
import { eventsLv } from './sections/events';
import { figuresLv } from './sections/figures';
import { mentoringLv } from './sections/mentoring';
import { needsLv } from './sections/needs';
import { reviewLv } from './sections/review';
import { searchLv } from './sections/search';
import { syncLv } from './sections/sync';
import { updatesLv } from './sections/updates';
import type { Strings } from './strings';

/** Latvian, the app's first language. Every key here has an English twin in en.ts. */
export const lv = {
  app: {
    name: 'Kopspēks',
    tagline: 'Kopienas darba burtnīca',
    loading: 'Atver darba burtnīcu…',
    skipToContent: 'Pāriet uz saturu',
  },
  nav: {
    main: 'Galvenā navigācija',
    dashboard: 'Pārskats',
    needs: 'Vajadzības',
    mentoring: 'Mentorings',
    events: 'Pasākumi',
    settings: 'Iestatījumi',
    workbooks: 'Visas kopienas',
    currentWorkbook: 'Atvērtā kopiena',
  },
  common: {
    close: 'Aizvērt',
    cancel: 'Atcelt',
    save: 'Saglabāt',
    saving: 'Saglabā…',
    optional: 'nav obligāts',
    charCount: '{{count}} / {{max}}',
    fixErrors: 'Lūdzu, izlabojiet atzīmētos laukus. Nekas vēl nav saglabāts.',
    draftRestored: 'Atjaunots nesaglabātais melnraksts.',
    discardDraft: 'Atmest melnrakstu',
  },
  richText: {
    toolbar: 'Teksta formatēšana',
    bold: 'Treknraksts',
    italic: 'Slīpraksts',
    heading: 'Virsraksts',
    bulletList: 'Saraksts',
    orderedList: 'Numurēts saraksts',
    taskList: 'Uzdevumu saraksts',
    link: 'Saite',
    linkAddress: 'Saites adrese',
    linkApply: 'Lietot',
    linkInvalid: 'Atļautas tikai http, https un mailto saites.',
    undo: 'Atsaukt',
    redo: 'Atkārtot',
  },
  roles: {
    leader: 'Kopienas līderis',
    mentor: 'Mentors',
    coordinator: 'Koordinators',
  },
  municipality: {
    marupe: 'Mārupes novads',
    olaine: 'Olaines novads',
    kekava: 'Ķekavas novads',
    other: 'Cits novads',
  },
  workbooks: {
    title: 'Jūsu kopienas',
    intro:
      'Katrai kopienai ir sava darba burtnīca: vajadzību izvērtējumi, mentora sesijas un pasākumu plāni.',
    create: 'Jauna kopiena',
    emptyTitle: 'Sāciet ar savu kopienu',
    emptyBody:
      'Izveidojiet darba burtnīcu kopienai, kuru vadāt. Visu var labot vēlāk, un viss tiek glabāts šajā datorā arī bez interneta.',
    open: 'Atvērt',
    openNamed: 'Atvērt “{{name}}”',
    actionsFor: 'Darbības: {{name}}',
    edit: 'Labot profilu',
    archive: 'Arhivēt',
    restore: 'Atjaunot',
    archivedHeading: 'Arhivētās kopienas ({{count}})',
    archivedOn: 'Arhivēta {{date}}',
    createdOn: 'Izveidota {{date}}',
    created: 'Darba burtnīca “{{name}}” izveidota.',
    saved: 'Kopienas profils saglabāts.',
    archived: '“{{name}}” arhivēta. To var atjaunot sarakstā “Arhivētās kopienas”.',
    restored: '“{{name}}” atjaunota.',
    noName: 'Bez nosaukuma',
    archiveConfirmTitle: 'Arhivēt “{{name}}”?',
    archiveConfirmBody:
      'Darba burtnīca tiks paslēpta no saraksta, bet nekas netiks dzēsts. To var atjaunot jebkurā brīdī.',
    form: {
      createTitle: 'Jauna kopienas darba burtnīca',
      createDescription: 'Kopienas pamatdati. Visu var papildināt vēlāk.',
      editTitle: 'Kopienas profils',
      editDescription:
        'Izmaiņas tiek saglabātas, nospiežot “Saglabāt”. Melnraksts netiek pazaudēts.',
      name: 'Kopienas nosaukums',
      nameHint: 'Piemēram, “Jaunmārupes iedzīvotāju kopiena”.',
      municipality: 'Novads',
      neighbourhood: 'Apkaime vai ciems',
      neighbourhoodHint: 'Piemēram, “Jaunolaine” vai “Baloži”.',
      description: 'Apraksts',
      descriptionHint: 'Kas ir kopiena un ko tā vēlas panākt.',
      submitCreate: 'Izveidot',
    },
  },
  dashboard: {
    title: 'Pārskats',
    emptyTitle: 'Šeit redzēsiet, kam jāpievērš uzmanība',
    emptyBody:
      'Svarīgākās vajadzības, gaidāmie pasākumi un to atvērtie uzdevumi, nokavētie norunātie soļi un jaunas mentora atsauksmes. Sāciet ar vajadzību izvērtējumu: ko iedzīvotāji ir teikuši, ka viņiem vajag?',
    firstStep: 'Sākt ar vajadzībām',
    profile: 'Kopienas profils',
  },
  needs: needsLv,
  mentoring: mentoringLv,
  actions: actionsLv,
  comments: commentsLv,
  events: eventsLv,
  figures: figuresLv,
  sync: syncLv,
  backup: backupLv,
  review: reviewLv,
  search: searchLv,
  updates: updatesLv,
  settings: {
    title: 'Iestatījumi',
    language: 'Valoda',
    languageHint: 'Lietotnes valoda. Datumi un skaitļi tiek rādīti atbilstoši izvēlētajai valodai.',
    languageSaved: 'Valoda nomainīta.',
    user: 'Jūs',
    userHint: 'Jūsu vārds un loma tiek rādīti pie jūsu komentāriem un norunātajiem soļiem.',
    userName: 'Vārds un uzvārds',
    userRole: 'Loma',
    about: 'Par lietotni',
    version: 'Versija {{version}}',
    runtimeElectron: 'Darbvirsmas lietotne',
    runtimeWeb: 'Pārlūka versija',
    aboutBody:
      'Kopspēks ir kopienu līderu darba burtnīca programmā Mārupes, Olaines un Ķekavas novadā. Dati tiek glabāti šajā datorā.',
  },
  errorBoundary: {
    title: 'Šo sadaļu neizdevās parādīt',
    body: 'Jūsu dati ir drošībā. Mēģiniet vēlreiz vai pārejiet uz citu sadaļu.',
    retry: 'Mēģināt vēlreiz',
  },
  notFound: {
    title: 'Šī lapa nav atrodama',
    body: 'Iespējams, kopiena ir arhivēta vai saite ir novecojusi.',
    back: 'Uz kopienu sarakstu',
  },
  startup: {
    failedTitle: 'Darba burtnīcu neizdevās atvērt',
    retry: 'Mēģināt vēlreiz',
  },
};

/** The shape every language must fill. */
export type Translation = Strings<typeof lv>;
