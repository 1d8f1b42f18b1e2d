import { CreateRegions1764057600000 } from './1764057600000-create-regions';

/** Every migration, oldest first. Listed by hand so a bundled build carries them all. */
export const MIGRATIONS = [CreateRegions1764057600000];
