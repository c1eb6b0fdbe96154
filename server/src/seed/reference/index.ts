export * from './areas.ts';
export * from './sectors.ts';
export * from './themes.ts';
export * from './organisations.ts';
export * from './fusion.ts';
