import styles from './plain.module.css';
import { classNames } from './class-names';

export type ButtonVariant = 'contained' | 'outlined' | 'text';

export interface ButtonLook {
  size?: 'small' | 'medium' | 'large';
  /**
   * `inherit`: the colour of the surroundings (an alert, the header); `primary`: the theme's;
   * `error`: an action that undoes or refuses (cancel a payment).
   */
  color?: 'primary' | 'inherit' | 'error';
}

/**
 * The class of a button (or a link drawn as one) in MUI's contained, outlined or text look.
 * An outlined button without a colour takes its surroundings' (the retry of an alert), small.
 */
export function buttonClass(
  variant: ButtonVariant,
  size: ButtonLook['size'] = 'medium',
  color: ButtonLook['color'] = variant === 'outlined' ? 'inherit' : 'primary',
): string {
  return classNames(
    styles.button,
    styles[variant],
    { primary: styles.primary, inherit: styles.inherit, error: styles.danger }[color],
    size !== 'medium' && styles[size],
  );
}

/** The class of an icon-only button (MUI's IconButton): round, 40 px, the icon 24 px. */
export const iconButtonClass = styles.iconButton;
/** The small icon-only button (MUI's IconButton size="small"): 30 px, the icon 20 px. */
export const smallIconButtonClass = classNames(styles.iconButton, styles.smallIcon);
/** The class of an icon at the start of a button's label. */
export const startIconClass = styles.startIcon;
/** The class of an icon at the end of a button's label. */
export const endIconClass = styles.endIcon;
