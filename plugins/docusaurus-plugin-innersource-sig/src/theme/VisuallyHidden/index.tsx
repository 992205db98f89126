import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export interface Props {
  children: ReactNode;
}

/** Text for screen readers only, e.g. which card a "Find out more" link belongs to. */
export default function VisuallyHidden({children}: Props): ReactNode {
  return <span className={styles.visuallyHidden}>{children}</span>;
}
