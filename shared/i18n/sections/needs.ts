import type { Strings } from '../strings';

/** The needs section's strings. Latvian first; English has the same keys. */
export const needsLv = {
  title: 'Vajadzības',
  emptyTitle: 'Vēl nav neviena vajadzību izvērtējuma',
  emptyBody:
    'Sāciet ar to, ko iedzīvotāji ir teikuši: aptauja, sapulce, intervijas vai apkaimes pastaiga. No katra izvērtējuma pierakstiet vajadzības, novērtējiet to steidzamību, ietekmi un īstenojamību, un Kopspēks palīdzēs tās sarindot.',
};

export const needsEn: Strings<typeof needsLv> = {
  title: 'Needs',
  emptyTitle: 'No needs assessment yet',
  emptyBody:
    'Start with what residents have said: a survey, a meeting, interviews or a neighbourhood walk. Note the needs from each assessment, rate their urgency, impact and feasibility, and Kopspēks will help you rank them.',
};
