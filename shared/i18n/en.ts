import type { Translation } from './lv';

/** English, the app's second language. */
export const en: Translation = {
  app: {
    name: 'Kopspēks',
    tagline: 'Community workbook',
    loading: 'Opening the workbook…',
    skipToContent: 'Skip to content',
  },
  nav: {
    main: 'Main navigation',
    dashboard: 'Dashboard',
    needs: 'Needs',
    mentoring: 'Mentoring',
    events: 'Events',
    settings: 'Settings',
    workbooks: 'All communities',
    currentWorkbook: 'Open community',
  },
  storage: {
    localOnly: 'Saved on this computer',
    localOnlyHint: 'Everything is saved at once, with or without internet.',
  },
  common: {
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
    optional: 'optional',
    charCount: '{{count}} / {{max}}',
    fixErrors: 'Please correct the marked fields. Nothing has been saved yet.',
    draftRestored: 'Your unsaved draft was restored.',
    discardDraft: 'Discard draft',
  },
  municipality: {
    marupe: 'Mārupe municipality',
    olaine: 'Olaine municipality',
    kekava: 'Ķekava municipality',
    other: 'Other municipality',
  },
  workbooks: {
    title: 'Your communities',
    intro:
      'Each community has its own workbook: needs assessments, mentoring sessions and event plans.',
    create: 'New community',
    emptyTitle: 'Start with your community',
    emptyBody:
      'Create a workbook for the community you lead. Everything can be changed later, and everything is kept on this computer, with or without internet.',
    open: 'Open',
    openNamed: 'Open “{{name}}”',
    actionsFor: 'Actions: {{name}}',
    edit: 'Edit profile',
    archive: 'Archive',
    restore: 'Restore',
    archivedHeading: 'Archived communities ({{count}})',
    archivedOn: 'Archived {{date}}',
    createdOn: 'Created {{date}}',
    created: 'Workbook “{{name}}” created.',
    saved: 'Community profile saved.',
    archived: '“{{name}}” archived. You can restore it under “Archived communities”.',
    restored: '“{{name}}” restored.',
    noName: 'Untitled',
    archiveConfirmTitle: 'Archive “{{name}}”?',
    archiveConfirmBody:
      'The workbook will be hidden from the list, but nothing is deleted. You can restore it at any time.',
    form: {
      createTitle: 'New community workbook',
      createDescription: 'The community’s basic details. You can add more later.',
      editTitle: 'Community profile',
      editDescription: 'Changes are saved when you press “Save”. Your draft is never lost.',
      name: 'Community name',
      nameHint: 'For example, “Jaunmārupe residents’ community”.',
      municipality: 'Municipality',
      neighbourhood: 'Neighbourhood or village',
      neighbourhoodHint: 'For example, “Jaunolaine” or “Baloži”.',
      description: 'Description',
      descriptionHint: 'What the community is and what it wants to achieve.',
      submitCreate: 'Create',
    },
  },
  dashboard: {
    title: 'Dashboard',
    emptyTitle: 'This is where you will see what needs your attention',
    emptyBody:
      'Top needs, upcoming events and their open tasks, overdue agreed actions and new feedback from your mentor. Start with a needs assessment: what have residents said they need?',
    firstStep: 'Start with needs',
    profile: 'Community profile',
  },
  needs: {
    title: 'Needs',
    emptyTitle: 'No needs assessment yet',
    emptyBody:
      'Start with what residents have said: a survey, a meeting, interviews or a neighbourhood walk. Note the needs from each assessment, rate their urgency, impact and feasibility, and Kopspēks will help you rank them.',
  },
  mentoring: {
    title: 'Mentoring',
    emptyTitle: 'No mentoring session yet',
    emptyBody:
      'After each meeting with your mentor, note what you talked about and the agreed actions: what, who and by when. Open actions are brought up again at the next session, and your mentor can answer with feedback.',
  },
  events: {
    title: 'Events',
    emptyTitle: 'No event plan yet',
    emptyBody:
      'A community event, the resident forum “Ideju skrejceļš”, the experience trip or the closing event “Dižkūre”: each has a template with an agenda and a checklist to start from.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The app’s language. Dates and numbers follow the chosen language.',
    languageSaved: 'Language changed.',
    about: 'About',
    version: 'Version {{version}}',
    runtimeElectron: 'Desktop app',
    runtimeWeb: 'Browser version',
    aboutBody:
      'Kopspēks is the workbook of community leaders in the programme in Mārupe, Olaine and Ķekava. Your data is kept on this computer.',
  },
  errorBoundary: {
    title: 'This section could not be shown',
    body: 'Your data is safe. Try again or go to another section.',
    retry: 'Try again',
  },
  notFound: {
    title: 'This page cannot be found',
    body: 'The community may have been archived, or the link is out of date.',
    back: 'To the list of communities',
  },
  startup: {
    failedTitle: 'The workbook could not be opened',
    retry: 'Try again',
  },
};
