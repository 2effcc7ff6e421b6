/** The date window the graph and panels are limited to (issue 9's brush sets it); null ends are open. */
export interface TimeWindowState {
  since: string | null;
  until: string | null;
}
