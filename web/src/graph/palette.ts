/**
 * Sector colours. Paul Tol's "muted" scheme (nine colours chosen to stay distinct under the common
 * colour-vision deficiencies and in greyscale print) crossed with node shape, so 18 sectors stay
 * tellable apart without relying on colour alone: public-service sectors are drawn as rounded
 * squares, the third sector, culture and the rest as circles. Unknown sectors get the next slot.
 */

export const TOL_MUTED = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499'] as const;
export const NO_SECTOR_COLOUR = '#8a8f98';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond';
const SHAPES: readonly NodeShape[] = ['ellipse', 'round-rectangle', 'diamond'];

/** Known sectors in a fixed order, so a sector keeps its colour whatever the filter. */
const PREFERRED_ORDER = [
  // circles: the third sector, culture and community
  'sector-third-sector-infrastructure',
  'sector-community-voluntary',
  'sector-culture-arts',
  'sector-heritage-museums',
  'sector-libraries',
  'sector-employability-skills',
  'sector-sport-leisure',
  'sector-environment',
  'sector-business',
  // rounded squares: public services
  'sector-health',
  'sector-social-care',
  'sector-local-government',
  'sector-policing-justice',
  'sector-fire-rescue',
  'sector-education',
  'sector-early-years',
  'sector-housing',
  'sector-national-government',
];

export interface SectorStyle {
  colour: string;
  shape: NodeShape;
}

export function sectorStyles(sectorIds: Iterable<string>): Map<string, SectorStyle> {
  const extra = [...new Set(sectorIds)].filter((id) => !PREFERRED_ORDER.includes(id)).sort();
  const order = [...PREFERRED_ORDER, ...extra];
  const out = new Map<string, SectorStyle>();
  order.forEach((id, i) => {
    out.set(id, {
      colour: TOL_MUTED[i % TOL_MUTED.length] ?? NO_SECTOR_COLOUR,
      shape: SHAPES[Math.floor(i / TOL_MUTED.length) % SHAPES.length] ?? 'ellipse',
    });
  });
  return out;
}

export function styleForSector(styles: Map<string, SectorStyle>, sectorId: string | null): SectorStyle {
  return (sectorId ? styles.get(sectorId) : undefined) ?? { colour: NO_SECTOR_COLOUR, shape: 'ellipse' };
}
