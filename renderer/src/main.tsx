import '@fontsource-variable/inter';
import './ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultLocale } from '../../shared/i18n/locales';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { openDatabase } from './db/database';
import { desktop } from './platform';
import { installPageErrorLogging } from './platform/log';

async function start(): Promise<void> {
  installPageErrorLogging();
  // The database opens while the language loads: neither waits for the other.
  const database = openDatabase();
  database.catch(() => undefined); // App shows the failure and offers a retry.
  const settings = await desktop['settings:get']();
  const locale = settings.ok ? settings.value.locale : defaultLocale;
  await initI18n(locale);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  createRoot(container).render(
    <StrictMode>
      <App openDatabase={openDatabase} />
    </StrictMode>,
  );
}

void start();
