/** Settings: language and information about the app. */
export { SettingsPage } from './SettingsPage';
