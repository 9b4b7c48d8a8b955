import { Toast } from 'radix-ui';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useNotificationsStore } from './notificationsStore';
import styles from './Toaster.module.css';

/** Shows notifications; errors stay until dismissed, the rest fade after a while. */
export function Toaster() {
  const { t } = useTranslation();
  const items = useNotificationsStore((s) => s.items);
  const dismiss = useNotificationsStore((s) => s.dismiss);
  return (
    <Toast.Provider swipeDirection="right" label={t('common.close')}>
      {items.map((item) => (
        <Toast.Root
          key={item.id}
          className={`${styles.toast} ${styles[item.kind] ?? ''}`}
          duration={item.kind === 'error' ? Infinity : 4000}
          type={item.kind === 'error' ? 'foreground' : 'background'}
          onOpenChange={(open) => {
            if (!open) dismiss(item.id);
          }}
          data-kind={item.kind}
        >
          <Toast.Description className={styles.message}>{item.message}</Toast.Description>
          <Toast.Close asChild>
            <Button variant="ghost" size="small" iconOnly aria-label={t('common.close')}>
              <X size={16} aria-hidden="true" />
            </Button>
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className={styles.viewport} />
    </Toast.Provider>
  );
}
