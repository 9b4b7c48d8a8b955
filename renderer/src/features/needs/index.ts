/**
 * Needs assessments and needs: the needs page (ranked list, matrix,
 * assessments, comparison), an assessment's page, and the dashboard card.
 */
export { NeedsPage } from './NeedsPage';
export { AssessmentPage } from './AssessmentPage';
export { TopNeedsCard } from './TopNeedsCard';
