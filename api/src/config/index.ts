export { loadConfig, ConfigError, CONFIG_DEFAULTS, PROJECT_ROOT } from './loadConfig';
export type { Config, DatabaseMode } from './loadConfig';
