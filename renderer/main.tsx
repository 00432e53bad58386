/** The renderer's entry: styles, the store's data and live updates, then the React tree. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startApp } from './store/boot.ts';
import { useAppStore } from './store/store.ts';
import { connectReaderTypography } from './typography/reader-typography.ts';
import './typography/fonts.ts';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/list.css';
import './styles/briefing.css';
import './styles/reader.css';
import './styles/highlights.css';
import './styles/notices.css';
import './styles/import.css';
import './styles/export.css';
import './styles/typography.css';
import './styles/reader-settings.css';
import './styles/backup.css';
import './styles/organize.css';
import './styles/search.css';
import './styles/judgments.css';
import './styles/tradecraft.css';
import './styles/article-edit.css';
import './styles/cleaned-copy.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

startApp();
connectReaderTypography(useAppStore);
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
