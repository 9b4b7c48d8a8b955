import type { ReactNode } from 'react';
import styles from './Page.module.css';

/** A page: its title (the one h1), an optional intro and actions, then content. */
export function Page(props: {
  title: string;
  intro?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{props.title}</h1>
          {props.intro && <p className={styles.intro}>{props.intro}</p>}
        </div>
        {props.actions}
      </header>
      {props.children}
    </div>
  );
}
