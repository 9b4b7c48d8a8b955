import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AlertTriangle, ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaWarning } from '../../../../shared/domain/agenda';
import { eventPlanLimits } from '../../../../shared/domain/eventPlan';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { patchById, withoutId } from './listUpdates';
import { TimeInput } from './TimeInput';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

type AgendaRowProps = {
  item: AgendaItem;
  index: number;
  count: number;
  warnings: AgendaWarning[];
  titleOf: (id: string) => string;
  editor: PlanEditor;
  onMove: (from: number, to: number) => void;
};

export function AgendaRow({
  item,
  index,
  count,
  warnings,
  titleOf,
  editor,
  onMove,
}: AgendaRowProps) {
  const { t } = useTranslation();
  const { change } = editor;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const title = item.title || t('events.agenda.untitled');
  const patch = (value: Partial<AgendaItem>) =>
    change((p) => ({ ...p, agenda: patchById(p.agenda, item.id, value) }));
  const describe = (warning: AgendaWarning): string => {
    switch (warning.kind) {
      case 'overlap':
        return t('events.agenda.warning.overlap', {
          other: titleOf(warning.otherId),
          minutes: warning.minutes,
        });
      case 'gap':
        return t('events.agenda.warning.gap', {
          from: warning.from,
          to: warning.to,
          minutes: warning.minutes,
        });
      case 'outOfOrder':
        return t('events.agenda.warning.outOfOrder', { other: titleOf(warning.previousId) });
      default:
        return t(`events.agenda.warning.${warning.kind}`);
    }
  };
  const warningId = `agenda-warnings-${item.id}`;
  // The buttons stay focusable at the ends (aria-disabled, not disabled) and
  // focus follows the moved item, so a keyboard user can keep pressing.
  const moveBy = (delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= count) return;
    onMove(index, to);
    requestAnimationFrame(() => {
      const direction = delta < 0 ? 'up' : 'down';
      document.querySelector<HTMLElement>(`[data-move="${item.id}:${direction}"]`)?.focus();
    });
  };
  return (
    <li
      ref={setNodeRef}
      className={styles.agendaItem}
      data-dragging={isDragging || undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition: transition,
      }}
      aria-label={title}
    >
      <div className={styles.agendaRow}>
        <button
          type="button"
          className={styles.handle}
          aria-label={t('events.agenda.dragHandle', { title })}
          {...attributes}
          {...listeners}
        >
          <GripVertical size={18} aria-hidden="true" />
        </button>
        <TimeInput
          label={t('events.agenda.start')}
          value={item.start}
          onChange={(start) => patch({ start })}
          describedBy={warnings.length > 0 ? warningId : undefined}
        />
        <span aria-hidden="true">–</span>
        <TimeInput
          label={t('events.agenda.end')}
          value={item.end}
          onChange={(end) => patch({ end })}
        />
        <input
          className={`${controlClassName} ${styles.grow}`}
          aria-label={t('events.agenda.itemTitle')}
          value={item.title}
          maxLength={eventPlanLimits.short}
          onChange={(event) => patch({ title: event.target.value })}
        />
        <input
          className={`${controlClassName} ${styles.who}`}
          aria-label={t('events.agenda.who')}
          placeholder={t('events.agenda.who')}
          value={item.who}
          maxLength={eventPlanLimits.short}
          onChange={(event) => patch({ who: event.target.value })}
        />
        <div className={styles.rowButtons}>
          <Button
            variant="ghost"
            size="small"
            iconOnly
            className={styles.moveButton}
            data-move={`${item.id}:up`}
            aria-disabled={index === 0}
            aria-label={t('events.agenda.moveUp', { title })}
            onClick={() => moveBy(-1)}
          >
            <ArrowUp size={16} aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="small"
            iconOnly
            className={styles.moveButton}
            data-move={`${item.id}:down`}
            aria-disabled={index === count - 1}
            aria-label={t('events.agenda.moveDown', { title })}
            onClick={() => moveBy(1)}
          >
            <ArrowDown size={16} aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="small"
            iconOnly
            aria-label={t('events.agenda.remove', { title })}
            onClick={() => change((p) => ({ ...p, agenda: withoutId(p.agenda, item.id) }))}
          >
            <Trash2 size={16} aria-hidden="true" />
          </Button>
        </div>
      </div>
      {warnings.length > 0 && (
        <ul id={warningId} className={styles.warnings} aria-label={t('events.agenda.warnings')}>
          {warnings.map((warning, i) => (
            <li key={i} className={styles.warning}>
              <AlertTriangle size={14} aria-hidden="true" />
              {describe(warning)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
