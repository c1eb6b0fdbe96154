import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { restoreSession } from './auth/session.ts';
import './styles.css';
import './styles/brokering.css';
import './styles/gaps.css';
import './styles/representation.css';
import './styles/editing.css';
import './styles/dashboard.css';
import './styles/data.css';


const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The session cookie survives a reload; ask who we are before the first query goes out.
void restoreSession().finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
