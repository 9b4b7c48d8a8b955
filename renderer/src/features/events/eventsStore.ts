import { create } from 'zustand';

type EventsUiState = {
  view: 'list' | 'calendar';
  /** The first day of the month the calendar shows, `YYYY-MM-01`, or null for this month. */
  month: string | null;
  newPlanOpen: boolean;
  setView: (view: 'list' | 'calendar') => void;
  setMonth: (month: string | null) => void;
  setNewPlanOpen: (open: boolean) => void;
};

/** UI state of the events section; plans themselves are read from the database. */
export const useEventsStore = create<EventsUiState>((set) => ({
  view: 'list',
  month: null,
  newPlanOpen: false,
  setView: (view) => set({ view }),
  setMonth: (month) => set({ month }),
  setNewPlanOpen: (newPlanOpen) => set({ newPlanOpen }),
}));
