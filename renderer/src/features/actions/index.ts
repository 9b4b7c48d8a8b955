/**
 * Agreed actions: the workbook-wide actions view, and the list, row and
 * form that mentoring sessions embed.
 */
export { ActionsPage } from './ActionsPage';
export { ActionList } from './ActionList';
export { AddActionForm } from './AddActionForm';
export { keepActionOpen, setActionStatus } from './actionCommands';
export { formatDay, today } from './formatDay';
export { useActions, useSessionDates, type ActionEntry } from './useActions';
