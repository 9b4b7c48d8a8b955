import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { logError } from '../platform/log';

type BoundaryProps = {
  children: ReactNode;
  resetKey?: string;
  fallback: (reset: () => void) => ReactNode;
};

class Boundary extends Component<BoundaryProps, { failed: boolean; resetKey?: string }> {
  override state: { failed: boolean; resetKey?: string } = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: { failed: boolean; resetKey?: string },
  ) {
    // Moving to another section clears the failure.
    if (props.resetKey !== state.resetKey) return { failed: false, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const component = /at (\S+)/.exec(info.componentStack ?? '')?.[1] ?? null;
    logError('ui: a section failed to render', error, { details: { component } });
  }

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}

/** One per section: a failure shows a calm message there, the rest of the app keeps working. */
export function SectionErrorBoundary({
  children,
  resetKey,
}: {
  children: ReactNode;
  resetKey?: string;
}) {
  const { t } = useTranslation();
  return (
    <Boundary
      resetKey={resetKey}
      fallback={(reset) => (
        <div style={{ padding: 48 }}>
          <EmptyState
            icon={<AlertTriangle size={24} />}
            title={t('errorBoundary.title')}
            body={t('errorBoundary.body')}
            action={<Button onClick={reset}>{t('errorBoundary.retry')}</Button>}
          />
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
