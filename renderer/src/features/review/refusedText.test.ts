import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { initI18n } from '../../app/i18n';
import { refusedText } from './refusedText';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('lv')).t;
});

const issue = (docId: string) => ({
  communityId: 'ogre',
  docId,
  kind: 'refused' as const,
  reason: 'A mentor may write only comments and the review state of sessions.',
});

describe('a change the server refused', () => {
  it('is explained to a mentor: which kind of item, and what mentors may do', () => {
    expect(refusedText(issue('need-1'), 'mentor', t)).toBe(
      'Serveris nepieņēma jūsu izmaiņas (vajadzība): mentori var tikai komentēt un atzīmēt sesijas kā izskatītas. Serverī nekas netika mainīts.',
    );
    expect(refusedText(issue('profile'), 'mentor', t)).toContain('(kopienas profils)');
  });

  it('keeps the server’s reason for anyone else', () => {
    expect(refusedText(issue('need-1'), 'leader', t)).toContain(issue('x').reason);
    expect(refusedText(issue('need-1'), null, t)).toContain(issue('x').reason);
  });
});
