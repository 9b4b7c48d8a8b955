import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

/** What a section shows before it has anything: what it is for and what to do first. */
export function EmptyState(props: {
  icon: ReactNode;
  title: string;
  body: string;
  action?: ReactNode;
}) {
  return (
    <section className={styles.empty} aria-label={props.title}>
      <div className={styles.icon} aria-hidden="true">
        {props.icon}
      </div>
      <h2 className={styles.title}>{props.title}</h2>
      <p className={styles.body}>{props.body}</p>
      {props.action}
    </section>
  );
}
