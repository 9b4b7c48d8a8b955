/** The needs section of a workbook. */
export { NeedsPage } from './NeedsPage';
