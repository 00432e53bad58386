/** Small line icons drawn inline (no remote loads, no icon font). Decorative: hidden from assistive tech. */
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const LibraryIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11M2.5 8h11M2.5 11.5h7" />
  </Icon>
);

export const UnreadIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5.25" />
    <circle cx="8" cy="8" r="2" fill="currentColor" stroke="none" />
  </Icon>
);

export const BriefingIcon = () => (
  <Icon>
    <path d="M4 2.5h5.5L12 5v8.5H4z" />
    <path d="M9.5 2.5V5H12M6 8h4M6 10.5h4" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M8 3.5v9M3.5 8h9" />
  </Icon>
);

export const ExternalIcon = () => (
  <Icon size={14}>
    <path d="M9.5 2.5h4v4M13.5 2.5 7.5 8.5M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon size={14}>
    <path d="m3 8.5 3 3 7-7" />
  </Icon>
);

export const CircleIcon = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="5" />
  </Icon>
);

export const PencilIcon = () => (
  <Icon size={14}>
    <path d="M10.5 2.5 13.5 5.5 6 13H3v-3z" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={14}>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Icon>
);

export const ThemeIcon = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="5.5" />
    <path d="M8 2.5v11a5.5 5.5 0 0 0 0-11z" fill="currentColor" stroke="none" />
  </Icon>
);

export const AlertIcon = () => (
  <Icon size={16}>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.75v3.75M8 11v.25" />
  </Icon>
);

export const InfoIcon = () => (
  <Icon size={16}>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 7.25V11M8 5v.25" />
  </Icon>
);

export const ImportIcon = () => (
  <Icon size={14}>
    <path d="M8 2.5v7.5M5 7l3 3 3-3" />
    <path d="M2.5 10.5v1.75a1.25 1.25 0 0 0 1.25 1.25h8.5a1.25 1.25 0 0 0 1.25-1.25V10.5" />
  </Icon>
);

export const ExportIcon = () => (
  <Icon size={14}>
    <path d="M8 10V2.5M5 5.5l3-3 3 3" />
    <path d="M2.5 10.5v1.75a1.25 1.25 0 0 0 1.25 1.25h8.5a1.25 1.25 0 0 0 1.25-1.25V10.5" />
  </Icon>
);

export const FileIcon = () => (
  <Icon size={14}>
    <path d="M4.5 2.5h4.5l2.5 2.5v8.5h-7z" />
    <path d="M9 2.5V5h2.5" />
  </Icon>
);

export const DuplicateIcon = () => (
  <Icon size={14}>
    <rect x="5.5" y="5.5" width="7.5" height="7.5" rx="1.25" />
    <path d="M10.5 3.5V3.25A.75.75 0 0 0 9.75 2.5h-6.5a.75.75 0 0 0-.75.75v6.5a.75.75 0 0 0 .75.75h.25" />
  </Icon>
);

export const CancelledIcon = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="5.5" />
    <path d="M5.5 8h5" />
  </Icon>
);

export const ErrorIcon = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="5.5" />
    <path d="M8 5.25v3.25M8 10.5v.25" />
  </Icon>
);

/** Text settings: a large and a small letter A. */
export const TextSettingsIcon = () => (
  <Icon size={16}>
    <path d="M1.75 12.75 5.5 3.25l3.75 9.5M3.1 9.5h4.8" />
    <path d="M9.75 12.75 12.25 7l2.5 5.75M10.6 11h3.3" />
  </Icon>
);

/* Highlights and notes (the reader). */

/** A note: a page with a folded corner and lines. */
export const NoteIcon = () => (
  <Icon size={14}>
    <path d="M3 2.75h10v7.5l-3 3H3z" />
    <path d="M10 13.25V10.5h3M5.5 6h5M5.5 8.5h3" />
  </Icon>
);

/** The notes panel: a window with a side column. */
export const NotesPanelIcon = () => (
  <Icon size={14}>
    <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
    <path d="M10 2.75v10.5M11.75 5.5h.5M11.75 7.5h.5" />
  </Icon>
);

/** Highlight colours: a palette. */
export const PaletteIcon = () => (
  <Icon size={14}>
    <path d="M8 2.25a5.75 5.75 0 1 0 0 11.5c.9 0 1.25-.6 1.25-1.15 0-.8-.75-1.1-.75-1.85 0-.7.55-1.25 1.25-1.25h1.5a2.5 2.5 0 0 0 2.5-2.5c0-2.6-2.6-4.75-5.75-4.75z" />
    <circle cx="5" cy="8" r=".6" fill="currentColor" />
    <circle cx="6.5" cy="5.25" r=".6" fill="currentColor" />
    <circle cx="9.6" cy="5.1" r=".6" fill="currentColor" />
  </Icon>
);

/** Keyboard shortcuts: a keyboard. */
export const KeyboardIcon = () => (
  <Icon size={16}>
    <rect x="1.75" y="4" width="12.5" height="8" rx="1.5" />
    <path d="M4.25 6.5h.5M6.5 6.5h.5M8.75 6.5h.5M11 6.5h.5M4.25 8.5h.5M11 8.5h.5M6.25 10h3.5" />
  </Icon>
);

/** Copy a quote: quotation marks over a page. */
export const QuoteIcon = () => (
  <Icon size={14}>
    <path d="M3 9.5c0-2.4 1-4 3-4.75M3 9.5h2.5V12H3zM8.5 9.5c0-2.4 1-4 3-4.75M8.5 9.5H11V12H8.5z" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon size={14}>
    <path d="M2.75 4.25h10.5M6.25 4.25V2.75h3.5v1.5M4.25 4.25l.6 9h6.3l.6-9M6.75 6.75v4M9.25 6.75v4" />
  </Icon>
);

export const ChevronUpIcon = () => (
  <Icon size={14}>
    <path d="m4 10 4-4 4 4" />
  </Icon>
);

export const ChevronDownIcon = () => (
  <Icon size={14}>
    <path d="m4 6 4 4 4-4" />
  </Icon>
);

export const BackupIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11v8.5a.5.5 0 0 1-.5.5H3a.5.5 0 0 1-.5-.5Z" />
    <path d="M1.75 2.5h12.5v2H1.75ZM6.5 7.5h3" />
  </Icon>
);

export const TagIcon = () => (
  <Icon size={14}>
    <path d="M2.5 2.5h5.3l5.7 5.7-5.3 5.3-5.7-5.7z" />
    <circle cx="5.5" cy="5.5" r="1" fill="currentColor" stroke="none" />
  </Icon>
);

export const EvidenceIcon = () => (
  <Icon>
    <path d="M3 3.5h10M3 3.5v9h10v-9" />
    <path d="M5.5 6.5h5M5.5 9h3" />
    <path d="M3 3.5 4.5 2h7L13 3.5" />
  </Icon>
);

export const SortIcon = () => (
  <Icon size={14}>
    <path d="M5 3v10M2.5 10.5 5 13l2.5-2.5M11 13V3M8.5 5.5 11 3l2.5 2.5" />
  </Icon>
);

export const FilterIcon = () => (
  <Icon size={14}>
    <path d="M2.5 3.5h11L9.5 8.5v4l-3 1.5v-5.5z" />
  </Icon>
);

export const MoreIcon = () => (
  <Icon>
    <circle cx="3.5" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="8" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="12.5" cy="8" r="0.9" fill="currentColor" stroke="none" />
  </Icon>
);

export const AddToBriefingIcon = () => (
  <Icon size={14}>
    <path d="M4 2.5h5.5L12 5v3M4 2.5v11h5" />
    <path d="M12.5 10v4M10.5 12h4" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon size={14}>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3.25 3.25" />
  </Icon>
);

/** A highlighted passage: a marker stroke under lines of text. */
export const HighlightIcon = () => (
  <Icon size={14}>
    <path d="M3 4.5h10M3 7.5h7" />
    <rect x="2.5" y="10" width="11" height="3" rx="1" fill="currentColor" stroke="none" opacity="0.45" />
  </Icon>
);

/** A judgment resting on a citation: a line of text over a footnote mark. */
export const CiteIcon = () => (
  <Icon size={14}>
    <path d="M2.5 4h8M2.5 7h6M2.5 10h4.5M11.5 8.5v5M9 11h5" />
  </Icon>
);

export const RefreshIcon = () => (
  <Icon>
    <path d="M13 4.5v3h-3" />
    <path d="M12.6 7.5A5 5 0 1 0 11.5 11" />
  </Icon>
);

export const EntitiesIcon = () => (
  <Icon>
    <circle cx="6" cy="5.5" r="2.25" />
    <path d="M2 13c.6-2.3 2.1-3.5 4-3.5s3.4 1.2 4 3.5" />
    <path d="M10.5 3.5a2 2 0 0 1 0 4M12 9.8c1 .6 1.7 1.7 2 3.2" />
  </Icon>
);

export const TimelineIcon = () => (
  <Icon>
    <path d="M4.5 2v12" />
    <circle cx="4.5" cy="4.5" r="1.5" fill="currentColor" stroke="none" />
    <circle cx="4.5" cy="11" r="1.5" fill="currentColor" stroke="none" />
    <path d="M7.5 4.5h6M7.5 11h4" />
  </Icon>
);
