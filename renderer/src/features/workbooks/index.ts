/**
 * Community workbooks: the picker page, the profile dialogs, and hooks to
 * read the open workbook.
 */
export { WorkbookPickerPage } from './WorkbookPickerPage';
export { WorkbookDialogs } from './WorkbookDialogs';
export { useWorkbook, useWorkbooks, type Workbook } from './useWorkbooks';
export { useWorkbooksStore } from './workbooksStore';
