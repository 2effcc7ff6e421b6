import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/index';

/** Folder of the SDL files, one per area; the API and the web client's codegen both read them. */
export const SDL_DIR = path.join(PROJECT_ROOT, 'graph-schema', 'graphql');

/** Reads every `.graphql` file of the schema, in name order, as one SDL string; throws if the folder is missing. */
export function loadTypeDefs(dir = SDL_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
