import { create } from 'zustand';

export type WorkbookDialog =
  | { kind: 'create' }
  | { kind: 'edit'; communityId: string }
  | { kind: 'archive'; communityId: string }
  | { kind: 'upload'; communityId: string }
  | null;

type WorkbooksUiState = {
  dialog: WorkbookDialog;
  openDialog: (dialog: WorkbookDialog) => void;
  closeDialog: () => void;
};

/** Which workbook dialog is open; the dialogs can be opened from any page. */
export const useWorkbooksStore = create<WorkbooksUiState>((set) => ({
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
