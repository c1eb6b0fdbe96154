import type { ReactNode } from 'react';

export function ViewHeader({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  return (
    <div className="view-header">
      <div>
        <h1 id="view-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="view-intro">{intro}</p>
      </div>
      {children}
    </div>
  );
}
