import { describe, expect, it } from 'vitest';
import { errorMessages } from '../errors';
import { en } from './en';
import { lv } from './lv';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const lvStrings = flatten(lv);
  const enStrings = flatten(en);

  it('has every key in both languages, none empty', () => {
    expect([...enStrings.keys()].sort()).toEqual([...lvStrings.keys()].sort());
    for (const [key, text] of [...lvStrings, ...enStrings]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of lvStrings) {
      expect(placeholders(enStrings.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('is really translated: Latvian and English differ except for names', () => {
    const same = [...lvStrings]
      .filter(([key, text]) => enStrings.get(key) === text)
      .map(([key]) => key);
    expect(same).toEqual(['app.name', 'common.charCount']);
  });

  it('has every error message in both languages with matching placeholders', () => {
    for (const [code, messages] of Object.entries(errorMessages)) {
      expect(messages.lv, code).not.toBe(messages.en);
      expect(placeholders(messages.en), code).toEqual(placeholders(messages.lv));
    }
  });
});
