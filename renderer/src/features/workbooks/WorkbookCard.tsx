import { DropdownMenu } from 'radix-ui';
import { Archive, CloudUpload, MapPin, MoreHorizontal, Pencil } from 'lucide-react';
import { MentorBadge, useReadsOnly } from '../review';
import { useCanUpload } from '../sync';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import type { Workbook } from './useWorkbooks';
import styles from './WorkbookPicker.module.css';

type WorkbookCardProps = {
  workbook: Workbook;
  onOpen: () => void;
  onEdit: () => void;
  onArchive: () => void;
  onUpload: () => void;
};

export function WorkbookCard({ workbook, onOpen, onEdit, onArchive, onUpload }: WorkbookCardProps) {
  const canUpload = useCanUpload(workbook.communityId);
  // A mentor reads the leader's workbook: its profile is not theirs to edit or archive.
  const isMentor = useReadsOnly(workbook.communityId);
  const { t } = useTranslation();
  const locale = useLocale();
  const { profile } = workbook;
  const name = profile.name || t('workbooks.noName');
  const place = [t(`municipality.${profile.municipality}`), profile.neighbourhood].filter(Boolean);
  return (
    <article className={styles.card} aria-label={name}>
      <div className={styles.cardHeading}>
        <h2 className={styles.cardTitle}>{name}</h2>
        <MentorBadge communityId={workbook.communityId} />
      </div>
      <p className={styles.meta}>
        <MapPin size={14} aria-hidden="true" />
        {place.join(' · ')}
      </p>
      {profile.description && <p className={styles.description}>{profile.description}</p>}
      <div className={styles.footer}>
        <span className={styles.date}>
          {t('workbooks.createdOn', { date: formatDate(workbook.createdAt, locale) })}
        </span>
        <div className={styles.actions}>
          {!isMentor && (
            <DropdownMenu.Root>
              <DropdownMenu.Trigger asChild>
                <Button
                  variant="ghost"
                  size="small"
                  iconOnly
                  aria-label={t('workbooks.actionsFor', { name })}
                >
                  <MoreHorizontal size={18} aria-hidden="true" />
                </Button>
              </DropdownMenu.Trigger>
              <DropdownMenu.Portal>
                <DropdownMenu.Content className={styles.menu} align="end" sideOffset={4}>
                  <DropdownMenu.Item className={styles.menuItem} onSelect={onEdit}>
                    <Pencil size={15} aria-hidden="true" />
                    {t('workbooks.edit')}
                  </DropdownMenu.Item>
                  {canUpload && (
                    <DropdownMenu.Item className={styles.menuItem} onSelect={onUpload}>
                      <CloudUpload size={15} aria-hidden="true" />
                      {t('sync.upload.menu')}
                    </DropdownMenu.Item>
                  )}
                  <DropdownMenu.Item className={styles.menuItem} onSelect={onArchive}>
                    <Archive size={15} aria-hidden="true" />
                    {t('workbooks.archive')}
                  </DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu.Portal>
            </DropdownMenu.Root>
          )}
          <Button
            variant="primary"
            size="small"
            onClick={onOpen}
            aria-label={t('workbooks.openNamed', { name })}
          >
            {t('workbooks.open')}
          </Button>
        </div>
      </div>
    </article>
  );
}
