/** While a .briefing bundle is being imported: its name, what main is doing, and how far it got. */
import { useAppStore } from '../store/store.ts';

export function BundleImportStatus() {
  const run = useAppStore((s) => s.bundleImport);
  if (!run) return null;
  const percent = Math.round(run.fraction * 100);
  return (
    <section className="bundle-import-status" aria-label="Bundle import">
      <p className="bundle-import-title">{run.name ? `Importing ${run.name}` : 'Importing a briefing bundle'}</p>
      <div
        className="import-progress"
        role="progressbar"
        aria-label="Bundle import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={run.stage}
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="export-stage" role="status">
        {run.stage}
      </p>
    </section>
  );
}
