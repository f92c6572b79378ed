import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/thai-600.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/latin-600.css';
import '@fontsource/sarabun/latin-700.css';
import './styles/app.css';
import './i18n';
import { App } from './app/app';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<App />);
