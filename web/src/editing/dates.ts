/** Today as YYYY-MM-DD in UTC, the form the API's Date scalar takes (and its own default day). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
