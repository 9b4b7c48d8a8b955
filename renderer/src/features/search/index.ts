/**
 * Search across the open workbook: the Ctrl+K palette (mounted once in the
 * app shell) and the sidebar's search button.
 */
export { SearchPalette } from './SearchPalette';
export { SearchButton } from './SearchButton';
