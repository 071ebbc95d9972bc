import { useId, type ReactNode } from 'react';

/**
 * A modal dialog over the deck: the dimmed overlay, the panel and its heading, which names
 * the dialog for screen readers. What the dialog asks or says is its children.
 */
export function Dialog(props: { title: string; className: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className={`dialog-panel ${props.className}`}>
        <h2 id={titleId} className="help__title">
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>
  );
}
