/** The dashboard: what needs attention in the open workbook. */
export { DashboardPage } from './DashboardPage';
