import { pick, PRIORITY_LABELS, type Lang, type Priority } from '@oss/shared';
import { PRIORITY_BADGES } from '../messages';

export function PriorityBadge({ priority, lang }: { priority: Priority; lang: Lang }) {
  if (priority === 'none') return null;
  return (
    <span
      className={`badge priority priority-${priority}`}
      title={pick(PRIORITY_LABELS[priority], lang)}
      data-testid="priority-badge"
    >
      {pick(PRIORITY_BADGES[priority], lang)}
    </span>
  );
}
