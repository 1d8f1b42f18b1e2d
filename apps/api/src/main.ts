import 'reflect-metadata';

import { runApp } from '@mpp/platform';

import { API_APP } from './api-app.definition';

void runApp(API_APP, process.env);
