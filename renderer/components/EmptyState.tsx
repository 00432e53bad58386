/** A calm explanation where content would be, saying what appears here and how to get it. */
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  icon,
  tone = 'neutral',
}: {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
  tone?: 'neutral' | 'error';
}) {
  return (
    <div className="empty-state" data-tone={tone}>
      {icon ? <div className="empty-state-icon">{icon}</div> : null}
      <p className="empty-state-title">{title}</p>
      {children ? <div className="empty-state-body">{children}</div> : null}
    </div>
  );
}
