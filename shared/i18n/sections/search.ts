import type { Strings } from '../strings';

/** Search across the open workbook: the palette and the sidebar's button. */
export const searchLv = {
  open: 'Meklēt',
  openHint: 'Meklēt darba burtnīcā ({{shortcut}})',
  title: 'Meklēt darba burtnīcā',
  inputLabel: 'Ko meklējat?',
  placeholder: 'Vajadzības, sesijas, pasākumi, komentāri…',
  results: 'Meklēšanas rezultāti',
  found: 'Atrasts: {{count}}',
  more: 'un vēl {{count}}',
  preparing: 'Gatavo meklēšanu…',
  failed:
    'Meklēšana šobrīd nedarbojas: darba burtnīcu neizdevās nolasīt. Aizveriet un atveriet to vēlreiz.',
  emptyTitle: 'Meklējiet visā darba burtnīcā',
  emptyBody:
    'Meklē vajadzību, izvērtējumu, sesiju, norunāto soļu, pasākumu un komentāru nosaukumos un tekstos. Garumzīmes un mīkstinājuma zīmes var nerakstīt.',
  noResults: 'Nekas netika atrasts pēc “{{query}}”.',
  noResultsHint: 'Pārbaudiet rakstību vai ierakstiet tikai vārda sākumu.',
  archived: 'Arhivēts',
  sessionOn: 'Sesija {{date}}',
  commentBy: 'Komentārs no {{author}}',
  keys: { move: 'pārvietoties', open: 'atvērt', close: 'aizvērt' },
  kinds: {
    need: 'Vajadzības',
    assessment: 'Izvērtējumi',
    session: 'Mentora sesijas',
    action: 'Norunātie soļi',
    eventPlan: 'Pasākumu plāni',
    comment: 'Komentāri',
  },
};

export const searchEn: Strings<typeof searchLv> = {
  open: 'Search',
  openHint: 'Search the workbook ({{shortcut}})',
  title: 'Search the workbook',
  inputLabel: 'What are you looking for?',
  placeholder: 'Needs, sessions, events, comments…',
  results: 'Search results',
  found: 'Found: {{count}}',
  more: 'and {{count}} more',
  preparing: 'Preparing search…',
  failed:
    'Search is not working right now: the workbook could not be read. Close it and open it again.',
  emptyTitle: 'Search the whole workbook',
  emptyBody:
    'Searches the titles and texts of needs, assessments, sessions, agreed actions, events and comments. Latvian letters can be typed without their marks.',
  noResults: 'Nothing found for “{{query}}”.',
  noResultsHint: 'Check the spelling or type just the start of a word.',
  archived: 'Archived',
  sessionOn: 'Session on {{date}}',
  commentBy: 'Comment by {{author}}',
  keys: { move: 'move', open: 'open', close: 'close' },
  kinds: {
    need: 'Needs',
    assessment: 'Assessments',
    session: 'Mentoring sessions',
    action: 'Agreed actions',
    eventPlan: 'Event plans',
    comment: 'Comments',
  },
};
