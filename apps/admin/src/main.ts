import 'reflect-metadata';

import { runApp } from '@mpp/platform';

import { ADMIN_APP } from './admin-app.definition';

void runApp(ADMIN_APP, process.env);
