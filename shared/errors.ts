import type { Locale } from './i18n/locales';

/**
 * Every failure the user may be told about, with its message in each
 * language. IPC results, validation failures and database errors map to
 * these codes; the renderer shows `errorMessage(code, locale)`.
 */
export const errorMessages = {
  'ipc.badInput': {
    lv: 'Lietotne saņēma pieprasījumu, ko nevarēja saprast. Nekas netika mainīts.',
    en: 'The app received a request it could not understand. Nothing was changed.',
  },
  'ipc.untrustedSender': {
    lv: 'Pieprasījums nāca no nezināma loga un tika atteikts.',
    en: 'The request came from an unknown window and was refused.',
  },
  'ipc.failed': {
    lv: 'Kaut kas nogāja greizi. Mēģiniet vēlreiz; ja tas atkārtojas, restartējiet lietotni.',
    en: 'Something went wrong. Please try again; if it happens again, restart the app.',
  },
  'ipc.unavailable': {
    lv: 'Šī iespēja ir pieejama tikai darbvirsmas lietotnē.',
    en: 'This is only available in the desktop app.',
  },
  'shell.urlNotAllowed': {
    lv: 'Šo saiti nevar atvērt: atļautas tikai http, https un mailto saites.',
    en: 'This link cannot be opened: only http, https and mailto links are allowed.',
  },
  'settings.saveFailed': {
    lv: 'Iestatījumus neizdevās saglabāt. Izmaiņas paliek spēkā līdz lietotnes aizvēršanai.',
    en: 'The settings could not be saved. The change stays in effect until the app is closed.',
  },
  'file.saveFailed': {
    lv: 'Failu neizdevās saglabāt. Pārbaudiet, vai mapē var rakstīt un vai diskā ir vieta.',
    en: 'The file could not be saved. Check that the folder is writable and the disk has room.',
  },
  'file.pdfFailed': {
    lv: 'PDF neizdevās izveidot. Mēģiniet vēlreiz.',
    en: 'The PDF could not be made. Please try again.',
  },
  'sync.noSecureStorage': {
    lv: 'Šajā datorā nav droša paroļu glabātuves, tāpēc paroli nevar saglabāt. Sinhronizācija nav ieslēgta.',
    en: 'This computer offers no secure password storage, so the password cannot be kept. Sync is not turned on.',
  },
  'sync.notSignedIn': {
    lv: 'Jūs neesat pierakstījies sinhronizācijas serverī. Atveriet Iestatījumi → Sinhronizācija.',
    en: 'You are not signed in to the sync server. Open Settings → Sync.',
  },
  'sync.unauthorized': {
    lv: 'Serveris nepieņēma lietotājvārdu vai paroli. Ievadiet tos vēlreiz sadaļā Iestatījumi → Sinhronizācija.',
    en: 'The server did not accept the user name or password. Enter them again in Settings → Sync.',
  },
  'sync.unreachable': {
    lv: 'Serveris nav sasniedzams. Pārbaudiet interneta savienojumu un servera adresi.',
    en: 'The server cannot be reached. Check the internet connection and the server address.',
  },
  'sync.notCouchDb': {
    lv: 'Šī adrese neatbild kā Kopspēks sinhronizācijas serveris. Pārbaudiet adresi pie koordinatora.',
    en: 'This address does not answer like a Kopspēks sync server. Check the address with your coordinator.',
  },
  'sync.badServerUrl': {
    lv: 'Servera adresei jāsākas ar https:// (vai http://) un jābūt bez lietotājvārda un paroles.',
    en: 'The server address must start with https:// (or http://) and contain no user name or password.',
  },
  'sync.coordinatorReadOnly': {
    lv: 'Kā programmas koordinators jūs kopienas darba burtnīcu varat lasīt, bet ne mainīt. Nekas netika mainīts.',
    en: 'As the programme coordinator you can read a community’s workbook, not change it. Nothing was changed.',
  },
  'sync.mentorReadOnly': {
    lv: 'Jūs esat šīs kopienas mentors: varat komentēt un atzīmēt sesijas kā izskatītas, bet līdera ierakstus mainīt nevar. Nekas netika mainīts.',
    en: 'You are this community’s mentor: you can comment and mark sessions reviewed, but not change the leader’s records. Nothing was changed.',
  },
  'db.openFailed': {
    lv: 'Darba burtnīcu neizdevās atvērt. Aizveriet citus lietotnes logus un mēģiniet vēlreiz.',
    en: 'The workbook could not be opened. Close other windows of the app and try again.',
  },
  'db.saveFailed': {
    lv: 'Neizdevās saglabāt. Jūsu ievadītais teksts ir saglabāts melnrakstā; mēģiniet vēlreiz.',
    en: 'Could not save. What you typed is kept as a draft; please try again.',
  },
  'db.notFound': {
    lv: 'Šis ieraksts vairs nav atrodams. Iespējams, tas ir dzēsts.',
    en: 'This item can no longer be found. It may have been deleted.',
  },
  'validation.required': {
    lv: 'Šis lauks ir obligāts.',
    en: 'This field is required.',
  },
  'validation.tooLong': {
    lv: 'Pārāk garš: ne vairāk kā {{max}} rakstzīmes.',
    en: 'Too long: at most {{max}} characters.',
  },
  'validation.invalid': {
    lv: 'Šī vērtība nav derīga.',
    en: 'This value is not valid.',
  },
  'validation.range': {
    lv: 'Ievadiet veselu skaitli no {{min}} līdz {{max}}.',
    en: 'Enter a whole number from {{min}} to {{max}}.',
  },
  // Backups (issue #8): reading a backup file, keeping automatic backups.
  'backup.corrupt': {
    lv: 'Šo failu nevar nolasīt kā rezerves kopiju: tas ir bojāts. Nekas netika mainīts.',
    en: 'This file cannot be read as a backup: it is damaged. Nothing was changed.',
  },
  'backup.truncated': {
    lv: 'Rezerves kopija ir nepilnīga: fails ir nogriezts (iespējams, kopēšana vai lejupielāde netika pabeigta). Nekas netika mainīts.',
    en: 'The backup is incomplete: the file was cut short (perhaps a copy or download did not finish). Nothing was changed.',
  },
  'backup.tampered': {
    lv: 'Rezerves kopijas saturs pēc saglabāšanas ir mainīts, tāpēc tai nevar uzticēties. Nekas netika mainīts.',
    en: 'The backup was changed after it was saved, so it cannot be trusted. Nothing was changed.',
  },
  'backup.foreign': {
    lv: 'Šis nav Kopspēka rezerves kopijas fails. Izvēlieties failu, kas beidzas ar .kopspeks-backup.json. Nekas netika mainīts.',
    en: 'This is not a Kopspēks backup file. Choose a file ending in .kopspeks-backup.json. Nothing was changed.',
  },
  'backup.newerFormat': {
    lv: 'Šī rezerves kopija ir izveidota jaunākā Kopspēka versijā. Atjauniniet lietotni un mēģiniet vēlreiz. Nekas netika mainīts.',
    en: 'This backup was made by a newer version of Kopspēks. Update the app and try again. Nothing was changed.',
  },
  'backup.invalidItem': {
    lv: 'Rezerves kopijā ir ieraksts, ko nevar atjaunot. Nekas netika mainīts.',
    en: 'The backup holds an item that cannot be restored. Nothing was changed.',
  },
  'backup.tooLarge': {
    lv: 'Fails ir pārāk liels, lai būtu Kopspēka rezerves kopija. Nekas netika mainīts.',
    en: 'The file is too large to be a Kopspēks backup. Nothing was changed.',
  },
  'backup.notFound': {
    lv: 'Šī automātiskā rezerves kopija vairs nav atrodama.',
    en: 'This automatic backup can no longer be found.',
  },
  'backup.saveFailed': {
    lv: 'Automātisko rezerves kopiju neizdevās saglabāt. Pārbaudiet, vai diskā ir vieta.',
    en: 'The automatic backup could not be saved. Check that the disk has room.',
  },
  'backup.restoreFailed': {
    lv: 'Atjaunošana neizdevās, un nekas netika mainīts. Mēģiniet vēlreiz.',
    en: 'The restore failed and nothing was changed. Please try again.',
  },
  'sync.writeRefused': {
    lv: 'Šo izmaiņu serveris nepieņemtu: citu cilvēku komentārus un mentora atzīmes var mainīt tikai to autors. Nekas netika mainīts.',
    en: 'The server would not accept this change: only their author changes other people’s comments and a mentor’s marks. Nothing was changed.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorMessages, value);
}

/** The message for `code` in `locale`, with `{{name}}` placeholders filled in. */
export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return errorMessages[code][locale].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** An error that carries a code the user can be told about. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'AppError';
  }
}

/** The code of `error` when it is an `AppError`, else `fallback`. */
export function toErrorCode(error: unknown, fallback: ErrorCode): ErrorCode {
  return error instanceof AppError ? error.code : fallback;
}
