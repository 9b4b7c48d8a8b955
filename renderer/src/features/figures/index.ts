/**
 * The programme's figures (issue #8): events held, participants, needs
 * identified and addressed, mentoring sessions, actions done on time, per
 * community and overall, over every workbook on this device.
 * The router loads the page itself from `./FiguresPage` when first
 * visited; other features link to it with `FiguresLink`.
 */
export { FiguresLink } from './FiguresLink';
