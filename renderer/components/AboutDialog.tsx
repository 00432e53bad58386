/**
 * "About Briefing Reader": the version, and the data and fonts the app ships
 * with their licences and attributions (shared/about.ts). Opened from the
 * sidebar's footer or from the application menu's Help › About (the
 * `showAbout` event).
 */
import { useEffect, useState } from 'react';
import { THIRD_PARTY_DATA, THIRD_PARTY_FONTS, type ThirdPartyWork } from '../../shared/about.ts';
import { api, subscribe } from '../api.ts';
import { InfoIcon } from './icons.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';

const TITLE = 'About Briefing Reader';

/** The sidebar's About button, and the dialog it opens (the menu's event opens it too). */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => subscribe('showAbout', () => setOpen(true)), []);
  return (
    <>
      <button type="button" className="icon-button about-button" aria-label={TITLE} title={TITLE} onClick={() => setOpen(true)}>
        <InfoIcon />
      </button>
      {open ? <AboutDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.getAppInfo({}).then(
      (info) => current && setVersion(info.version),
      // Without its version the view still gives the attributions.
      () => current && setVersion('unknown'),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <ReaderDialog
      title={TITLE}
      description="Save web articles into briefings, read them offline, highlight, annotate and export them to PDF."
      className="about-dialog"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p className="about-version">{version === null ? 'Version …' : `Version ${version}`}</p>
      <ThirdPartySection title="Data it ships" works={THIRD_PARTY_DATA} />
      <ThirdPartySection title="Fonts" works={THIRD_PARTY_FONTS} />
    </ReaderDialog>
  );
}

function ThirdPartySection({ title, works }: { title: string; works: readonly ThirdPartyWork[] }) {
  return (
    <section className="about-section" aria-label={title}>
      <h3 className="about-section-title">{title}</h3>
      <dl className="about-works">
        {works.map((work) => (
          <div key={work.name} className="about-work">
            <dt className="about-work-name">
              {work.name} <span className="about-work-use">({work.use})</span>
            </dt>
            <dd className="about-work-attribution">{work.attribution}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
