import { createOrmConfig } from './src/db/orm';
import { parseDatabaseUrl } from './src/config';

export default createOrmConfig(parseDatabaseUrl(process.env.DATABASE_URL));
