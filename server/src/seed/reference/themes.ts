/**
 * Themes: the eight Fusion indicators (Fusion programme overview, Annex 2), Wales's seven
 * well-being goals (Well-being of Future Generations (Wales) Act 2015) and a few common PSB
 * priorities.
 */

import type { Theme } from '../../domain/model.ts';

export const FUSION_THEME_IDS = ['theme-f1', 'theme-f2', 'theme-f3', 'theme-f4', 'theme-f5', 'theme-f6', 'theme-f7', 'theme-f8'] as const;
export const WELLBEING_GOAL_IDS = ['theme-wg1', 'theme-wg2', 'theme-wg3', 'theme-wg4', 'theme-wg5', 'theme-wg6', 'theme-wg7'] as const;

export const THEMES: readonly Theme[] = [
  { id: 'theme-f1', code: 'F1', kind: 'fusion_indicator', name: 'Supporting the early years and family learning', nameCy: "Cefnogi'r blynyddoedd cynnar a dysgu teuluol" },
  { id: 'theme-f2', code: 'F2', kind: 'fusion_indicator', name: 'Gaining a qualification', nameCy: 'Ennill cymhwyster' },
  { id: 'theme-f3', code: 'F3', kind: 'fusion_indicator', name: 'Regular volunteering as a route to work', nameCy: 'Gwirfoddoli rheolaidd fel llwybr i waith' },
  { id: 'theme-f4', code: 'F4', kind: 'fusion_indicator', name: 'Completing a work experience placement', nameCy: 'Cwblhau lleoliad profiad gwaith' },
  { id: 'theme-f5', code: 'F5', kind: 'fusion_indicator', name: 'Improved digital skills', nameCy: 'Gwell sgiliau digidol' },
  { id: 'theme-f6', code: 'F6', kind: 'fusion_indicator', name: 'Improved attitude to formal learning', nameCy: 'Agwedd well at ddysgu ffurfiol' },
  { id: 'theme-f7', code: 'F7', kind: 'fusion_indicator', name: 'Better able to manage mental well-being and physical health', nameCy: 'Gallu rheoli llesiant meddyliol ac iechyd corfforol yn well' },
  { id: 'theme-f8', code: 'F8', kind: 'fusion_indicator', name: 'Improved community cohesion', nameCy: 'Gwell cydlyniant cymunedol' },
  { id: 'theme-wg1', code: 'WG1', kind: 'wellbeing_goal', name: 'A prosperous Wales', nameCy: 'Cymru lewyrchus' },
  { id: 'theme-wg2', code: 'WG2', kind: 'wellbeing_goal', name: 'A resilient Wales', nameCy: 'Cymru gydnerth' },
  { id: 'theme-wg3', code: 'WG3', kind: 'wellbeing_goal', name: 'A healthier Wales', nameCy: 'Cymru iachach' },
  { id: 'theme-wg4', code: 'WG4', kind: 'wellbeing_goal', name: 'A more equal Wales', nameCy: "Cymru sy'n fwy cyfartal" },
  { id: 'theme-wg5', code: 'WG5', kind: 'wellbeing_goal', name: 'A Wales of cohesive communities', nameCy: 'Cymru o gymunedau cydlynus' },
  { id: 'theme-wg6', code: 'WG6', kind: 'wellbeing_goal', name: 'A Wales of vibrant culture and thriving Welsh language', nameCy: "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu" },
  { id: 'theme-wg7', code: 'WG7', kind: 'wellbeing_goal', name: 'A globally responsible Wales', nameCy: "Cymru sy'n gyfrifol ar lefel fyd-eang" },
  { id: 'theme-psb-poverty', code: 'PSB-POV', kind: 'psb_priority', name: 'Tackling poverty', nameCy: "Mynd i'r afael â thlodi" },
  { id: 'theme-psb-climate', code: 'PSB-CLIM', kind: 'psb_priority', name: 'Climate and nature emergency', nameCy: "Argyfwng hinsawdd a natur" },
  { id: 'theme-psb-safety', code: 'PSB-SAFE', kind: 'psb_priority', name: 'Safer communities', nameCy: 'Cymunedau mwy diogel' },
  { id: 'theme-psb-early-intervention', code: 'PSB-EARLY', kind: 'psb_priority', name: 'Early intervention and prevention', nameCy: 'Ymyrraeth gynnar ac atal' },
];

/**
 * Fusion indicator -> the well-being goals it is mapped to in Annex 2 of the Fusion overview.
 * The model has no theme-to-theme relationship, so the mapping is kept here as reference data.
 */
export const FUSION_INDICATOR_GOALS: Readonly<Record<(typeof FUSION_THEME_IDS)[number], readonly string[]>> = {
  'theme-f1': ['theme-wg4', 'theme-wg6'],
  'theme-f2': ['theme-wg1', 'theme-wg4', 'theme-wg6'],
  'theme-f3': ['theme-wg1', 'theme-wg4', 'theme-wg6'],
  'theme-f4': ['theme-wg1', 'theme-wg4', 'theme-wg6'],
  'theme-f5': ['theme-wg1', 'theme-wg4', 'theme-wg6'],
  'theme-f6': ['theme-wg4', 'theme-wg6'],
  'theme-f7': ['theme-wg3', 'theme-wg6'],
  'theme-f8': ['theme-wg4', 'theme-wg5', 'theme-wg6'],
};
