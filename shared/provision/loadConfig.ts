import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { checkConfig, formatConfigPath, type ProvisionConfig } from './config';

/** `kopspeks.yml:12: users[2].role: must be leader, mentor or coordinator` */
export type ConfigError = { line: number; path: string; message: string; text: string };

export type LoadedConfig =
  { ok: true; config: ProvisionConfig } | { ok: false; errors: ConfigError[] };

type Located = { range?: [number, number, number] | null };

/** The node a path points at, or the nearest one above it (for a field that is missing). */
function locate(doc: Document, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = (node as Located | null)?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) break;
      offset = (pair.key as Located).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = (item as Located).range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function describe(fileName: string, line: number, path: string, message: string): string {
  return `${fileName}:${line}: ${path ? `${path}: ` : ''}${message}`;
}

/**
 * Reads a provisioning config from YAML or JSON text (JSON is YAML too, so
 * one parser gives line numbers for both). Every problem names the line and
 * the field. Passwords in the file are refused.
 */
export function loadConfig(text: string, fileName: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const line = error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
        const message = error.message.split('\n')[0] ?? error.message;
        return { line, path: '', message, text: describe(fileName, line, '', message) };
      }),
    };
  }
  const input: unknown = doc.toJS() ?? {};
  const errors: ConfigError[] = [];
  const add = (path: (string | number)[], message: string) => {
    const line = lineCounter.linePos(locate(doc, path)).line || 1;
    const shown = formatConfigPath(path);
    errors.push({ line, path: shown, message, text: describe(fileName, line, shown, message) });
  };

  const users = (input as { users?: unknown }).users;
  if (Array.isArray(users)) {
    users.forEach((user: unknown, index) => {
      if (typeof user === 'object' && user !== null && 'password' in user) {
        add(['users', index, 'password'], 'passwords do not belong in the file; use passwordEnv');
      }
    });
  }
  const checked = checkConfig(input);
  if (!checked.ok) {
    for (const problem of checked.problems) {
      // Already reported above, in the words that matter.
      if (problem.path.at(-1) === 'password' && problem.path[0] === 'users') continue;
      add(problem.path, problem.message);
    }
  }
  if (errors.length > 0 || !checked.ok) {
    errors.sort((a, b) => a.line - b.line);
    return { ok: false, errors };
  }
  return { ok: true, config: checked.config };
}
