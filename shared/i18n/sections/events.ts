import type { Strings } from '../strings';

/** The events section's strings. Latvian first; English has the same keys. */
export const eventsLv = {
  title: 'Pasākumi',
  emptyTitle: 'Vēl nav neviena pasākuma plāna',
  emptyBody:
    'Kopienas pasākums, iedzīvotāju forums “Ideju skrejceļš”, pieredzes brauciens vai noslēguma pasākums “Dižkūre”: katram ir sagatave ar darba kārtību un uzdevumu sarakstu, no kuras sākt.',
};

export const eventsEn: Strings<typeof eventsLv> = {
  title: 'Events',
  emptyTitle: 'No event plan yet',
  emptyBody:
    'A community event, the resident forum “Ideju skrejceļš”, the experience trip or the closing event “Dižkūre”: each has a template with an agenda and a checklist to start from.',
};
