import { Fragment } from 'react';
import { highlightParts, type HighlightedText } from '../../../../shared/search/highlight';
import styles from './Search.module.css';

/** Text with the search matches in `<mark>`. */
export function Highlight({ value }: { value: HighlightedText }) {
  return (
    <>
      {highlightParts(value).map((part, i) =>
        part.marked ? (
          <mark key={i} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
