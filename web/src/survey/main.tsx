/** The public partner survey: its own small entry (survey.html), no account, authorised by the link's token. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SurveyApp } from './SurveyApp.tsx';
import './survey.css';

const root = document.getElementById('survey-root');
if (!root) throw new Error('#survey-root missing from survey.html');
createRoot(root).render(
  <StrictMode>
    <SurveyApp />
  </StrictMode>,
);
