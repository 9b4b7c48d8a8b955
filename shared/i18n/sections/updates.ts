import type { Strings } from '../strings';

/** The app's own updates (Settings → About, the update banner) and data from newer versions. */
export const updatesLv = {
  status: {
    unavailableWeb:
      'Pārlūka versijā atjauninājumi nav pieejami: lapa vienmēr ir tāda, kādu to sniedz serveris.',
    unavailableDesktop: 'Šī Kopspēks versija sevi neatjaunina (izstrādes versija).',
    idle: 'Atjauninājumi vēl nav pārbaudīti.',
    checking: 'Pārbauda, vai ir jaunāka versija…',
    upToDate: 'Jums ir jaunākā versija.',
    downloading: 'Lejupielādē versiju {{version}} ({{percent}}). Varat turpināt darbu.',
    ready: 'Versija {{version}} ir lejupielādēta. Tā tiks uzstādīta, kad Kopspēks restartēsies.',
    failed: 'Atjauninājumus neizdevās pārbaudīt. Kopspēks mēģinās vēlreiz vēlāk.',
    offline: 'Nav interneta savienojuma. Atjauninājumi tiks pārbaudīti, kad tas būs.',
  },
  lastChecked: 'Pēdējā pārbaude: {{time}}',
  neverChecked: 'Pēdējā pārbaude: vēl nav bijusi',
  checkNow: 'Pārbaudīt tagad',
  restart: 'Restartēt un atjaunināt',
  waitingForIdle:
    'Kopspēks restartēsies, tiklīdz beigsies sinhronizācija vai saglabāšana. Nekas netiks zaudēts.',
  banner: {
    ready: 'Ir gatava jauna Kopspēks versija ({{version}}).',
    readyHint: 'Restartējiet, kad jums ērti; jūsu darbs tiek saglabāts.',
    later: 'Vēlāk',
    newerData: 'Saņemti dati no jaunākas Kopspēks versijas.',
    newerDataHint:
      'Atjauniniet Kopspēks, lai tos redzētu. Līdz tam šie ieraksti netiek rādīti un netiek mainīti.',
    newerDataWebHint:
      'Šī lapa ir vecāka par datiem. Lūdziet lapas uzturētājam to atjaunināt; līdz tam šie ieraksti netiek rādīti un netiek mainīti.',
    checkForUpdates: 'Meklēt atjauninājumu',
    details: 'Skatīt iestatījumos',
  },
};

export const updatesEn: Strings<typeof updatesLv> = {
  status: {
    unavailableWeb:
      'Updates are not available in the browser: the page is always the one the server provides.',
    unavailableDesktop: 'This build of Kopspēks does not update itself (a development build).',
    idle: 'Updates have not been checked yet.',
    checking: 'Checking for a newer version…',
    upToDate: 'You have the latest version.',
    downloading: 'Downloading version {{version}} ({{percent}}). You can keep working.',
    ready: 'Version {{version}} is downloaded. It is installed when Kopspēks restarts.',
    failed: 'Could not check for updates. Kopspēks will try again later.',
    offline: 'No internet connection. Updates are checked once there is one.',
  },
  lastChecked: 'Last checked: {{time}}',
  neverChecked: 'Last checked: not yet',
  checkNow: 'Check now',
  restart: 'Restart to update',
  waitingForIdle:
    'Kopspēks restarts as soon as the sync or save in progress has finished. Nothing will be lost.',
  banner: {
    ready: 'A new version of Kopspēks ({{version}}) is ready.',
    readyHint: 'Restart when it suits you; your work is saved.',
    later: 'Later',
    newerData: 'Data from a newer version of Kopspēks has arrived.',
    newerDataHint:
      'Update Kopspēks to see it. Until then these items are not shown and are left untouched.',
    newerDataWebHint:
      'This page is older than the data. Ask whoever runs it to update it; until then these items are not shown and are left untouched.',
    checkForUpdates: 'Check for updates',
    details: 'See Settings',
  },
};
