import type { Strings } from '../strings';

/** Mentor mode: the review queue, the mentor's read-only view, marking sessions reviewed. */
export const reviewLv = {
  nav: 'Jāizskata',
  title: 'Jāizskata',
  intro:
    'Viss, kam jāpievērš uzmanība kopienās, kurām esat mentors: nosūtītās sesijas, jaunas vajadzības, gaidāmie pasākumi un nokavētie soļi.',
  openQueue: 'Atvērt izskatāmo sarakstu',
  mentorOf_zero: 'Jūs esat mentors {{count}} kopienām.',
  mentorOf_one: 'Jūs esat mentors {{count}} kopienai.',
  mentorOf_other: 'Jūs esat mentors {{count}} kopienām.',
  mentorBadge: 'Mentors',
  mentorBadgeHint: 'Jūs esat šīs kopienas mentors',
  coordinatorBadge: 'Koordinators',
  coordinatorBadgeHint: 'Jūs kā programmas koordinators šo kopienu lasāt',
  coordinatorNote:
    'Jūs esat programmas koordinators: kopienas darba burtnīcu varat lasīt un tās rādītājus redzēt, bet ierakstus maina kopienas līderis.',
  readOnlyNote:
    'Jūs esat šīs kopienas mentors: varat komentēt un atzīmēt sesijas kā izskatītas. Līdera ierakstus varat lasīt, bet ne labot.',
  sections: {
    sessions: 'Sesijas, kas gaida izskatīšanu',
    needs: 'Jaunas vajadzības',
    events: 'Gaidāmie pasākumi',
    overdue: 'Nokavētie norunātie soļi',
  },
  hints: {
    sessions: 'Līderis tās nosūtīja jums. Izlasiet, komentējiet un atzīmējiet kā izskatītas.',
    needs: 'Pierakstītas pēdējās {{days}} dienās.',
    events: 'Sākas tuvāko {{days}} dienu laikā.',
    overdue: 'Atvērti soļi, kuru termiņš ir pagājis.',
  },
  none: {
    sessions: 'Neviena sesija negaida izskatīšanu.',
    needs: 'Jaunu vajadzību nav.',
    events: 'Tuvākajā mēnesī pasākumu nav.',
    overdue: 'Nokavētu soļu nav.',
  },
  countLabel: 'Skaits: {{count}}',
  sessionTitle: 'Sesija {{date}}',
  noDate: 'bez datuma',
  noTitle: 'Bez nosaukuma',
  createdOn: 'Pierakstīta {{date}}',
  startsOn: 'Sākas {{date}}',
  dueOn: 'Termiņš bija {{date}}',
  newSinceVisit: 'Jauna',
  emptyTitle: 'Nekas negaida izskatīšanu',
  emptyBody:
    'Kad līderis nosūtīs jums sesiju, pierakstīs jaunu vajadzību vai plānos pasākumu, tas parādīsies šeit pēc sinhronizācijas.',
  notMentorTitle: 'Jūs vēl neesat nevienas kopienas mentors',
  notMentorBody:
    'Pierakstieties sadaļā Iestatījumi → Sinhronizācija ar kontu, ko jums iedeva programmas koordinators. Kopienas, kurām esat mentors, parādīsies šeit.',
  openSettings: 'Atvērt iestatījumus',
  refusedNotice_zero:
    'Serveris nepieņēma {{count}} jūsu izmaiņu. Sīkāk: Iestatījumi → Sinhronizācija.',
  refusedNotice_one:
    'Serveris nepieņēma {{count}} jūsu izmaiņu. Sīkāk: Iestatījumi → Sinhronizācija.',
  refusedNotice_other:
    'Serveris nepieņēma {{count}} jūsu izmaiņas. Sīkāk: Iestatījumi → Sinhronizācija.',
  refusedMentor:
    'Serveris nepieņēma jūsu izmaiņas ({{what}}): mentori var tikai komentēt un atzīmēt sesijas kā izskatītas. Serverī nekas netika mainīts.',
  itemTypes: {
    community: 'kopienas profils',
    assessment: 'vajadzību izvērtējums',
    need: 'vajadzība',
    session: 'mentora sesija',
    action: 'norunātais solis',
    eventPlan: 'pasākuma plāns',
    comment: 'komentārs',
    review: 'izskatīšanas atzīme',
  },
  session: {
    markReviewed: 'Atzīmēt kā izskatītu',
    marking: 'Atzīmē…',
    markedReviewed: 'Sesija atzīmēta kā izskatīta. Līderis to redzēs pēc sinhronizācijas.',
    reviewedBy: 'Izskatīja {{name}}, {{date}}',
    reviewedOn: 'Izskatīta {{date}}',
    notShared: 'Līderis šo sesiju vēl nav nosūtījis izskatīšanai. Varat to izlasīt un komentēt.',
    waiting: 'Līderis nosūtīja šo sesiju jums. Kad esat to izlasījis, atzīmējiet to kā izskatītu.',
    details: 'Sesijas dati',
    notes: 'Piezīmes',
    noNotes: 'Piezīmju nav.',
    none: 'nav norādīts',
    actions: 'Norunātie soļi',
    noActions: 'Šajā sesijā soļi nav norunāti.',
    due: 'līdz {{date}}',
    actionStatus: {
      open: 'Atvērts',
      done: 'Izpildīts',
      dropped: 'Atmests',
      overdue: 'Nokavēts',
    },
  },
  share: {
    button: 'Nosūtīt mentoram',
    done: 'Sesija nosūtīta mentoram. Mentors to redzēs pēc sinhronizācijas.',
    again: 'Nosūtīt mentoram vēlreiz',
    againDone: 'Sesija atkal nosūtīta mentoram: tā gaida jaunu izskatīšanu.',
  },
};

export const reviewEn: Strings<typeof reviewLv> = {
  nav: 'Review queue',
  title: 'Review queue',
  intro:
    'Everything that needs your attention in the communities you mentor: shared sessions, new needs, upcoming events and overdue actions.',
  openQueue: 'Open the review queue',
  mentorOf_zero: 'You mentor {{count}} communities.',
  mentorOf_one: 'You mentor {{count}} community.',
  mentorOf_other: 'You mentor {{count}} communities.',
  mentorBadge: 'Mentor',
  mentorBadgeHint: 'You are this community’s mentor',
  coordinatorBadge: 'Coordinator',
  coordinatorBadgeHint: 'As the programme coordinator you read this community',
  coordinatorNote:
    'You are the programme coordinator: you can read this community’s workbook and see its figures; its leader changes the records.',
  readOnlyNote:
    'You are this community’s mentor: you can comment and mark sessions reviewed. You can read the leader’s records, not change them.',
  sections: {
    sessions: 'Sessions waiting for review',
    needs: 'New needs',
    events: 'Upcoming events',
    overdue: 'Overdue agreed actions',
  },
  hints: {
    sessions: 'The leader shared them with you. Read, comment and mark them reviewed.',
    needs: 'Written down in the last {{days}} days.',
    events: 'Starting within the next {{days}} days.',
    overdue: 'Open actions past their date.',
  },
  none: {
    sessions: 'No session is waiting for review.',
    needs: 'No new needs.',
    events: 'No events in the coming month.',
    overdue: 'No overdue actions.',
  },
  countLabel: 'Count: {{count}}',
  sessionTitle: 'Session of {{date}}',
  noDate: 'no date',
  noTitle: 'Untitled',
  createdOn: 'Written down {{date}}',
  startsOn: 'Starts {{date}}',
  dueOn: 'Was due {{date}}',
  newSinceVisit: 'New',
  emptyTitle: 'Nothing is waiting for review',
  emptyBody:
    'When a leader shares a session with you, writes down a new need or plans an event, it shows here after sync.',
  notMentorTitle: 'You do not mentor any community yet',
  notMentorBody:
    'Sign in under Settings → Sync with the account your programme coordinator gave you. The communities you mentor will show here.',
  openSettings: 'Open settings',
  refusedNotice_zero:
    'The server did not accept {{count}} of your changes. Details: Settings → Sync.',
  refusedNotice_one:
    'The server did not accept {{count}} of your changes. Details: Settings → Sync.',
  refusedNotice_other:
    'The server did not accept {{count}} of your changes. Details: Settings → Sync.',
  refusedMentor:
    'The server did not accept your change ({{what}}): mentors can only comment and mark sessions reviewed. Nothing was changed on the server.',
  itemTypes: {
    community: 'community profile',
    assessment: 'needs assessment',
    need: 'need',
    session: 'mentoring session',
    action: 'agreed action',
    eventPlan: 'event plan',
    comment: 'comment',
    review: 'review mark',
  },
  session: {
    markReviewed: 'Mark reviewed',
    marking: 'Marking…',
    markedReviewed: 'Session marked reviewed. The leader sees it after sync.',
    reviewedBy: 'Reviewed by {{name}}, {{date}}',
    reviewedOn: 'Reviewed {{date}}',
    notShared:
      'The leader has not shared this session for review yet. You can read and comment on it.',
    waiting: 'The leader shared this session with you. Once you have read it, mark it reviewed.',
    details: 'Session details',
    notes: 'Notes',
    noNotes: 'No notes.',
    none: 'not given',
    actions: 'Agreed actions',
    noActions: 'No actions were agreed in this session.',
    due: 'by {{date}}',
    actionStatus: {
      open: 'Open',
      done: 'Done',
      dropped: 'Dropped',
      overdue: 'Overdue',
    },
  },
  share: {
    button: 'Share with mentor',
    done: 'Session shared with your mentor. They see it after sync.',
    again: 'Share with mentor again',
    againDone: 'Session shared with your mentor again: it waits for a new review.',
  },
};
