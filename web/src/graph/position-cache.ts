/**
 * Laid-out positions per filter, in memory and in sessionStorage, so going back to a view is
 * instant and the picture does not reshuffle. Keys name the filter and date; values are rounded
 * coordinates by organisation id.
 */
import type { Position } from './elements.ts';

const PREFIX = 'cyswllt.positions.v1:';
const memory = new Map<string, Map<string, Position>>();

export function positionKey(parts: Record<string, string | null | undefined>): string {
  return Object.keys(parts)
    .sort()
    .filter((k) => parts[k])
    .map((k) => `${k}=${parts[k]}`)
    .join('&');
}

export function loadPositions(key: string): Map<string, Position> | undefined {
  const hit = memory.get(key);
  if (hit) return hit;
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Record<string, [number, number]>;
    const map = new Map<string, Position>();
    for (const [id, [x, y]] of Object.entries(parsed)) map.set(id, { x, y });
    memory.set(key, map);
    return map;
  } catch {
    return undefined;
  }
}

export function savePositions(key: string, positions: Map<string, Position>): void {
  memory.set(key, positions);
  const compact: Record<string, [number, number]> = {};
  for (const [id, p] of positions) compact[id] = [Math.round(p.x), Math.round(p.y)];
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(compact));
  } catch {
    // quota exceeded: keep the in-memory copy only
  }
}

/** True when every id has a cached position (a partial cache still needs a layout). */
export function covers(positions: Map<string, Position> | undefined, ids: string[]): positions is Map<string, Position> {
  return !!positions && ids.length > 0 && ids.every((id) => positions.has(id));
}
