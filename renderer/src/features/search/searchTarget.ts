import type { SearchDocument } from '../../../../shared/search/searchDocument';

type Lookup = (docId: string) => SearchDocument | undefined;

/**
 * Where a search result opens, relative to its workbook (`/w/:communityId/`).
 * A need opens in its edit dialog (`?need=`) on the page of the latest
 * assessment it appeared in, an action on its session, a comment where it
 * was written.
 */
export function searchTarget(doc: SearchDocument, lookup: Lookup, depth = 0): string {
  switch (doc.kind) {
    case 'need': {
      const assessment = [...doc.parentIds]
        .reverse()
        .map(lookup)
        .find((found) => found?.kind === 'assessment' && !found.archived);
      const query = `?need=${encodeURIComponent(doc.docId)}`;
      return assessment ? `needs/a/${assessment.docId}${query}` : `needs${query}`;
    }
    case 'assessment':
      return doc.archived ? 'needs?tab=assessments' : `needs/a/${doc.docId}`;
    case 'session':
      return `mentoring/${doc.docId}`;
    case 'action':
      return doc.parentIds[0] ? `mentoring/${doc.parentIds[0]}` : 'actions';
    case 'eventPlan':
      return `events/${doc.docId}`;
    case 'comment': {
      const targetId = doc.parentIds[0];
      if (!targetId) return 'dashboard';
      if (doc.parentKind === 'session') return `mentoring/${targetId}`;
      if (doc.parentKind === 'eventPlan') return `events/${targetId}`;
      const target = lookup(targetId);
      return target && depth < 2 ? searchTarget(target, lookup, depth + 1) : 'needs';
    }
  }
}
