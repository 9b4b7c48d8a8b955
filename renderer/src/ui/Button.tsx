import { forwardRef, type ButtonHTMLAttributes } from 'react';
import styles from './Button.module.css';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'normal' | 'small';
  iconOnly?: boolean;
};

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'normal', iconOnly = false, className, type = 'button', ...rest },
  ref,
) {
  const classes = [
    styles.button,
    styles[variant],
    size === 'small' ? styles.small : '',
    iconOnly ? styles.iconOnly : '',
    className ?? '',
  ];
  return <button ref={ref} type={type} className={classes.join(' ').trim()} {...rest} />;
});
