import type { Strings } from '../strings';

/** The mentoring section's strings. Latvian first; English has the same keys. */
export const mentoringLv = {
  title: 'Mentorings',
  emptyTitle: 'Vēl nav nevienas mentora sesijas',
  emptyBody:
    'Pēc katras tikšanās ar mentoru pierakstiet, par ko runājāt, un norunātos soļus: kas, kurš un līdz kuram datumam. Neizpildītie soļi tiks piedāvāti nākamajā sesijā, un mentors varēs atbildēt ar atsauksmi.',
};

export const mentoringEn: Strings<typeof mentoringLv> = {
  title: 'Mentoring',
  emptyTitle: 'No mentoring session yet',
  emptyBody:
    'After each meeting with your mentor, note what you talked about and the agreed actions: what, who and by when. Open actions are brought up again at the next session, and your mentor can answer with feedback.',
};
