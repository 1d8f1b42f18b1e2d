import { describeMalformedInput } from '@mpp/testing';

import { ADMIN_APP } from '../src/admin-app.definition';

describeMalformedInput('Admin API: malformed input never reaches a 500 and always gets the error body', ADMIN_APP);
