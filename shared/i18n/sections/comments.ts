import type { Strings } from '../strings';

/** Comment threads on sessions, needs and event plans. */
export const commentsLv = {
  title: 'Komentāri',
  list: 'Komentāri ({{count}})',
  empty: 'Vēl nav neviena komentāra.',
  unread: 'Jauns',
  unreadCount: 'Jauni komentāri: {{count}}',
  body: 'Jūsu komentārs',
  post: 'Pievienot komentāru',
  posting: 'Pievieno…',
  nameNeeded:
    'Pirms pirmā komentāra norādiet savu vārdu: tas būs redzams pie jūsu komentāriem. To var mainīt iestatījumos.',
  name: 'Jūsu vārds',
  role: 'Jūsu loma',
  postingAs: 'Komentēsiet kā {{name}} ({{role}})',
  account: 'Servera konts, ar kuru komentārs rakstīts: {{account}}',
};

export const commentsEn: Strings<typeof commentsLv> = {
  title: 'Comments',
  list: 'Comments ({{count}})',
  empty: 'No comments yet.',
  unread: 'New',
  unreadCount: 'New comments: {{count}}',
  body: 'Your comment',
  post: 'Add comment',
  posting: 'Adding…',
  nameNeeded:
    'Before your first comment, give your name: it is shown with your comments. You can change it in Settings.',
  name: 'Your name',
  role: 'Your role',
  postingAs: 'Commenting as {{name}} ({{role}})',
  account: 'The server account that wrote this comment: {{account}}',
};
