import { actionsEn } from './sections/actions';
import { backupEn } from './sections/backup';
import { commentsEn } from './sections/comments';
import { eventsEn } from './sections/events';
import { figuresEn } from './sections/figures';
import { mentoringEn } from './sections/mentoring';
import { needsEn } from './sections/needs';
import { reviewEn } from './sections/review';
import { searchEn } from './sections/search';
import { syncEn } from './sections/sync';
import { updatesEn } from './sections/updates';
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
  richText: {
    toolbar: 'Text formatting',
    bold: 'Bold',
    italic: 'Italic',
    heading: 'Heading',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    taskList: 'Checklist',
    link: 'Link',
    linkAddress: 'Link address',
    linkApply: 'Apply',
    linkInvalid: 'Only http, https and mailto links are allowed.',
    undo: 'Undo',
    redo: 'Redo',
  },
  roles: {
    leader: 'Community leader',
    mentor: 'Mentor',
    coordinator: 'Coordinator',
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
  needs: needsEn,
  mentoring: mentoringEn,
  actions: actionsEn,
  comments: commentsEn,
  events: eventsEn,
  figures: figuresEn,
  sync: syncEn,
  backup: backupEn,
  review: reviewEn,
  search: searchEn,
  updates: updatesEn,
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The app’s language. Dates and numbers follow the chosen language.',
    languageSaved: 'Language changed.',
    user: 'You',
    userHint: 'Your name and role are shown with your comments and agreed actions.',
    userName: 'Full name',
    userRole: 'Role',
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
