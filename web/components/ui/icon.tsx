import type { LucideIcon } from 'lucide-react';

/**
 * An SVG icon (lucide). Emoji are not used as icons: where no emoji font is installed they
 * show as empty boxes. With `label` the icon is an image with that text alternative; without,
 * it is decoration beside text that already says the same, and hidden from assistive technology.
 * Decision: docs/decisions/100-svg-icons.md.
 */
export function Icon({
  icon: Svg,
  label,
  size = 20,
  className,
}: {
  icon: LucideIcon;
  label?: string;
  size?: number;
  className?: string;
}) {
  const cls = ['icon', className].filter(Boolean).join(' ');
  return label ? (
    <Svg role="img" aria-label={label} size={size} className={cls} focusable="false" />
  ) : (
    <Svg aria-hidden="true" size={size} className={cls} focusable="false" />
  );
}
