import type { ReactNode } from 'react';
import { t } from '../../i18n/i18n.ts';
import type { Flag } from '../../../contract/safeguarding.ts';

/**
 * The text with every flagged piece marked, so a moderator sees at a glance what to edit
 * out. Text only: nothing is ever rendered as HTML.
 */
export function Highlighted({ text, flags }: { text: string | null; flags: Flag[] }) {
  if (!text) return <span className="staff-muted">{t('staff.none')}</span>;
  const spans: { start: number; end: number; kind: string }[] = [];
  for (const f of flags) {
    if (!f.match) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(f.match, from);
      if (at < 0) break;
      spans.push({ start: at, end: at + f.match.length, kind: f.kind });
      from = at + f.match.length;
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReactNode[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping: the first (longest) wins
    if (s.start > pos) out.push(text.slice(pos, s.start));
    out.push(
      <mark
        key={`${s.start}-${s.kind}`}
        className="staff-mark"
        title={t(`staff.flagKind.${s.kind}`)}
      >
        {text.slice(s.start, s.end)}
        <span className="visually-hidden">
          {' '}
          {t('staff.flagKindNote', { kind: t(`staff.flagKind.${s.kind}`) })}
        </span>
      </mark>,
    );
    pos = s.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return <>{out}</>;
}
