/** The keyboard cheat sheet: every reader shortcut, opened with ? or the toolbar's "Keyboard shortcuts". */
import { readerShortcuts } from '../reader/shortcuts.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

export function ReaderShortcutsDialog({ labels, onClose }: { labels: HighlightLabels; onClose: () => void }) {
  return (
    <ReaderDialog
      title="Keyboard shortcuts"
      description="In the reader, when you are not typing in a field."
      className="shortcuts-dialog"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <div className="shortcuts-groups">
        {readerShortcuts(labels).map((group) => (
          <section key={group.title} className="shortcuts-group">
            <h3 className="shortcuts-group-title">{group.title}</h3>
            <dl className="shortcuts-list">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.description} className="shortcuts-row">
                  <dt className="shortcuts-keys">
                    {shortcut.keys.map((key) => (key === '–' ? <span key={key}>–</span> : <kbd key={key}>{key}</kbd>))}
                  </dt>
                  <dd className="shortcuts-description">{shortcut.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ReaderDialog>
  );
}
