import type { Strings } from '../strings';

/** Backups of a workbook: export, restore with a preview, automatic backups. */
export const backupLv = {
  title: 'Rezerves kopijas',
  intro:
    'Saglabājiet visu darba burtnīcu vienā failā un atjaunojiet to, ja kaut kas ir pazudis vai sabojāts.',
  exportHeading: 'Saglabāt rezerves kopiju',
  exportHint:
    'Viss, kas ir šajā darba burtnīcā — izvērtējumi, vajadzības, sesijas, pasākumu plāni un komentāri — vienā failā. Glabājiet to drošā vietā, piemēram, zibatmiņā.',
  exportButton: 'Saglabāt rezerves kopiju',
  exporting: 'Saglabā…',
  exported: 'Rezerves kopija saglabāta: {{file}}',
  restoreHeading: 'Atjaunot no faila',
  restoreHint:
    'Izvēlieties failu, kas beidzas ar .kopspeks-backup.json. Pirms kaut kas tiek mainīts, redzēsiet, kas mainīsies.',
  restoreButton: 'Atjaunot no faila…',
  reading: 'Nolasa…',
  autoHeading: 'Automātiskās rezerves kopijas',
  autoHintDesktop:
    'Reizi dienā, atverot darba burtnīcu, lietotne pati saglabā rezerves kopiju šajā datorā. Tiek glabātas pēdējās {{count}}.',
  autoHintWeb:
    'Reizi dienā, atverot darba burtnīcu, tiek saglabāta rezerves kopija šajā pārlūkā. Tiek glabātas pēdējās {{count}}. Notīrot pārlūka datus, tās pazūd kopā ar darba burtnīcu, tāpēc saglabājiet kopiju arī failā.',
  autoEmpty:
    'Vēl nav nevienas automātiskās rezerves kopijas. Pirmā tiks izveidota drīz pēc darba burtnīcas atvēršanas.',
  autoList: 'Automātiskās rezerves kopijas',
  columnDate: 'Izveidota',
  columnSize: 'Izmērs',
  columnItems: 'Ieraksti',
  unknownCount: 'nav zināms',
  restoreAuto: 'Atjaunot…',
  restoreAutoNamed: 'Atjaunot kopiju no {{date}}',
  pickerRestore: 'Atjaunot no rezerves kopijas…',
  dialogTitle: 'Atjaunot rezerves kopiju',
  dialogSummary: '“{{name}}”, izveidota {{date}}. Ierakstu skaits: {{count}}.',
  targetLabel: 'Kur atjaunot?',
  targetNew: 'Jaunā darba burtnīcā',
  targetNewHint:
    'Tiks izveidota jauna darba burtnīca “{{name}}”. Esošās darba burtnīcas netiek mainītas.',
  targetSame: 'Šajā pašā darba burtnīcā',
  targetSameHint:
    'Mainītie ieraksti tiek atgriezti tādi, kādi tie ir rezerves kopijā, un izmaiņas tiek sinhronizētas. Ieraksti, kuru kopijā nav, paliek — nekas netiek dzēsts. Pirms tam pašreizējais stāvoklis tiek saglabāts kā automātiskā rezerves kopija.',
  targetOriginal: 'Atjaunot sākotnējo darba burtnīcu',
  targetOriginalHint:
    'Šajā ierīcē šīs darba burtnīcas nav. Tā tiks atjaunota ar to pašu identitāti, lai to varētu atkal sinhronizēt ar kopienas serveri.',
  previewCaption: 'Kas mainīsies',
  columnKind: 'Veids',
  columnAdded: 'Pievienos',
  columnChanged: 'Atgriezīs',
  columnUnchanged: 'Bez izmaiņām',
  columnKept: 'Paliks (nav kopijā)',
  nothingToDo: 'Darba burtnīca jau ir tieši tāda kā rezerves kopijā: nekas netiks mainīts.',
  confirm: 'Atjaunot',
  restoring: 'Atjauno…',
  restoredNew: 'Rezerves kopija atjaunota jaunā darba burtnīcā “{{name}}”.',
  restoredSame: 'Rezerves kopija atjaunota. Atgriezto vai pievienoto ierakstu skaits: {{count}}.',
  restorePartial:
    'Atjaunošana nav pilnīga: {{failed}} no {{total}} ierakstiem neizdevās saglabāt. Pārējie ir atjaunoti; mēģiniet vēlreiz.',
  copyName: '{{name}} (atjaunota {{date}})',
  kinds: {
    community: 'Kopienas profils',
    assessment: 'Vajadzību izvērtējumi',
    need: 'Vajadzības',
    session: 'Mentora sesijas',
    action: 'Norunātie soļi',
    eventPlan: 'Pasākumu plāni',
    comment: 'Komentāri',
    review: 'Mentoru izskatīšanas atzīmes',
  },
};

export const backupEn: Strings<typeof backupLv> = {
  title: 'Backups',
  intro: 'Save the whole workbook in one file, and restore it if something is lost or damaged.',
  exportHeading: 'Save a backup',
  exportHint:
    'Everything in this workbook — assessments, needs, sessions, event plans and comments — in one file. Keep it somewhere safe, such as a USB stick.',
  exportButton: 'Save a backup',
  exporting: 'Saving…',
  exported: 'Backup saved: {{file}}',
  restoreHeading: 'Restore from a file',
  restoreHint:
    'Choose a file ending in .kopspeks-backup.json. Before anything changes, you will see what will change.',
  restoreButton: 'Restore from a file…',
  reading: 'Reading…',
  autoHeading: 'Automatic backups',
  autoHintDesktop:
    'Once a day, when you open the workbook, the app saves a backup on this computer by itself. The last {{count}} are kept.',
  autoHintWeb:
    'Once a day, when you open the workbook, a backup is saved in this browser. The last {{count}} are kept. Clearing the browser’s data removes them together with the workbook, so save a backup to a file as well.',
  autoEmpty: 'No automatic backups yet. The first is made shortly after the workbook is opened.',
  autoList: 'Automatic backups',
  columnDate: 'Made',
  columnSize: 'Size',
  columnItems: 'Items',
  unknownCount: 'unknown',
  restoreAuto: 'Restore…',
  restoreAutoNamed: 'Restore the backup of {{date}}',
  pickerRestore: 'Restore from a backup…',
  dialogTitle: 'Restore a backup',
  dialogSummary: '“{{name}}”, made {{date}}. Items: {{count}}.',
  targetLabel: 'Where to restore?',
  targetNew: 'Into a new workbook',
  targetNewHint: 'A new workbook “{{name}}” is created. The existing workbooks are not changed.',
  targetSame: 'Into this same workbook',
  targetSameHint:
    'Changed items are put back as they are in the backup, and the change is synced. Items not in the backup stay — nothing is deleted. First, the current state is saved as an automatic backup.',
  targetOriginal: 'Bring back the original workbook',
  targetOriginalHint:
    'This device does not have this workbook. It is brought back with the same identity, so it can sync with the community’s server again.',
  previewCaption: 'What will change',
  columnKind: 'Kind',
  columnAdded: 'Added',
  columnChanged: 'Put back',
  columnUnchanged: 'Unchanged',
  columnKept: 'Kept (not in backup)',
  nothingToDo: 'The workbook already matches the backup exactly: nothing will change.',
  confirm: 'Restore',
  restoring: 'Restoring…',
  restoredNew: 'The backup was restored into a new workbook, “{{name}}”.',
  restoredSame: 'The backup was restored. Items put back or added: {{count}}.',
  restorePartial:
    'The restore is incomplete: {{failed}} of {{total}} items could not be saved. The others were restored; please try again.',
  copyName: '{{name}} (restored {{date}})',
  kinds: {
    community: 'Community profile',
    assessment: 'Needs assessments',
    need: 'Needs',
    session: 'Mentoring sessions',
    action: 'Agreed actions',
    eventPlan: 'Event plans',
    comment: 'Comments',
    review: 'Mentors’ review marks',
  },
};
