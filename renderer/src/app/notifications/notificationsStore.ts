import { create } from 'zustand';

export type Notification = {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
};

type NotificationsState = {
  items: Notification[];
  notify: (kind: Notification['kind'], message: string) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;

/** The one notification area: short confirmations and errors, in the user's language. */
export const useNotificationsStore = create<NotificationsState>((set) => ({
  items: [],
  notify: (kind, message) =>
    set((state) => ({ items: [...state.items.slice(-2), { id: nextId++, kind, message }] })),
  dismiss: (id) => set((state) => ({ items: state.items.filter((item) => item.id !== id) })),
}));

export const notify = (kind: Notification['kind'], message: string): void =>
  useNotificationsStore.getState().notify(kind, message);
