import { create } from 'zustand';
import {
  emptyNeedFilter,
  type NeedFilter,
  type NeedSort,
} from '../../../../shared/domain/needScore';
import type { CsvSeparator } from '../../../../shared/export/csv';

export type NeedsDialog =
  | { kind: 'createAssessment' }
  | { kind: 'editAssessment'; docId: string }
  | { kind: 'archiveAssessment'; docId: string }
  | { kind: 'createNeed'; assessmentId: string }
  | { kind: 'editNeed'; docId: string }
  | null;

type NeedsUiState = {
  filter: NeedFilter;
  sort: NeedSort;
  separator: CsvSeparator;
  dialog: NeedsDialog;
  setFilter: (patch: Partial<NeedFilter>) => void;
  clearFilter: () => void;
  setSort: (sort: NeedSort) => void;
  setSeparator: (separator: CsvSeparator) => void;
  openDialog: (dialog: NeedsDialog) => void;
  closeDialog: () => void;
};

/** How the needs are looked at (filters, sort, dialogs): UI state only, never documents. */
export const useNeedsStore = create<NeedsUiState>((set) => ({
  filter: emptyNeedFilter,
  sort: { key: 'score', direction: 'desc' },
  separator: ';',
  dialog: null,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: emptyNeedFilter }),
  setSort: (sort) => set({ sort }),
  setSeparator: (separator) => set({ separator }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
