import { startTestPostgres } from './postgres-global-setup';

export default startTestPostgres;
