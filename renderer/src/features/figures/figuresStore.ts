import { create } from 'zustand';
import { allTime, type Period, type PeriodChoice } from '../../../../shared/domain/figures';
import type { CsvSeparator } from '../../../../shared/export/csv';

type FiguresState = {
  choice: PeriodChoice;
  /** The days of the custom period, kept while another choice is shown. */
  custom: Period;
  separator: CsvSeparator;
  setChoice: (choice: PeriodChoice) => void;
  setCustom: (custom: Partial<Period>) => void;
  setSeparator: (separator: CsvSeparator) => void;
};

/** UI state of the figures page: which period is shown and how CSV is written. */
export const useFiguresStore = create<FiguresState>()((set) => ({
  choice: 'all',
  custom: allTime,
  separator: ';',
  setChoice: (choice) => set({ choice }),
  setCustom: (custom) => set((state) => ({ custom: { ...state.custom, ...custom } })),
  setSeparator: (separator) => set({ separator }),
}));
