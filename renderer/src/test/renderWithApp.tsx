import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createDatabase, type KopspeksDatabase } from '../db/database';
import { DatabaseProvider } from '../app/DatabaseContext';
import { initI18n } from '../app/i18n';
import type { Locale } from '../../../shared/i18n/locales';

let counter = 0;

/** A real database (Dexie on fake-indexeddb) with its own name, for one test. */
export async function createTestDatabase(): Promise<KopspeksDatabase> {
  counter += 1;
  return createDatabase({ name: `test-${Date.now()}-${counter}` });
}

export async function renderWithApp(
  ui: ReactElement,
  options: { db: KopspeksDatabase; locale?: Locale },
) {
  await initI18n(options.locale ?? 'lv');
  return render(<DatabaseProvider database={options.db}>{ui}</DatabaseProvider>);
}
