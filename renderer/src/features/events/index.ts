/** The events section of a workbook. */
export { EventsPage } from './EventsPage';
