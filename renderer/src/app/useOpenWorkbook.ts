import { createContext, useContext } from 'react';
import type { Workbook } from '../features/workbooks';

export const OpenWorkbookContext = createContext<Workbook | null>(null);

/** The workbook the current page belongs to (inside `/w/:communityId`). */
export function useOpenWorkbook(): Workbook {
  const workbook = useContext(OpenWorkbookContext);
  if (!workbook) throw new Error('useOpenWorkbook outside a workbook route');
  return workbook;
}
