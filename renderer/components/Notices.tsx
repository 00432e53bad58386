/** The notice stack: failed actions and short confirmations, bottom right. */
import { refocusArticleListIfLost } from '../list/refocus-list.ts';
import { useAppStore } from '../store/store.ts';
import type { Notice } from '../store/notices-slice.ts';
import { AlertIcon, CloseIcon, InfoIcon } from './icons.tsx';
import { QuotedNames } from './QuotedNames.tsx';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice-icon">{notice.tone === 'error' ? <AlertIcon /> : <InfoIcon />}</span>
      <div className="notice-text">
        <p className="notice-title">
          <QuotedNames text={notice.title} />
        </p>
        {notice.message ? (
          <p className="notice-message">
            <QuotedNames text={notice.message} />
          </p>
        ) : null}
        {notice.action || notice.code ? (
          <div className="notice-actions">
            {notice.action ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action?.run();
                  refocusArticleListIfLost();
                }}
              >
                {notice.action.label}
              </button>
            ) : null}
            {notice.code ? <span className="notice-code">{notice.code}</span> : null}
          </div>
        ) : null}
      </div>
      <button
        type="button"
        className="icon-button notice-dismiss"
        aria-label="Dismiss notice"
        title="Dismiss"
        onClick={() => {
          dismiss(notice.id);
          refocusArticleListIfLost();
        }}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
