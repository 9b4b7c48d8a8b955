import { BarChart3 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './FiguresLink.module.css';

/** The way to the programme's figures from outside a workbook, e.g. the workbook list's header. */
export function FiguresLink() {
  const { t } = useTranslation();
  return (
    <Link className={styles.link} to="/figures">
      <BarChart3 size={18} aria-hidden="true" />
      {t('figures.nav')}
    </Link>
  );
}
