import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agendaWarnings,
  moveAgendaItem,
  nextSlot,
  warningsForItem,
} from '../../../../shared/domain/agenda';
import { eventPlanLimits } from '../../../../shared/domain/eventPlan';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { AgendaRow } from './AgendaRow';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/**
 * One day's agenda: reorder by dragging the handle, by keyboard (space,
 * arrows, space) with announcements in the interface language, or with the
 * up and down buttons. Overlaps and gaps are shown beside the items.
 */
export function AgendaDay({
  editor,
  dayId,
  heading,
}: {
  editor: PlanEditor;
  dayId: string;
  heading: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { plan, change } = editor;
  const items = useMemo(
    () => plan.agenda.filter((item) => item.dayId === dayId),
    [plan.agenda, dayId],
  );
  const warnings = useMemo(() => agendaWarnings(items), [items]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.id);
  const titleOf = (id: unknown) =>
    items.find((item) => item.id === id)?.title || t('events.agenda.untitled');
  const positionOf = (id: unknown) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('events.agenda.dnd.picked', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('events.agenda.dnd.over', {
            title: titleOf(active.id),
            position: positionOf(over.id),
            total: ids.length,
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('events.agenda.dnd.dropped', {
            title: titleOf(active.id),
            position: positionOf(over.id),
            total: ids.length,
          })
        : t('events.agenda.dnd.cancelled'),
    onDragCancel: () => t('events.agenda.dnd.cancelled'),
  };

  const move = (from: number, to: number) =>
    change((p) => ({ ...p, agenda: moveAgendaItem(p.agenda, dayId, from, to) }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const add = () =>
    change((p) => ({
      ...p,
      agenda: [
        ...p.agenda,
        {
          id: newId(),
          dayId,
          ...nextSlot(p.agenda.filter((i) => i.dayId === dayId)),
          title: '',
          who: '',
        },
      ],
    }));

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.panelTitle}>
        {heading}
      </h2>
      {items.length === 0 && <p className={styles.muted}>{t('events.agenda.empty')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('events.agenda.dnd.instructions') },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className={styles.agendaList} aria-label={heading}>
            {items.map((item, index) => (
              <AgendaRow
                key={item.id}
                item={item}
                index={index}
                count={items.length}
                warnings={warningsForItem(warnings, item.id)}
                titleOf={titleOf}
                editor={editor}
                onMove={move}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {plan.agenda.length < eventPlanLimits.agenda && (
        <Button size="small" onClick={add}>
          <Plus size={16} aria-hidden="true" />
          {t('events.agenda.add')}
        </Button>
      )}
    </section>
  );
}
