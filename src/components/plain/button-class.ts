import styles from './plain.module.css';
import { classNames } from './class-names';

/** The class of a button (or a link drawn as one) in MUI's contained or outlined look. */
export function buttonClass(variant: 'contained' | 'outlined', size: 'medium' | 'large' = 'medium'): string {
  return classNames(styles.button, styles[variant], size === 'large' && styles.large);
}
