import { create } from 'zustand';

type SearchUiState = {
  open: boolean;
  setOpen: (open: boolean) => void;
};

/** Whether the search palette is open: UI state only. */
export const useSearchStore = create<SearchUiState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
