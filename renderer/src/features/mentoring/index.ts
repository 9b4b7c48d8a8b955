/** The mentoring section of a workbook. */
export { MentoringPage } from './MentoringPage';
