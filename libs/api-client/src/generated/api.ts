// Generated from the api app's OpenAPI document by tools/api-client/generate-client.mjs.
// Do not edit: run `npm run api-client`.

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers (no dependency checked)
         * @description Liveness: the process answers (no dependency checked)
         *
         *     **Access:** public, without credentials. Load balancers and orchestrators probe health without credentials.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers within 1.5 s
         * @description details.nationalCalendar carries a warning (NATIONAL_CALENDAR_NOT_COVERED) when the national holidays of the next 90 days are not loaded; readiness stays up
         *
         *     **Access:** public, without credentials. Load balancers and orchestrators probe health without credentials.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password; five failures in a row lock the account for 15 minutes
         * @description Sign in with email and password; five failures in a row lock the account for 15 minutes
         *
         *     **Access:** public, without credentials. Signing in is how staff get credentials.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of a refresh token
         * @description End the session of a refresh token
         *
         *     **Access:** public, without credentials. The refresh token itself is the credential.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password; ends every session of the account
         * @description Change your own password; ends every session of the account
         *
         *     **Access:** any signed-in staff member.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for a new pair; a token used twice revokes its whole session
         * @description Trade a refresh token for a new pair; a token used twice revokes its whole session
         *
         *     **Access:** public, without credentials. The refresh token itself is the credential.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A kiosk or board trades the pairing code a region admin created for its own token (once, within 15 minutes)
         * @description A kiosk or board trades the pairing code a region admin created for its own token (once, within 15 minutes)
         *
         *     **Access:** public, without credentials. A kiosk or board has no credential before it pairs; the one-time code from a region admin is the credential.
         */
        post: operations["DevicePairingController_pair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the credentials belong to: the role and scope of a staff token, or the scopes of an API key
         * @description Who the credentials belong to: the role and scope of a staff token, or the scopes of an API key
         *
         *     **Access:** any signed-in staff member, or any valid API key (X-API-Key).
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/national/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * National roll-up for a period: each region’s IKM with its own weight mode, and the nation’s over all sums
         * @description Feeds the national dashboard. The national figure merges exact sums, never averages of rounded regional figures.
         *
         *     **Access:** staff with the role `national_admin`, `national_viewer`.
         */
        get: operations["SatisfactionController_national"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oss/receiveNIB": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OSS RBA callback: a business registered in OSS, for the licensing desk of its region
         * @description Answers in OSS’s envelope `{"responreceiveNIB": {"status": "1"|"2", "keterangan": ...}}`, as OSS expects; a refusal also carries our error body (`status`, `code`, `message`, `requestId`). 404 `OSS_CALLBACK_NOT_CONFIGURED` where the callback credentials are not set.
         *
         *     **Access:** public, without credentials. OSS RBA calls this without our credentials; it signs each call with the Token header, checked here (PIA OSS RBA v4.3.22).
         */
        post: operations["OssCallbackController_receiveNib"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the 38 provinces with their time zones
         * @description List the 38 provinces with their time zones
         *
         *     **Access:** public, without credentials. Region codes and names are public reference data (Kepmendagri).
         */
        get: operations["RegionsController_listProvinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provinces/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One province by its two-digit code
         * @description One province by its two-digit code
         *
         *     **Access:** public, without credentials. Region codes and names are public reference data (Kepmendagri).
         */
        get: operations["RegionsController_getProvince"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the 514 kabupaten/kota, filtered and paged
         * @description List the 514 kabupaten/kota, filtered and paged
         *
         *     **Access:** public, without credentials. Region codes and names are public reference data (Kepmendagri).
         */
        get: operations["RegionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One kabupaten/kota by its Kemendagri code
         * @description One kabupaten/kota by its Kemendagri code
         *
         *     **Access:** public, without credentials. Region codes and names are public reference data (Kepmendagri).
         */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agencies (instansi) serving in the region’s MPP
         * @description The agencies (instansi) serving in the region’s MPP
         *
         *     **Access:** public, without credentials. The service catalogue and opening hours are public information (UU 25/2009 Pasal 21). An integrator may call it under its own API key (X-API-Key) with the scope `catalog:read` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        get: operations["CatalogueController_agencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agency’s applications, newest first, by status, SLA (overdue, due soon) and date; NIK masked
         * @description An agency’s applications, newest first, by status, SLA (overdue, due soon) and date; NIK masked
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        get: operations["StaffApplicationsController_list"];
        put?: never;
        /**
         * An integrator (an agency’s system, a regional portal) files an application for a citizen
         * @description An integrator (an agency’s system, a regional portal) files an application for a citizen
         *
         *     **Access:** staff with the role , or an API key with the scope `applications:write`, for the region named by the param `code`.
         */
        post: operations["StaffApplicationsController_fromIntegrator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The counter: open or closed, its services, the ticket it serves
         * @description The counter: open or closed, its services, the ticket it serves
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        get: operations["CountersController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * At the counter: an application for the service of the ticket being served; the applicant gets its tracking code
         * @description At the counter: an application for the service of the ticket being served; the applicant gets its tracking code
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["StaffApplicationsController_atCounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call one ticket by number: one this counter held, or a waiting one out of turn (supervisors; audited)
         * @description An officer calling a waiting ticket out of turn is refused with 403 CALL_OUT_OF_TURN_NEEDS_SUPERVISOR.
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call the next ticket by each service’s call order; two counters calling at once get different tickets
         * @description Call the next ticket by each service’s call order; two counters calling at once get different tickets
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_callNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the counter (nothing may be called or in service at it)
         * @description Close the counter (nothing may be called or in service at it)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Service done
         * @description Service done
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_finish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the current ticket aside (a missing document); call it again later by number
         * @description Set the current ticket aside (a missing document); call it again later by number
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the counter at a site, with the officer signed in, for some or all of the agency’s services
         * @description Open the counter at a site, with the officer signed in, for some or all of the agency’s services
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call the current ticket again (board and sound)
         * @description Call the current ticket again (board and sound)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_recall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The called visitor did not come: mark a no-show
         * @description The called visitor did not come: mark a no-show
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_skip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The visitor arrived: start serving the called ticket
         * @description The visitor arrived: start serving the called ticket
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the current ticket to another service or agency at this site; it keeps its arrival time
         * @description Send the current ticket to another service or agency at this site; it keeps its arrival time
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        post: operations["CountersController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For the counter desk: the agency’s counters the caller may open, its services and sites
         * @description For the counter desk: the agency’s counters the caller may open, its services and sites
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        get: operations["AgencyDeskController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/desk/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For the counter desk: who waits in the agency’s lines at the site now, and today’s figures of the caller’s counters
         * @description For the counter desk: who waits in the agency’s lines at the site now, and today’s figures of the caller’s counters
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, for the region named by the param `code`.
         */
        get: operations["AgencyDeskController_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One service with its full service standard and whether it is open now
         * @description One service with its full service standard and whether it is open now
         *
         *     **Access:** public, without credentials. The service catalogue and opening hours are public information (UU 25/2009 Pasal 21). An integrator may call it under its own API key (X-API-Key) with the scope `catalog:read` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        get: operations["CatalogueController_service"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}/standard-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service standard’s versions, newest first, each with the period it held; with ?on=, the one in force then
         * @description The service standard’s versions, newest first, each with the period it held; with ?on=, the one in force then
         *
         *     **Access:** public, without credentials. The service catalogue and opening hours are public information (UU 25/2009 Pasal 21). An integrator may call it under its own API key (X-API-Key) with the scope `catalog:read` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        get: operations["CatalogueController_standardVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply online for a service (or keep a draft); returns the tracking code, shown once with the checklist
         * @description Apply online for a service (or keep a draft); returns the tracking code, shown once with the checklist
         *
         *     **Access:** public, without credentials. Citizens apply without an account; the phone number they give proves later that they are the applicant.
         */
        post: operations["CitizenApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its checklist and history; the NIK whole only for the agency’s counter staff (audited)
         * @description One application with its checklist and history; the NIK whole only for the agency’s counter staff (audited)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        get: operations["StaffApplicationsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify, send back for revision, process, complete or reject; ticks the checklist; audited
         * @description Verify, send back for revision, process, complete or reject; ticks the checklist; audited
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `applications:write`, for the region named by the param `code`.
         */
        post: operations["StaffApplicationsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of an application
         * @description The documents of an application
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        get: operations["ApplicationDocumentsController_list"];
        put?: never;
        /**
         * The agency adds a document: a requirement brought to the counter, or the result (kind=result)
         * @description The agency adds a document: a requirement brought to the counter, or the result (kind=result)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `applications:write`, for the region named by the param `code`.
         */
        post: operations["ApplicationDocumentsController_byStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document through the API (audited); the handling agency’s staff and keys bound to it only
         * @description Download a document through the API (audited); the handling agency’s staff and keys bound to it only
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        get: operations["ApplicationDocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/{id}/documents/{documentId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A download link that works for 5 minutes without credentials (for a browser or a viewer)
         * @description A download link that works for 5 minutes without credentials (for a browser or a viewer)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        post: operations["ApplicationDocumentsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/applications/overdue-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue applications per agency today (a supervisor sees their own agency)
         * @description Overdue applications per agency today (a supervisor sees their own agency)
         *
         *     **Access:** staff with the role `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `applications:read`, for the region named by the param `code`.
         */
        get: operations["StaffApplicationsController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a slot with a name and mobile number (NIK optional, kept masked); returns the booking code
         * @description Book a slot with a name and mobile number (NIK optional, kept masked); returns the booking code
         *
         *     **Access:** public, without credentials. Citizens book without an account; one live booking per mobile number, service and day, rate limited per client. An integrator may call it under its own API key (X-API-Key) with the scope `queue:write` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        post: operations["BookingsController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/bookings/{bookingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A booking by its code: service, slot, status, and its ticket once checked in (for the citizen’s booking page)
         * @description A booking by its code: service, slot, status, and its ticket once checked in (for the citizen’s booking page)
         *
         *     **Access:** public, without credentials. The booking code is the citizen’s own key to their booking (8 random characters); the answer carries no personal data.
         */
        get: operations["BookingsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/bookings/{bookingCode}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking before its slot starts; the place goes back to the slot
         * @description Cancel a booking before its slot starts; the place goes back to the slot
         *
         *     **Access:** public, without credentials. The booking code with the mobile number it was made with proves the caller made it.
         */
        post: operations["BookingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter follows their complaint: status, public status, deadlines
         * @description The reporter follows their complaint: status, public status, deadlines
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter.
         */
        post: operations["CitizenComplaintsController_track"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter attaches a file to their complaint (the raw file as the body) while it is open
         * @description The reporter attaches a file to their complaint (the raw file as the body) while it is open
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter (X-Reporter-Phone).
         */
        post: operations["ComplaintAttachmentsController_byReporter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/{attachmentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter downloads a file of their complaint
         * @description The reporter downloads a file of their complaint
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter.
         */
        post: operations["ComplaintAttachmentsController_downloadForReporter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter lists the files of their complaint
         * @description The reporter lists the files of their complaint
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter.
         */
        post: operations["ComplaintAttachmentsController_listForReporter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter accepts the answer and closes the complaint
         * @description The reporter accepts the answer and closes the complaint
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter.
         */
        post: operations["CitizenComplaintsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaint-tracking/{trackingCode}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter replies to the agency’s answer (the agency answers again)
         * @description The reporter replies to the agency’s answer (the agency answers again)
         *
         *     **Access:** public, without credentials. The tracking code with the reporter’s phone number proves the caller is the reporter.
         */
        post: operations["CitizenComplaintsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints, newest first: the agency’s own for agency staff, all for the region’s desk; escalated ones with escalated=true
         * @description Complaints, newest first: the agency’s own for agency staff, all for the region’s desk; escalated ones with escalated=true
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:read`, for the region named by the param `code`.
         */
        get: operations["StaffComplaintsController_list"];
        put?: never;
        /**
         * File a complaint (pengaduan) on the web or at a kiosk; returns the tracking code and the working-day deadlines
         * @description Anonymous: the agency never sees who filed it. Secret: left out of the public list.
         *
         *     **Access:** a registered kiosk of the site (X-Device-Token). Without a token, anyone: Citizens file complaints without an account (limited per IP and per phone number); kiosks send their device token.
         */
        post: operations["CitizenComplaintsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One complaint with its history; an anonymous one shows no reporter to the agency
         * @description One complaint with its history; an anonymous one shows no reporter to the agency
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:read`, for the region named by the param `code`.
         */
        get: operations["StaffComplaintsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a complaint: the region’s desk verifies, archives (unintelligible), assigns and closes; the agency answers
         * @description Archive and answer need a note. Every move is kept in the complaint’s history with its actor.
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:write`, for the region named by the param `code`.
         */
        post: operations["StaffComplaintsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files of a complaint the caller may read
         * @description For an anonymous complaint the agency sees only the files the desk cleared, under neutral names.
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:read`, for the region named by the param `code`.
         */
        get: operations["ComplaintAttachmentsController_list"];
        put?: never;
        /**
         * The desk, the agency or an integrator attaches a file (evidence brought to the desk, an answer’s proof)
         * @description The desk, the agency or an integrator attaches a file (evidence brought to the desk, an answer’s proof)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:write`, for the region named by the param `code`.
         */
        post: operations["ComplaintAttachmentsController_byStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of a complaint (audited); an anonymous complaint’s uncleared file answers 404 to the agency
         * @description Download a file of a complaint (audited); an anonymous complaint’s uncleared file answers 404 to the agency
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:read`, for the region named by the param `code`.
         */
        get: operations["ComplaintAttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}/attachments/{attachmentId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The desk clears an anonymous complaint’s file for the agency, having seen it names nobody (audited)
         * @description The desk clears an anonymous complaint’s file for the agency, having seen it names nobody (audited)
         *
         *     **Access:** staff with the role `region_admin`, `national_admin`, for the region named by the param `code`.
         */
        post: operations["ComplaintAttachmentsController_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a complaint to SP4N-LAPOR! (regions with forwardToLapor: chosen); delivered in the background, retried until LAPOR! answers
         * @description Its LAPOR! tracking id and status then appear on the complaint (`lapor`). A second request changes nothing.
         *
         *     **Access:** staff with the role `region_admin`, `national_admin`, for the region named by the param `code`.
         */
        post: operations["StaffComplaintsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints anyone may read (not secret, verified): title, category, agency, status
         * @description Complaints anyone may read (not secret, verified): title, category, agency, status
         *
         *     **Access:** public, without credentials. The public list shows verified complaints not marked secret: title, category, agency and status, nothing of the reporter.
         */
        get: operations["CitizenComplaintsController_publicList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/complaints/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a complaint taken at the desk, or sent by an integrator (scope complaints:write)
         * @description Record a complaint taken at the desk, or sent by an integrator (scope complaints:write)
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, `national_admin`, or an API key with the scope `complaints:write`, for the region named by the param `code`.
         */
        post: operations["StaffComplaintsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/document-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a short-lived download link
         * @description Open a short-lived download link
         *
         *     **Access:** public, without credentials. A link signed by the API for one document, issued to someone allowed to see it, working for 5 minutes.
         */
        get: operations["ApplicationDocumentsController_openLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/licensing/business-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look a business up in OSS RBA by NIB, with its KBLI activities, licences and status
         * @description Look a business up in OSS RBA by NIB, with its KBLI activities, licences and status
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `business:read`, for the region named by the param `code`.
         */
        post: operations["LicensingController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/licensing/received-businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Businesses OSS sent to this region (receiveNIB), newest first
         * @description Businesses OSS sent to this region (receiveNIB), newest first
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, `region_admin`, or an API key with the scope `business:read`, for the region named by the param `code`.
         */
        get: operations["LicensingController_listReceived"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/mall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region’s MPP: its sites with their hours, and whether each is open now
         * @description The region’s MPP: its sites with their hours, and whether each is open now
         *
         *     **Access:** public, without credentials. The service catalogue and opening hours are public information (UU 25/2009 Pasal 21). An integrator may call it under its own API key (X-API-Key) with the scope `catalog:read` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        get: operations["CatalogueController_mall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region admins’ notifications, newest first (unread=true: only unread ones)
         * @description The region admins’ notifications, newest first (unread=true: only unread ones)
         *
         *     **Access:** staff with the role `region_admin`, `national_admin`, for the region named by the param `code`.
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read (for every region admin; the first reader is kept)
         * @description Mark a notification read (for every region admin; the first reader is kept)
         *
         *     **Access:** staff with the role `region_admin`, `national_admin`, for the region named by the param `code`.
         */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/population/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a NIK against name, birth date and place at Dukcapil, field by field
         * @description Answers whether each element given matches, never the person’s data. Every call is audited with its purpose.
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `identity:verify`, for the region named by the param `code`.
         */
        post: operations["IdentityController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/queue/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The day’s queue figures per service, agency and counter: tickets, served, no-shows, mean and p90 waiting and service times
         * @description A supervisor sees their own agency only.
         *
         *     **Access:** staff with the role `national_admin`, `region_admin`, `agency_supervisor`, for the region named by the param `code`.
         */
        get: operations["FiguresController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/queue/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A day’s or a range’s queue report: tickets, served, no-shows, mean and p90 waits and service times, by day, hour, site, agency, service and counter
         * @description Read from the tickets themselves, so every breakdown adds up to the tickets; at most 92 days. As JSON, CSV or XLSX (`format`), the files’ headings in the language of Accept-Language. A supervisor gets their own agency.
         *
         *     **Access:** staff with the role `national_admin`, `region_admin`, `agency_supervisor`, for the region named by the param `code`.
         */
        get: operations["QueueReportController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The IKM of a region, site, agency or service for any period: NRR per element, grade, weakest element, sample size
         * @description Exact sums and counts are kept; IKM and NRR are rounded only for display. The weight mode is the deployment’s and is shown.
         *
         *     **Access:** public, without credentials. Units must publish their IKM (PermenPANRB 14/2017); the index is made of sums only, nothing about a respondent.
         */
        get: operations["SatisfactionController_index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/satisfaction/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The period report a unit publishes: the index, respondents by profile and the suggestions, as JSON, CSV or XLSX
         * @description Agency supervisors get their own agency’s report. Suggestions are free text from citizens: staff only.
         *
         *     **Access:** staff with the role `agency_supervisor`, `region_admin`, `national_admin`, for the region named by the param `code`.
         */
        get: operations["SatisfactionController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find services by words in Indonesian, ignoring case and accents, best matches first
         * @description Find services by words in Indonesian, ignoring case and accents, best matches first
         *
         *     **Access:** public, without credentials. The service catalogue and opening hours are public information (UU 25/2009 Pasal 21). An integrator may call it under its own API key (X-API-Key) with the scope `catalog:read` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        get: operations["CatalogueController_services"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slots of a service on a day, with the places still free
         * @description Slots of a service on a day, with the places still free
         *
         *     **Access:** public, without credentials. Free booking slots are public information, like the opening hours they come from.
         */
        get: operations["BookingsController_slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/sites/{siteCode}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a mall’s board shows now: each open counter’s ticket, and who waits per service
         * @description What a mall’s board shows now: each open counter’s ticket, and who waits per service
         *
         *     **Access:** a registered board of the site (X-Device-Token).
         */
        get: operations["BoardController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/sites/{siteCode}/board/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events for a mall’s board: a `board` snapshot first, then `called`, `counter` and `line` events as they happen
         * @description Server-sent events for a mall’s board: a `board` snapshot first, then `called`, `counter` and `line` events as they happen
         *
         *     **Access:** a registered board of the site (X-Device-Token).
         */
        get: operations["BoardController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/sites/{siteCode}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check in a booking at the site’s kiosk, from 30 minutes before its slot to 10 minutes after: returns its ticket
         * @description Check in a booking at the site’s kiosk, from 30 minutes before its slot to 10 minutes after: returns its ticket
         *
         *     **Access:** a registered kiosk of the site (X-Device-Token).
         */
        post: operations["BookingsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/sites/{siteCode}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a walk-in ticket (antrean): numbered per prefix and day in the mall’s time zone, with no duplicate and no gap
         * @description Send `Idempotency-Key` (a fresh UUID per tap) so a retry or double tap returns the same ticket. Refused with 409 SERVICE_CLOSED, TICKETS_CLOSED, WALK_IN_NOT_OFFERED or DAILY_QUOTA_REACHED.
         *
         *     **Access:** a registered kiosk of the site (X-Device-Token). Without a token, anyone: Citizens take walk-in tickets from their phones without an account (rate limited per client); kiosks send their device token. An integrator may call it under its own API key (X-API-Key) with the scope `queue:write` for the region named by the param `code`: it then has the key's own rate budget, and its writes are recorded with the key.
         */
        post: operations["TicketsController_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/survey-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SKM questionnaire (U1–U9, answers 1–4) in Indonesian and English, with the deployment’s wording
         * @description The ticket page and the application tracking answer link here with `ticketId` or `trackingCode` once the visit is finished.
         *
         *     **Access:** public, without credentials. The questionnaire is public; with a ticket id or tracking code (the holder’s own keys) it also says whether that visit may answer.
         */
        get: operations["SurveyController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/survey-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the survey: for a finished ticket, a completed application, or as a walk-in at a kiosk/tablet (X-Device-Token)
         * @description Stored by element code with the respondent’s optional profile and suggestion; anonymous to the agency. A second response for one ticket or application is refused with 409 SURVEY_ALREADY_ANSWERED.
         *
         *     **Access:** a registered kiosk of the site (X-Device-Token). Without a token, anyone: A citizen answers for their own finished ticket or completed application (its id or code is their key; one response each); walk-ins only on a registered kiosk or tablet.
         */
        post: operations["SurveyController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket’s page: status, position in line, estimated wait, the counter when called
         * @description A ticket’s page: status, position in line, estimated wait, the counter when called
         *
         *     **Access:** public, without credentials. The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data.
         */
        get: operations["TicketsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tickets/{ticketId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give up a waiting ticket
         * @description Give up a waiting ticket
         *
         *     **Access:** public, without credentials. The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data.
         */
        post: operations["TicketsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tickets/{ticketId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events for one ticket: its page (`ticket` events) whenever its line moves
         * @description Server-sent events for one ticket: its page (`ticket` events) whenever its line moves
         *
         *     **Access:** public, without credentials. The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data.
         */
        get: operations["TicketsController_ticketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Track an application by its code: status, service, due date; nothing personal
         * @description Track an application by its code: status, service, due date; nothing personal
         *
         *     **Access:** public, without credentials. The tracking page shows the status, the service and the due date, nothing personal; codes are unguessable.
         */
        get: operations["CitizenApplicationsController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant’s view: notes (what to fix), the checklist and the history
         * @description The applicant’s view: notes (what to fix), the checklist and the history
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["CitizenApplicationsController_details"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant uploads a document (the raw file as the body)
         * @description The applicant uploads a document (the raw file as the body)
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number (X-Applicant-Phone) proves the caller is the applicant.
         */
        post: operations["ApplicationDocumentsController_byApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/documents/{documentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant downloads a document of their application
         * @description The applicant downloads a document of their application
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["ApplicationDocumentsController_downloadForApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/documents/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The applicant lists the documents of their application, the result among them
         * @description The applicant lists the documents of their application, the result among them
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["ApplicationDocumentsController_listForApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a file back to the agency after fixing what it asked; the clock runs again with the days left
         * @description Send a file back to the agency after fixing what it asked; the clock runs again with the days left
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["CitizenApplicationsController_resubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft to the agency; the working-day clock starts
         * @description Send a draft to the agency; the working-day clock starts
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["CitizenApplicationsController_submitDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/tracking/{trackingCode}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the application (before the agency starts processing it)
         * @description Withdraw the application (before the agency starts processing it)
         *
         *     **Access:** public, without credentials. The tracking code with the applicant’s phone number proves the caller is the applicant.
         */
        post: operations["CitizenApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/vehicle-tax/lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a vehicle owes: PKB, opsen, SWDKLLJ with penalties, STNK validity, from the province’s Samsat
         * @description What a vehicle owes: PKB, opsen, SWDKLLJ with penalties, STNK validity, from the province’s Samsat
         *
         *     **Access:** staff with the role `counter_officer`, `agency_supervisor`, or an API key with the scope `vehicle:read`, for the region named by the param `code`.
         */
        post: operations["VehicleTaxController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This key’s subscriptions (never their secrets)
         * @description This key’s subscriptions (never their secrets)
         *
         *     **Access:** staff with the role , or an API key with the scope `webhooks:manage`.
         */
        get: operations["WebhookSubscriptionsController_list"];
        put?: never;
        /**
         * Subscribe a URL to events; the signing secret (whsec_…) is answered this once
         * @description Deliveries are POSTed at least once, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`), retried with exponential backoff for about a day, then kept as failed and replayable. Drop duplicates by `webhook-id`. Payloads carry ids, codes and status, never the applicant’s NIK, name or phone.
         *
         *     **Access:** staff with the role , or an API key with the scope `webhooks:manage`.
         */
        post: operations["WebhookSubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop a subscription; its delivery log goes with it
         * @description Stop a subscription; its delivery log goes with it
         *
         *     **Access:** staff with the role , or an API key with the scope `webhooks:manage`.
         */
        delete: operations["WebhookSubscriptionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log: the latest 100 deliveries, newest first, with attempts and the last answer
         * @description The delivery log: the latest 100 deliveries, newest first, with attempts and the last answer
         *
         *     **Access:** staff with the role , or an API key with the scope `webhooks:manage`.
         */
        get: operations["WebhookSubscriptionsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions/{id}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send failed deliveries again (one, or all of them), with a fresh retry schedule and the same webhook-id
         * @description Send failed deliveries again (one, or all of them), with a fresh retry schedule and the same webhook-id
         *
         *     **Access:** staff with the role , or an API key with the scope `webhooks:manage`.
         */
        post: operations["WebhookSubscriptionsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgencyDeskDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example Dinas Kependudukan dan Pencatatan Sipil Kota Bogor */
            agencyName: string;
            /** @description The counters the caller may open: one for an officer assigned to a counter */
            counters: components["schemas"]["DeskCounterDto"][];
            /** @example 32.71 */
            regionCode: string;
            services: components["schemas"]["DeskServiceDto"][];
            /** @description Active sites where the agency serves */
            sites: components["schemas"]["DeskSiteDto"][];
            /** @description Where a ticket may be sent on: per site of the agency, every active agency there (this one first) and its services */
            transferTargets: components["schemas"]["DeskTransferTargetDto"][];
        };
        AgencyDto: {
            /** @example disdukcapil */
            code: string;
            counterCount: number;
            /** @enum {string} */
            kind: "perangkat_daerah" | "instansi_vertikal" | "bumn" | "bumd" | "swasta";
            name: string;
            serviceCount: number;
            /**
             * @example [
             *       "mpp-kota-bogor"
             *     ]
             */
            sites: string[];
        };
        AgencyFiguresDto: {
            agencyCode: string;
            called: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            noShows: number;
            /** @example 12 */
            p90ServiceMinutes?: number | null;
            /** @example 14 */
            p90WaitMinutes?: number | null;
            served: number;
            tickets: number;
        };
        AgencyListDto: {
            items: components["schemas"]["AgencyDto"][];
            total: number;
        };
        AgencyReportFiguresDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        AmountDto: {
            /**
             * @description Rupiah
             * @example 17600
             */
            penalty: number;
            /**
             * @description Rupiah
             * @example 220000
             */
            principal: number;
        };
        ApplicantDetailsDto: {
            applicant: components["schemas"]["ApplicantDto"];
            /** @description For an OSS licence: its status is reported to OSS at every change */
            licence?: components["schemas"]["OssLicenceRefDto"];
            /** @example Mohon dikirim kabar lewat WhatsApp */
            notes?: string;
        };
        ApplicantDto: {
            /**
             * Format: email
             * @example siti.rahayu@example.id
             */
            email?: string;
            /** @example Siti Rahayu */
            name: string;
            /**
             * @description Stored encrypted; shown whole only to the agency handling the file
             * @example 3271014708900001
             */
            nik: string;
            /**
             * @description Proves later that the caller is the applicant
             * @example 081234567890
             */
            phone: string;
        };
        ApplicantProofDto: {
            /** @example Fotokopi KK sudah saya unggah ulang */
            note?: string;
            /** @example 081234567890 */
            phone: string;
        };
        ApplicantRecordDto: {
            /** @example siti.rahayu@example.id */
            email: string | null;
            /**
             * @description Masked (S*** R*****) outside the agency handling it
             * @example Siti Rahayu
             */
            name: string;
            /**
             * @description Whole only to the agency’s counter staff and supervisors (audited)
             * @example 3271********0001
             */
            nik: string;
            /** @example +62812*****890 */
            phone: string;
        };
        ApplicantViewDto: {
            history: components["schemas"]["ApplicationEventDto"][];
            /** @example Fotokopi KK tidak terbaca; unggah ulang yang jelas */
            lastNote: string | null;
            /** @example 32.71 */
            regionCode: string;
            requirements: components["schemas"]["RequirementCheckDto"][];
            service: components["schemas"]["ApplicationServiceDto"];
            sla: components["schemas"]["SlaDto"];
            /**
             * @example verified
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /** @example 2026-03-12T02:15:00.000Z */
            submittedAt: string | null;
            /**
             * @description Once the application is completed: the satisfaction survey for it (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T
             */
            survey?: string | null;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-03-13T04:00:00.000Z */
            updatedAt: string;
        };
        ApplicationDto: {
            applicant: components["schemas"]["ApplicantRecordDto"];
            /** @enum {string} */
            channel: "online" | "counter" | "integrator";
            /** @example 2026-03-12T02:10:00.000Z */
            createdAt: string;
            history: components["schemas"]["ApplicationEventDto"][];
            /** @example 0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03 */
            id: string;
            /** @example Fotokopi KK tidak terbaca; unggah ulang yang jelas */
            lastNote: string | null;
            /** @description For an OSS licence: its status is reported to OSS at every change */
            licence: components["schemas"]["OssLicenceDto"] | null;
            notes: string | null;
            /** @example 32.71 */
            regionCode: string;
            requirements: components["schemas"]["RequirementCheckDto"][];
            service: components["schemas"]["ApplicationServiceDto"];
            /** @example mpp-kota-bogor */
            siteCode: string;
            sla: components["schemas"]["SlaDto"];
            /**
             * @example verified
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /** @example 2026-03-12T02:15:00.000Z */
            submittedAt: string | null;
            /**
             * @description Once the application is completed: the satisfaction survey for it (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T
             */
            survey?: string | null;
            /** @description The ticket it was made from at the counter */
            ticketId: string | null;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-03-13T04:00:00.000Z */
            updatedAt: string;
        };
        ApplicationEventDto: {
            /** @example request_revision */
            action: string;
            /** @description Staff account or API key id; not shown to the applicant */
            actorId?: string | null;
            /** @enum {string} */
            actorType: "staff" | "api-key" | "applicant";
            /** @example 2026-03-17T03:00:00.000Z */
            at: string;
            /** @example verified */
            fromStatus: string | null;
            /** @example Fotokopi KK tidak terbaca */
            note: string | null;
            /** @example needs_revision */
            toStatus: string;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        ApplicationServiceDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example Dinas Kependudukan dan Pencatatan Sipil */
            agencyName: string;
            /** @example akta-kelahiran */
            serviceCode: string;
            /** @example Akta Kelahiran */
            serviceName: string;
        };
        ApplicationSummaryDto: {
            applicant: components["schemas"]["ApplicantRecordDto"];
            /** @enum {string} */
            channel: "online" | "counter" | "integrator";
            /** @example 2026-03-12T02:10:00.000Z */
            createdAt: string;
            /** @example 0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03 */
            id: string;
            /** @example 32.71 */
            regionCode: string;
            service: components["schemas"]["ApplicationServiceDto"];
            sla: components["schemas"]["SlaDto"];
            /**
             * @example verified
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /** @example 2026-03-12T02:15:00.000Z */
            submittedAt: string | null;
            /**
             * @description Once the application is completed: the satisfaction survey for it (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T
             */
            survey?: string | null;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-03-13T04:00:00.000Z */
            updatedAt: string;
        };
        ApplicationTrackingDto: {
            /** @example 32.71 */
            regionCode: string;
            service: components["schemas"]["ApplicationServiceDto"];
            sla: components["schemas"]["SlaDto"];
            /**
             * @example verified
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /** @example 2026-03-12T02:15:00.000Z */
            submittedAt: string | null;
            /**
             * @description Once the application is completed: the satisfaction survey for it (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T
             */
            survey?: string | null;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-03-13T04:00:00.000Z */
            updatedAt: string;
        };
        BoardCounterDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example loket-1 */
            counterCode: string;
            /** @example Loket 1 */
            counterName: string;
            /** @example A-007 */
            ticketNumber?: string | null;
        };
        BoardDto: {
            counters: components["schemas"]["BoardCounterDto"][];
            lines: components["schemas"]["BoardLineDto"][];
            /** @example 32.71 */
            regionCode: string;
            /** @description Running text from the deployment file (the site’s boardText) */
            runningText: string[];
            /** @example 2026-11-25 */
            serviceDate: string;
            /** @example mpp-kota-bogor */
            siteCode: string;
        };
        BoardLineDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example A */
            prefix: string;
            /** @example ktp-el */
            serviceCode: string;
            /** @example Perekaman dan Pencetakan KTP-el */
            serviceName: string;
            /** @example 12 */
            waiting: number;
        };
        BookDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example Siti Rahayu */
            name: string;
            /**
             * @description NIK, optional; stored and shown masked only
             * @example 3271010101900001
             */
            nik?: string;
            /** @example 081234567890 */
            phone: string;
            /** @example ktp-el */
            serviceCode: string;
            /** @example mpp-kota-bogor */
            siteCode: string;
            /**
             * @description The start of one of the listed slots
             * @example 2026-11-26T01:00:00.000Z
             */
            slotStart: string;
        };
        BookingDto: {
            agencyCode: string;
            /**
             * @description Shown at the kiosk to check in
             * @example K7M3Q9PX
             */
            code: string;
            /**
             * @description Masked
             * @example S*** R*****
             */
            name: string;
            /**
             * @description Masked
             * @example 3271********0001
             */
            nik?: string | null;
            /**
             * @description Masked
             * @example +62812*****890
             */
            phone: string;
            /** @example 32.71 */
            regionCode: string;
            serviceCode: string;
            siteCode: string;
            slotStart: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "checked_in";
            /**
             * Format: uuid
             * @description The ticket made at check-in
             */
            ticketId?: string | null;
        };
        BookingViewDto: {
            agencyCode: string;
            /**
             * @description Shown at the kiosk to check in
             * @example K7M3Q9PX
             */
            code: string;
            /** @example 32.71 */
            regionCode: string;
            serviceCode: string;
            siteCode: string;
            slotStart: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "checked_in";
            /**
             * Format: uuid
             * @description The ticket made at check-in
             */
            ticketId?: string | null;
        };
        BusinessActivityDto: {
            /**
             * @description KBLI 2020
             * @example 56101
             */
            kbli: string;
            location: string;
            /** @example R-0001 */
            projectId: string;
            /**
             * @description Risk level as OSS codes it (R, MR, MT, T)
             * @example R
             */
            riskLevel: string;
        };
        BusinessLicenceDto: {
            agency: string;
            code: string;
            /**
             * @description OSS id_izin
             * @example I-202402120001
             */
            id: string;
            /** @example Sertifikat Standar */
            name: string;
            /**
             * @description kd_status when OSS gives it
             * @example 50
             */
            statusCode?: string;
        };
        BusinessLookupDto: {
            activities: components["schemas"]["BusinessActivityDto"][];
            /** @description OSS jenis_pelaku_usaha code */
            actorKind: string;
            /** @example oss-simulator */
            adapter: string;
            address: string;
            /** @description Whether the business holds the KBLI activity asked about */
            hasActivity?: boolean;
            /** @example 2024-02-12 */
            issuedOn: string;
            licences: components["schemas"]["BusinessLicenceDto"][];
            /** @example CV MAJU JAYA */
            name: string;
            /** @example 8120000000001 */
            nib: string;
            /**
             * @description Masked: for a sole proprietor the NPWP is the owner’s NIK
             * @example ************1000
             */
            npwp: string;
            /**
             * @description OSS region code, 10 digits
             * @example 3271000000
             */
            ossRegionCode: string;
            /** @example 32.71 */
            regionCode?: string;
            /** @enum {string} */
            scale: "micro" | "small" | "medium" | "large" | "unknown";
            status: components["schemas"]["NibStatusDto"];
        };
        CalendarWarningDto: {
            /** @enum {string} */
            code: "NATIONAL_CALENDAR_NOT_COVERED";
            /** @description In Bahasa Indonesia, or English with Accept-Language: en */
            message: string;
            /**
             * @example [
             *       2027
             *     ]
             */
            missingYears: number[];
            /**
             * @description The first day ahead whose national holidays are not loaded
             * @example 2027-01-01
             */
            uncoveredFrom: string;
        };
        CallTicketDto: {
            /**
             * @description A waiting ticket out of order (supervisors), or one this counter held
             * @example A-007
             */
            ticketNumber: string;
        };
        CancelBookingDto: {
            /**
             * @description The mobile number the booking was made with
             * @example 081234567890
             */
            phone: string;
        };
        ChangePasswordRequest: {
            /** Format: password */
            currentPassword: string;
            /**
             * Format: password
             * @description 12 to 128 characters; every session of the account ends
             */
            newPassword: string;
        };
        CheckInDto: {
            /** @example K7M3Q9PX */
            bookingCode: string;
        };
        ComplaintActionDto: {
            /**
             * @example answer
             * @enum {string}
             */
            action: "verify" | "archive" | "assign" | "answer" | "reply" | "close";
            /**
             * @description assign: the competent agency (defaults to the one named in the complaint)
             * @example disdukcapil
             */
            agencyCode?: string;
            /** @example Petugas loket 3 telah ditegur; urutan panggilan kini diawasi supervisor. */
            note?: string;
        };
        ComplaintAttachmentDto: {
            /**
             * @description From the content, not the name
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * @description For the agency of an anonymous complaint, a neutral name (lampiran-1.jpg): a file name can carry the sender’s
             * @example foto-antrean.jpg
             */
            fileName: string;
            /** @example 5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f */
            id: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @description Whether the agency reads it: an anonymous complaint’s files once the desk cleared them */
            sharedWithAgency: boolean;
            /** @example 183422 */
            sizeBytes: number;
            /** @example 2026-03-12T02:20:00.000Z */
            uploadedAt: string;
            /**
             * @description Null for the agency of an anonymous complaint
             * @enum {string|null}
             */
            uploadedBy: "reporter" | "staff" | "api-key" | null;
        };
        ComplaintDto: {
            /** @example Saya datang pukul 08.00 ... */
            account: string;
            /** @example disdukcapil */
            agencyCode: string;
            anonymous: boolean;
            /** @example pelayanan */
            category: string;
            /** @enum {string} */
            channel: "web" | "desk" | "kiosk" | "integrator";
            deadlines: components["schemas"]["DeadlinesDto"];
            /** @description When it was escalated to the region admin for a missed deadline */
            escalatedAt?: string | null;
            history: components["schemas"]["ComplaintEventDto"][];
            /** Format: uuid */
            id: string;
            /** @example 2026-11-30 */
            incidentDate: string;
            /** @example MPP Kota Bogor, loket 3 */
            incidentPlace: string;
            /** @description SP4N-LAPOR!, once chosen for forwarding */
            lapor?: components["schemas"]["LaporMirrorDto"] | null;
            /**
             * @example belum_ditindaklanjuti
             * @enum {string}
             */
            publicStatus: "belum_terverifikasi" | "belum_ditindaklanjuti" | "proses" | "selesai" | "diarsipkan";
            /** @example 32.71 */
            regionCode: string;
            reporter?: components["schemas"]["ComplaintReporterDto"] | null;
            secret: boolean;
            /** @example ktp-el */
            serviceCode?: string | null;
            /**
             * @example assigned
             * @enum {string}
             */
            status: "received" | "verified" | "assigned" | "answered" | "replied" | "closed" | "archived";
            /** @example Antrean KTP-el tidak dipanggil sesuai urutan */
            title: string;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-12-01T02:15:00.000Z */
            updatedAt: string;
        };
        ComplaintEventDto: {
            /** @example answer */
            action: string;
            /** @enum {string} */
            actorType: "citizen" | "staff" | "api-key" | "system";
            /** @example 2026-12-03T03:00:00.000Z */
            at: string;
            /** @example assigned */
            fromStatus: string | null;
            /** @example Petugas loket 3 telah ditegur. */
            note: string | null;
            /** @example answered */
            toStatus: string;
        };
        ComplaintMessageDto: {
            /** @example 2026-12-03T03:00:00.000Z */
            at: string;
            /**
             * @description desk: the region’s complaint desk, saying why it archived the complaint
             * @example agency
             * @enum {string}
             */
            from: "agency" | "reporter" | "desk";
            /** @example Petugas loket 3 telah ditegur dan antrean kini dipanggil sesuai urutan. */
            note: string;
        };
        ComplaintPageDto: {
            items: components["schemas"]["ComplaintDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        ComplaintReporterDto: {
            /** @example Siti Rahayu */
            name: string;
            /**
             * @description Masked
             * @example 3271********0001
             */
            nik: string | null;
            /** @example +6281234567890 */
            phone: string;
        };
        ComplaintReporterViewDto: {
            deadlines: components["schemas"]["DeadlinesDto"];
            /** @description The agency’s answers and the reporter’s replies, oldest first, never who on the staff wrote them */
            messages: components["schemas"]["ComplaintMessageDto"][];
            /**
             * @example belum_ditindaklanjuti
             * @enum {string}
             */
            publicStatus: "belum_terverifikasi" | "belum_ditindaklanjuti" | "proses" | "selesai" | "diarsipkan";
            /** @example 32.71 */
            regionCode: string;
            /**
             * @example assigned
             * @enum {string}
             */
            status: "received" | "verified" | "assigned" | "answered" | "replied" | "closed" | "archived";
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-12-01T02:15:00.000Z */
            updatedAt: string;
        };
        CounterFiguresDto: {
            agencyCode: string;
            called: number;
            counterCode: string;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            noShows: number;
            /** @example 12 */
            p90ServiceMinutes?: number | null;
            /** @example 14 */
            p90WaitMinutes?: number | null;
            served: number;
        };
        CounterReportFiguresDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /**
             * @description Null: tickets no counter has called
             * @example loket-1
             */
            counterCode?: string | null;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        CounterStateDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example loket-3 */
            counterCode: string;
            /** @example Loket 3 */
            counterName: string;
            openedAt?: string | null;
            /** @example 32.71 */
            regionCode: string;
            /** @description Services this counter calls */
            services: string[];
            /** @example mpp-kota-bogor */
            siteCode?: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description The ticket called or in service here, or the one just moved on */
            ticket?: components["schemas"]["TicketDto"] | null;
        };
        CreatedWebhookSubscriptionDto: {
            /** @example 2026-12-01T08:00:00.000Z */
            createdAt: string;
            /**
             * @example [
             *       "application.status_changed"
             *     ]
             */
            events: ("application.status_changed" | "ticket.issued" | "ticket.called" | "ticket.finished" | "complaint.status_changed" | "complaint.escalated" | "complaint.lapor_status_changed")[];
            /** @example 5b8d2f0e-6c41-4a57-9e1b-3f2a7c9d0e14 */
            id: string;
            /**
             * @description Shown this once: verify `webhook-signature` with it (Standard Webhooks, HMAC-SHA256)
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** @example https://portal.kotabogor.go.id/hooks/mpp */
            url: string;
        };
        CreateWebhookSubscriptionDto: {
            /**
             * @description application.* needs the key to hold applications:read; ticket.* needs queue:write
             * @example [
             *       "application.status_changed"
             *     ]
             */
            events: ("application.status_changed" | "ticket.issued" | "ticket.called" | "ticket.finished" | "complaint.status_changed" | "complaint.escalated" | "complaint.lapor_status_changed")[];
            /**
             * @description In production: https, and not a loopback, private or link-local address (checked again at every connection)
             * @example https://portal.kotabogor.go.id/hooks/mpp
             */
            url: string;
        };
        DayFiguresDto: {
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /** @example 2026-11-25 */
            date: string;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        DeadlinesDto: {
            /**
             * @description First follow-up due (working days of the region)
             * @example 2026-12-08
             */
            firstResponseDue: string;
            /**
             * @example first_response
             * @enum {string|null}
             */
            overdue: "first_response" | "resolution" | null;
            /**
             * @description Answer due
             * @example 2026-12-21
             */
            resolutionDue: string;
        };
        DeskCounterDto: {
            /** @example loket-3 */
            code: string;
            /** @example Loket 3 */
            name: string;
        };
        DeskServiceDto: {
            /** @example ktp-el */
            code: string;
            /** @example Perekaman dan Pencetakan KTP-el */
            name: string;
            /** @example A */
            prefix: string;
        };
        DeskSiteDto: {
            /** @example mpp-kota-bogor */
            code: string;
            /** @example Mal Pelayanan Publik Kota Bogor */
            name: string;
        };
        DeskTodayDto: {
            /** @description Today’s figures of the counters the caller may open */
            counters: components["schemas"]["CounterFiguresDto"][];
            /** @example 2026-11-25 */
            date: string;
            /** @description Who waits now in each of the agency’s lines at the site */
            lines: components["schemas"]["BoardLineDto"][];
        };
        DeskTransferTargetDto: {
            /** @example dpmptsp */
            agencyCode: string;
            /** @example Dinas Penanaman Modal dan PTSP Kota Bogor */
            agencyName: string;
            services: components["schemas"]["DeskServiceDto"][];
            /** @example mpp-kota-bogor */
            siteCode: string;
        };
        DocumentDto: {
            /**
             * @description From the content, not the name
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @example sppt-2026.pdf */
            fileName: string;
            /** @example 5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f */
            id: string;
            /** @enum {string} */
            kind: "requirement" | "result";
            /** @example SPPT PBB tahun terakhir */
            requirement: string | null;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 183422 */
            sizeBytes: number;
            /** @example 2026-03-12T02:20:00.000Z */
            uploadedAt: string;
            /** @enum {string} */
            uploadedBy: "applicant" | "staff" | "api-key";
        };
        DocumentLinkDto: {
            /** @example 2026-03-12T02:25:00.000Z */
            expiresAt: string;
            /** @example /v1/regions/32.71/document-links/eyJyZWdpb24iOiIzMi43MSJ9.x2f... */
            url: string;
        };
        ElementScoreDto: {
            /**
             * @description Number of answers (exact)
             * @example 120
             */
            answers: number;
            /**
             * @example U3
             * @enum {string}
             */
            element: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
            name: components["schemas"]["WordingDto"];
            /**
             * @description Mean answer 1–4 (NRR), 2 decimals
             * @example 3.35
             */
            nrr: number | null;
            /**
             * @description NRR × 25, 2 decimals
             * @example 83.75
             */
            score: number | null;
            /**
             * @description Sum of the answers (exact)
             * @example 402
             */
            sum: number;
        };
        ErrorResponseDto: {
            /**
             * @description Stable, machine-readable error code
             * @example VALIDATION_FAILED
             */
            code: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example The request has invalid fields */
            message: string;
            /**
             * @description Quote it when asking for support
             * @example 5f0c6a8e-3f5e-4c59-9d1a-0b9f1f6f2a11
             */
            requestId?: string;
            /**
             * @description The HTTP status, repeated for clients that lose it
             * @example 400
             */
            status: number;
        };
        ExpectedCompletionDto: {
            /** @description false when the days counted reach a year the national calendar does not hold yet: the date may be too early */
            calendarCovered: boolean;
            /**
             * @description Submitted today (in the region’s zone), due on this day
             * @example 2027-01-05
             */
            date: string;
            /** @example 3 */
            workingDays: number;
        };
        FeeDto: {
            /**
             * @description Rupiah; 0 is free (gratis)
             * @example 0
             */
            amount: number;
            free: boolean;
            legalBasis: string;
        };
        FeesDto: {
            /**
             * @description TNKB (plate) fee
             * @example 0
             */
            plate: number;
            /** @example 0 */
            stnk: number;
        };
        FieldErrorDto: {
            /** @example pageSize must not be greater than 100 */
            message: string;
            /**
             * @description The offending field: a dotted path in the body, or a query or path parameter
             * @example pageSize
             */
            path: string;
        };
        FieldMatchDto: {
            matches: boolean;
            /**
             * @description Dukcapil’s 0–100 score, for names and places
             * @example 100
             */
            score?: number;
        };
        FileComplaintDto: {
            /** @example Saya datang pukul 08.00 dan mendapat nomor A-010, tetapi nomor A-015 dipanggil lebih dahulu. */
            account: string;
            /**
             * @description The agency complained about (the desk may reassign it)
             * @example disdukcapil
             */
            agencyCode: string;
            /**
             * @description Identity hidden from the agency
             * @default false
             */
            anonymous: boolean;
            /**
             * @example pelayanan
             * @enum {string}
             */
            category: "pelayanan" | "petugas" | "biaya" | "waktu" | "sarana" | "informasi" | "pungli" | "lainnya";
            /**
             * @description The day it happened
             * @example 2026-11-30
             */
            incidentDate: string;
            /** @example MPP Kota Bogor, loket 3 */
            incidentPlace: string;
            reporter: components["schemas"]["ReporterDto"];
            /**
             * @description Not shown in the public list
             * @default false
             */
            secret: boolean;
            /** @example ktp-el */
            serviceCode?: string;
            /**
             * @description At a kiosk: its site (with X-Device-Token); at the desk: where it was taken
             * @example mpp-kota-bogor
             */
            siteCode?: string;
            /** @example Antrean KTP-el tidak dipanggil sesuai urutan */
            title: string;
        };
        FiledComplaintDto: {
            deadlines: components["schemas"]["DeadlinesDto"];
            /** @example Simpan kode pelacakan ini untuk memantau dan menanggapi pengaduan Anda */
            message: string;
            /**
             * @example belum_ditindaklanjuti
             * @enum {string}
             */
            publicStatus: "belum_terverifikasi" | "belum_ditindaklanjuti" | "proses" | "selesai" | "diarsipkan";
            /** @example 32.71 */
            regionCode: string;
            /**
             * @example assigned
             * @enum {string}
             */
            status: "received" | "verified" | "assigned" | "answered" | "replied" | "closed" | "archived";
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-12-01T02:15:00.000Z */
            updatedAt: string;
        };
        HourFiguresDto: {
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /**
             * @description Local hour the tickets were taken
             * @example 9
             */
            hour: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        IntegratorApplicationDto: {
            applicant: components["schemas"]["ApplicantDto"];
            /** @description For an OSS licence: its status is reported to OSS at every change */
            licence?: components["schemas"]["OssLicenceRefDto"];
            /** @example Mohon dikirim kabar lewat WhatsApp */
            notes?: string;
            /** @example ktp-el */
            serviceCode: string;
        };
        LaporMirrorDto: {
            /**
             * @description Forwarding attempts so far
             * @example 3
             */
            attempts: number;
            /**
             * @description pending: queued or being retried
             * @enum {string}
             */
            forwarding: "pending" | "delivered" | "failed";
            /**
             * @description The last failure, cleared by a success
             * @example cannot reach lapor.go.id: ECONNRESET
             */
            lastError: string | null;
            /**
             * @description The next attempt or status read
             * @example 2026-12-01T03:30:00.000Z
             */
            nextAttemptAt: string | null;
            /**
             * @description LAPOR!’s own status, as last read
             * @example Belum Terverifikasi
             */
            status: string | null;
            /**
             * @description When LAPOR!’s status was last read
             * @example 2026-12-01T03:15:00.000Z
             */
            statusCheckedAt: string | null;
            /**
             * @description Failed status reads since the last good one
             * @example 0
             */
            statusFailures: number;
            /** @example LPR-3F2A9C0B1D */
            trackingId: string | null;
        };
        LoginRequest: {
            /**
             * Format: email
             * @example admin.bogor@demo.mpp.go.id
             */
            email: string;
            /**
             * Format: password
             * @example demo-mpp-2026!
             */
            password: string;
        };
        LookupBusinessDto: {
            /**
             * @description KBLI 2020 (5 digits): also say whether the business holds this activity
             * @example 56101
             */
            kbli?: string;
            /**
             * @description NIB: 13 digits. Checked before any call to OSS.
             * @example 8120000000001
             */
            nib: string;
            /**
             * @description Why the business is looked up; kept in the audit trail
             * @example Pemeriksaan permohonan izin usaha
             */
            purpose: string;
        };
        LookupVehicleDto: {
            /**
             * @description Plate (TNKB): region letters, number 1–9999, up to 3 letters; any spacing or case
             * @example F 1234 ABC
             */
            plateNumber: string;
            /**
             * @description Why the vehicle is looked up; kept in the audit trail
             * @example Pembayaran PKB tahunan di loket Samsat
             */
            purpose: string;
        };
        MallDto: {
            /** @example 13 */
            agencyCount: number;
            /** @example 32.71 */
            regionCode: string;
            /** @example Kota Bogor */
            regionName: string;
            /** @enum {string} */
            rolloutStatus: "planned" | "rintisan" | "operational" | "inaugurated";
            /** @example 17 */
            serviceCount: number;
            sites: components["schemas"]["SiteDto"][];
            /** @enum {string} */
            timeZone: "WIB" | "WITA" | "WIT";
            /** @description Present when the national calendar does not cover the next 90 days: opening times beyond it ignore national holidays */
            warnings?: components["schemas"]["CalendarWarningDto"][];
        };
        NationalSatisfactionDto: {
            elements: components["schemas"]["ElementScoreDto"][];
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            /** @example 83.1 */
            ikm: number | null;
            period: components["schemas"]["PeriodDto"];
            regions: components["schemas"]["RegionSatisfactionDto"][];
            /** @example 2400 */
            respondents: number;
            /**
             * @description Weight of the national figure
             * @example printed_0_11
             * @enum {string}
             */
            weightMode: "printed_0_11" | "exact";
        };
        NibStatusDto: {
            /** @example 01 */
            code: string;
            /** @example aktif */
            label: string;
        };
        NotificationDetailsDto: {
            /** @example disdukcapil */
            agencyCode?: string;
            /**
             * @description The deadline missed
             * @enum {string}
             */
            escalatedFor?: "first_response" | "resolution";
            /** @example 2026-12-08 */
            firstResponseDue?: string;
            /** @example 2026-12-21 */
            resolutionDue?: string;
            /**
             * @description The complaint’s status when it was raised
             * @example assigned
             */
            status?: string;
            /** @example 7KQ2M-9XW4T */
            trackingCode?: string;
        };
        NotificationDto: {
            /** @example 2026-12-09T01:00:00.000Z */
            createdAt: string;
            details: components["schemas"]["NotificationDetailsDto"];
            /** Format: uuid */
            id: string;
            /**
             * @description What happened; the console words it
             * @enum {string}
             */
            kind: "complaint.escalated";
            readAt: string | null;
            /**
             * Format: uuid
             * @description The complaint: GET …/complaints/{id}
             */
            subjectId: string;
            /** @enum {string} */
            subjectType: "complaint";
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
            /**
             * @description Unread in the inbox, whatever the filter
             * @example 2
             */
            unread: number;
        };
        OpenCounterDto: {
            /**
             * @description Services this counter calls; all of the agency’s when left out
             * @example [
             *       "ktp-el"
             *     ]
             */
            services?: string[];
            /** @example mpp-kota-bogor */
            siteCode: string;
        };
        OpeningNowDto: {
            /** @description Open and before the ticket cut-off */
            acceptingTickets: boolean;
            /** @example Salat Jumat */
            closedLabel?: string;
            /** @enum {string} */
            closedReason?: "closed-day" | "holiday" | "before-opening" | "after-closing" | "break" | "override";
            /**
             * @description Today in the site’s own time zone
             * @example 2026-11-25
             */
            date: string;
            /** @description Today’s opening hours, before breaks */
            hours: components["schemas"]["TimeRangeDto"][];
            /** @description While closed: when it opens next (UTC instant) */
            nextOpening?: string;
            /**
             * @description nextOpening on the site’s own clock, with its UTC offset
             * @example 2026-11-26T07:30:00+07:00
             */
            nextOpeningLocal?: string;
            open: boolean;
            /**
             * @description While open: when it closes (UTC instant)
             * @example 2026-11-25T09:00:00.000Z
             */
            openUntil?: string;
            /**
             * @description openUntil on the site’s own clock, with its UTC offset
             * @example 2026-11-25T16:00:00+07:00
             */
            openUntilLocal?: string;
            /** @description While accepting tickets: the cut-off (UTC instant) */
            ticketsUntil?: string;
            /**
             * @description ticketsUntil on the site’s own clock, with its UTC offset
             * @example 2026-11-25T15:00:00+07:00
             */
            ticketsUntilLocal?: string;
        };
        OssLicenceDto: {
            /** @description Null until OSS has answered a report */
            lastReport: components["schemas"]["OssReportDto"] | null;
            /** @example I-202402120001 */
            licenceId: string;
            /** @example 8120000000001 */
            nib: string;
        };
        OssLicenceRefDto: {
            /**
             * @description OSS’s licence id (`id_izin`) from the business’s checklist
             * @example I-202402120001
             */
            licenceId: string;
            /**
             * @description NIB of the business (13 digits)
             * @example 8120000000001
             */
            nib: string;
        };
        OssReportDto: {
            /** @example 2026-03-12T02:10:03.000Z */
            answeredAt: string;
            /**
             * @description When the application reached that status
             * @example 2026-03-12T02:10:00.000Z
             */
            changedAt: string;
            /**
             * @description OSS’s reason when it refused
             * @example null
             */
            message: string | null;
            /** @enum {string} */
            outcome: "accepted" | "refused";
            /**
             * @example completed
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /**
             * @description The `kd_status` reported
             * @example 50
             */
            statusCode: string;
        };
        OverdueCountDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example 3 */
            overdue: number;
        };
        OverdueCountsDto: {
            /**
             * @description The region’s date the counts are for
             * @example 2026-03-31
             */
            date: string;
            items: components["schemas"]["OverdueCountDto"][];
        };
        PairDeviceRequest: {
            /**
             * @description The code the region admin created; case, spaces and dashes do not matter
             * @example K7MQ-4XPA
             */
            code: string;
        };
        PairedDeviceDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "kiosk" | "board";
            /** @example Kiosk lobi utara */
            name: string;
            /** @example 32.71 */
            regionCode: string;
            /** @example mpp-kota-bogor */
            siteCode: string;
            /**
             * @description The device’s own token, shown once: send it as X-Device-Token
             * @example mppd_k3m9q2x7ab_…
             */
            token: string;
        };
        PeriodDto: {
            /** @example 2026-10-01 */
            from: string;
            /** @example 2026-Q4 */
            label: string;
            /** @example 2026-12-31 */
            to: string;
        };
        PersonVerificationDto: {
            /**
             * @description The adapter the region’s deployment names
             * @example dukcapil-simulator
             */
            adapter: string;
            /** @description Per element given, whether it matches; empty when not found */
            fields: components["schemas"]["VerifiedFieldsDto"];
            /**
             * @description Whole for counter staff, masked for integrators and admins
             * @example 3271********0001
             */
            nik: string;
            /**
             * @description match: every element given matches
             * @enum {string}
             */
            result: "match" | "no-match" | "not-found";
        };
        PrincipalDto: {
            /** @example disdukcapil */
            agencyCode?: string;
            /** @example loket-1 */
            counterCode?: string;
            /** @description Staff account id or API key id */
            id: string;
            /** @enum {string} */
            kind: "staff" | "api-key";
            /** @description True: an admin set this password; change it (POST /v1/auth/password) before anything else */
            mustChangePassword?: boolean;
            /**
             * @description Unset: every region
             * @example 32.71
             */
            regionCode?: string;
            /** @enum {string} */
            role?: "national_admin" | "national_viewer" | "region_admin" | "agency_supervisor" | "counter_officer";
            scopes?: ("catalog:read" | "queue:write" | "identity:verify" | "audit:read" | "business:read" | "vehicle:read" | "applications:read" | "applications:write" | "complaints:read" | "complaints:write" | "webhooks:manage")[];
        };
        ProfileCountDto: {
            /** @enum {string} */
            field: "ageBand" | "sex" | "education" | "occupation";
            /** @example 41 */
            respondents: number;
            /**
             * @description null: left out by the respondent
             * @example 30_39
             */
            value: string | null;
        };
        ProvinceDto: {
            /**
             * @description Kemendagri province code
             * @example 32
             */
            code: string;
            /**
             * @description IANA name of the time zone
             * @example Asia/Jakarta
             */
            ianaTimeZone: string;
            /**
             * @description Official name as in Kepmendagri
             * @example Jawa Barat
             */
            name: string;
            /**
             * @example WIB
             * @enum {string}
             */
            timeZone: "WIB" | "WITA" | "WIT";
        };
        ProvinceListDto: {
            items: components["schemas"]["ProvinceDto"][];
            /** @example 38 */
            total: number;
        };
        PublicComplaintDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example pelayanan */
            category: string;
            /** @enum {string} */
            publicStatus: "belum_terverifikasi" | "belum_ditindaklanjuti" | "proses" | "selesai" | "diarsipkan";
            /** @example 2026-12-01 */
            receivedOn: string;
            /** @example Antrean KTP-el tidak dipanggil sesuai urutan */
            title: string;
        };
        PublicComplaintPageDto: {
            items: components["schemas"]["PublicComplaintDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        QueueFiguresDto: {
            agencies: components["schemas"]["AgencyFiguresDto"][];
            counters: components["schemas"]["CounterFiguresDto"][];
            /** @example 2026-11-25 */
            date: string;
            /** @example 32.71 */
            regionCode: string;
            services: components["schemas"]["ServiceFiguresDto"][];
        };
        QueueReportDto: {
            agencies: components["schemas"]["AgencyReportFiguresDto"][];
            counters: components["schemas"]["CounterReportFiguresDto"][];
            /** @description Every day of the period, days without tickets included */
            days: components["schemas"]["DayFiguresDto"][];
            /** @description Local hours from the first to the last with tickets */
            hours: components["schemas"]["HourFiguresDto"][];
            period: components["schemas"]["ReportPeriodDto"];
            scope: components["schemas"]["ReportScopeDto"];
            services: components["schemas"]["ServiceReportFiguresDto"][];
            sites: components["schemas"]["SiteReportFiguresDto"][];
            totals: components["schemas"]["ReportFiguresDto"];
        };
        ReceivedBusinessDto: {
            activities: components["schemas"]["BusinessActivityDto"][];
            /** @description OSS jenis_pelaku_usaha code */
            actorKind: string;
            address: string;
            /** @example 2024-02-12 */
            issuedOn: string;
            licences: components["schemas"]["BusinessLicenceDto"][];
            /** @example CV MAJU JAYA */
            name: string;
            /** @example 8120000000001 */
            nib: string;
            /**
             * @description Masked: for a sole proprietor the NPWP is the owner’s NIK
             * @example ************1000
             */
            npwp: string;
            /**
             * @description OSS region code, 10 digits
             * @example 3271000000
             */
            ossRegionCode: string;
            /** @description When OSS first sent it (receiveNIB) */
            receivedAt: string;
            /** @example 32.71 */
            regionCode?: string;
            /** @enum {string} */
            scale: "micro" | "small" | "medium" | "large" | "unknown";
            status: components["schemas"]["NibStatusDto"];
            /** @description When OSS last sent it */
            updatedAt: string;
        };
        ReceivedBusinessPageDto: {
            items: components["schemas"]["ReceivedBusinessDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        RefreshRequest: {
            /** @description The refresh token from the last sign-in or refresh; each one works once */
            refreshToken: string;
        };
        RegionDto: {
            /**
             * @description Kemendagri kabupaten/kota code, the tenant key
             * @example 32.71
             */
            code: string;
            /**
             * @example kota
             * @enum {string}
             */
            kind: "kabupaten" | "kota";
            /**
             * @description Official name as in Kepmendagri
             * @example Kota Bogor
             */
            name: string;
            province: components["schemas"]["ProvinceDto"];
            /**
             * @description Time zone of the region (that of its province)
             * @example WIB
             * @enum {string}
             */
            timeZone: "WIB" | "WITA" | "WIT";
        };
        RegionPageDto: {
            items: components["schemas"]["RegionDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        RegionSatisfactionDto: {
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            /** @example 84.2 */
            ikm: number | null;
            /** @example 32.71 */
            regionCode: string;
            /** @example 120 */
            respondents: number;
            /** @enum {string|null} */
            weakestElement: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9" | null;
            /**
             * @description The weight this region’s deployment sets
             * @example exact
             * @enum {string}
             */
            weightMode: "printed_0_11" | "exact";
        };
        ReplayResultDto: {
            /**
             * @description Failed deliveries made due again, with a fresh retry schedule
             * @example 3
             */
            replayed: number;
        };
        ReplayWebhookDeliveriesDto: {
            /**
             * Format: uuid
             * @description One failed delivery; without it, every failed one
             * @example 9a3e71c2-0b5d-4f28-8c6a-1d2e3f4a5b6c
             */
            deliveryId?: string;
        };
        ReporterDto: {
            /**
             * @description Hidden from the agency when the complaint is anonymous
             * @example Siti Rahayu
             */
            name: string;
            /**
             * @description Optional; stored encrypted
             * @example 3271014708900001
             */
            nik?: string;
            /**
             * @description Proves later that the caller is the reporter; never shown to an agency of an anonymous complaint
             * @example 081234567890
             */
            phone: string;
        };
        ReporterPhoneDto: {
            /** @example 081234567890 */
            phone: string;
        };
        ReporterProofDto: {
            /** @example Terima kasih, tetapi antrean masih belum tertib hari ini. */
            note?: string;
            /** @example 081234567890 */
            phone: string;
        };
        ReportFiguresDto: {
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        ReportPeriodDto: {
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11 */
            label: string;
            /** @example 2026-11-30 */
            to: string;
        };
        ReportScopeDto: {
            agencyCode?: string | null;
            counterCode?: string | null;
            /** @example 32.71 */
            regionCode: string;
            serviceCode?: string | null;
            siteCode?: string | null;
        };
        RequirementCheckDto: {
            /** @example false */
            checked: boolean;
            /** @example true */
            mandatory: boolean;
            /** @example Kartu Keluarga */
            name: string;
        };
        RespondentProfileDto: {
            /**
             * @example 30_39
             * @enum {string}
             */
            ageBand?: "under_20" | "20_29" | "30_39" | "40_49" | "50_59" | "60_plus";
            /**
             * @example d4_s1
             * @enum {string}
             */
            education?: "none" | "sd" | "smp" | "sma" | "d1_d3" | "d4_s1" | "s2_plus";
            /**
             * @example private_employee
             * @enum {string}
             */
            occupation?: "pns_tni_polri" | "private_employee" | "entrepreneur" | "student" | "homemaker" | "unemployed" | "other";
            /**
             * @example female
             * @enum {string}
             */
            sex?: "male" | "female";
        };
        SampleDto: {
            /**
             * @description Service users of the period: tickets finished in its scope
             * @example 1000
             */
            population: number;
            /** @example false */
            reached: boolean;
            /**
             * @description Krejcie–Morgan sample size for that population
             * @example 278
             */
            required: number;
            /** @example 120 */
            respondents: number;
        };
        SatisfactionIndexDto: {
            /** @description True when the weight 0.11 puts the IKM below 25 (graded D) */
            belowScale: boolean;
            elements: components["schemas"]["ElementScoreDto"][];
            /**
             * @description Mutu pelayanan
             * @example B
             * @enum {string|null}
             */
            grade: "A" | "B" | "C" | "D" | null;
            /**
             * @description IKM on 25–100, 2 decimals; null until all nine elements have answers
             * @example 83.71
             */
            ikm: number | null;
            /** @example 3.3484 */
            ikmOnAnswerScale: number | null;
            /**
             * @description Kinerja unit pelayanan
             * @example Baik
             */
            kinerja: string | null;
            period: components["schemas"]["PeriodDto"];
            sample: components["schemas"]["SampleDto"];
            scope: components["schemas"]["SatisfactionScopeDto"];
            /**
             * @description The element with the lowest NRR
             * @example U3
             * @enum {string|null}
             */
            weakestElement: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9" | null;
            /** @example 0.11 */
            weight: number;
            /**
             * @description Shown on every result: 0.11 as printed, or exact 1/9
             * @example printed_0_11
             * @enum {string}
             */
            weightMode: "printed_0_11" | "exact";
        };
        SatisfactionReportDto: {
            /** @description True when the weight 0.11 puts the IKM below 25 (graded D) */
            belowScale: boolean;
            elements: components["schemas"]["ElementScoreDto"][];
            /**
             * @description Mutu pelayanan
             * @example B
             * @enum {string|null}
             */
            grade: "A" | "B" | "C" | "D" | null;
            /**
             * @description IKM on 25–100, 2 decimals; null until all nine elements have answers
             * @example 83.71
             */
            ikm: number | null;
            /** @example 3.3484 */
            ikmOnAnswerScale: number | null;
            /**
             * @description Kinerja unit pelayanan
             * @example Baik
             */
            kinerja: string | null;
            period: components["schemas"]["PeriodDto"];
            respondentsByProfile: components["schemas"]["ProfileCountDto"][];
            sample: components["schemas"]["SampleDto"];
            scope: components["schemas"]["SatisfactionScopeDto"];
            /** @description The most recent 1,000 suggestions of the period */
            suggestions: components["schemas"]["SuggestionDto"][];
            /**
             * @description The element with the lowest NRR
             * @example U3
             * @enum {string|null}
             */
            weakestElement: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9" | null;
            /** @example 0.11 */
            weight: number;
            /**
             * @description Shown on every result: 0.11 as printed, or exact 1/9
             * @example printed_0_11
             * @enum {string}
             */
            weightMode: "printed_0_11" | "exact";
        };
        SatisfactionScopeDto: {
            /** @example disdukcapil */
            agencyCode?: string | null;
            /** @example 32.71 */
            regionCode: string;
            /** @example ktp-el */
            serviceCode?: string | null;
            /** @example mpp-kota-bogor */
            siteCode?: string | null;
        };
        ServiceDetailDto: {
            /** @example disdukcapil */
            agencyCode: string;
            agencyName: string;
            /**
             * @description The order of calling: fcfs; booked_first (windowMinutes); weighted (priorityWeight: each minute a priority visitor waits counts that many times); ratio (regularPerPriority)
             * @example {
             *       "strategy": "ratio",
             *       "regularPerPriority": 3
             *     }
             */
            callOrder: Record<string, never>;
            /** @example akta-kelahiran */
            code: string;
            /**
             * @example {
             *       "value": 1,
             *       "unit": "working_days"
             *     }
             */
            completionTime: Record<string, never>;
            /** @description Walk-in tickets a day at each site */
            dailyQuota?: number;
            description?: string;
            /** @description For a completion time in working days: the day work submitted today is due, skipping weekends, national holidays and cuti bersama */
            expectedCompletion?: components["schemas"]["ExpectedCompletionDto"];
            fee: components["schemas"]["FeeDto"];
            keywords: string[];
            name: string;
            /** @enum {string} */
            queueMode: "walk_in" | "booking" | "both";
            /** @description Where it is offered, with whether it is open now */
            sites: components["schemas"]["SiteDto"][];
            /** @description The service standard of PermenPANRB 15/2014: requirements, procedure, time, fee, product, complaints, legal basis and the rest */
            standard: Record<string, never>;
            /**
             * @description Since when the standard shown holds (when it was applied); earlier versions at .../standard-versions
             * @example 2026-11-25T02:00:00.000Z
             */
            standardSince?: string;
            /**
             * @description Ticket prefix
             * @example A
             */
            ticketPrefix: string;
        };
        ServiceFiguresDto: {
            agencyCode: string;
            called: number;
            cancelled: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            noShows: number;
            /** @example 12 */
            p90ServiceMinutes?: number | null;
            /** @example 14 */
            p90WaitMinutes?: number | null;
            served: number;
            serviceCode: string;
            siteCode: string;
            /** @description Tickets numbered in this line today (walk-ins and check-ins) */
            tickets: number;
            /** @description Tickets sent here from another service */
            transferredIn: number;
        };
        ServicePageDto: {
            items: components["schemas"]["ServiceSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description Items matching the filters, over all pages
             * @example 514
             */
            total: number;
            /** @example 26 */
            totalPages: number;
        };
        ServiceReportFiguresDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /** @example ktp-el */
            serviceCode: string;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        ServiceSummaryDto: {
            /** @example disdukcapil */
            agencyCode: string;
            agencyName: string;
            /** @example akta-kelahiran */
            code: string;
            /**
             * @example {
             *       "value": 1,
             *       "unit": "working_days"
             *     }
             */
            completionTime: Record<string, never>;
            description?: string;
            fee: components["schemas"]["FeeDto"];
            name: string;
            /** @enum {string} */
            queueMode: "walk_in" | "booking" | "both";
        };
        SiteDto: {
            address: string;
            /** @example mpp-kota-bogor */
            code: string;
            /**
             * @example {
             *       "lat": -6.5951,
             *       "lon": 106.7972
             *     }
             */
            coordinates: Record<string, never>;
            /**
             * @description Opening hours per weekday (sun..sat)
             * @example {
             *       "mon": [
             *         {
             *           "from": "07:30",
             *           "to": "16:00"
             *         }
             *       ]
             *     }
             */
            hours: Record<string, never>;
            /** @enum {string} */
            kind: "mall" | "satellite";
            name: string;
            now: components["schemas"]["OpeningNowDto"];
            /** @description Whole days in the next 30 days whose opening differs from the usual week (holidays, cuti bersama, closings, extra opening days), in date order */
            specialDays: components["schemas"]["SpecialDayDto"][];
        };
        SiteReportFiguresDto: {
            /**
             * @description Tickets called at least once: those whose wait is known
             * @example 107
             */
            called: number;
            /** @example 3 */
            cancelled: number;
            /** @example 7.2 */
            meanServiceMinutes?: number | null;
            /** @example 6.5 */
            meanWaitMinutes?: number | null;
            /** @example 9 */
            noShows: number;
            /** @example 12.8 */
            p90ServiceMinutes?: number | null;
            /**
             * @description Exact 90th percentile
             * @example 14.2
             */
            p90WaitMinutes?: number | null;
            /** @example 98 */
            served: number;
            /** @example mpp-kota-bogor */
            siteCode: string;
            /**
             * @description Tickets numbered in the period (walk-ins and check-ins)
             * @example 120
             */
            tickets: number;
            /**
             * @description Still waiting, called, in service or held: served + noShows + cancelled + unfinished = tickets
             * @example 10
             */
            unfinished: number;
        };
        SlaDto: {
            /**
             * @description Null while the file is with the applicant
             * @example 2026-03-26
             */
            dueDate: string | null;
            /**
             * @example on_track
             * @enum {string}
             */
            flag: "on_track" | "due_soon" | "overdue" | "paused" | "finished";
            /**
             * @description The service standard’s completion time in working days
             * @example 5
             */
            workingDays: number;
        };
        SlotDto: {
            /** @example 2 */
            available: number;
            /** @example 5 */
            capacity: number;
            end: string;
            start: string;
        };
        SlotListDto: {
            /** @example 2026-11-26 */
            date: string;
            items: components["schemas"]["SlotDto"][];
        };
        SpecialDayDto: {
            /**
             * @description The day, on the site’s own calendar
             * @example 2026-12-25
             */
            date: string;
            /** @description That day’s hours, when open */
            hours?: components["schemas"]["TimeRangeDto"][];
            /** @description false: closed on a day the site usually opens; true: open on a day it usually does not */
            open: boolean;
            /**
             * @description Why, as the national calendar or the region’s override says it
             * @example Hari Raya Natal
             */
            reason: string;
        };
        StaffActionDto: {
            /**
             * @example request_revision
             * @enum {string}
             */
            action: "verify" | "request_revision" | "process" | "complete" | "reject";
            /**
             * @description The requirements (by name) found in order; the others are unchecked
             * @example [
             *       "KTP-el",
             *       "Kartu Keluarga"
             *     ]
             */
            checked?: string[];
            /**
             * @description Required for request_revision (what to fix), reject (the reason) and complete (pickup note)
             * @example Fotokopi KK tidak terbaca; unggah ulang yang jelas
             */
            note?: string;
        };
        StandardVersionDto: {
            /** @description The service standard of PermenPANRB 15/2014 as it held then */
            standard: Record<string, never>;
            /**
             * @description The national template it came from
             * @example disdukcapil/ktp-el
             */
            template?: string;
            /** @example 1 */
            templateVersion?: number;
            /** @example 2026-11-25T02:00:00.000Z */
            validFrom: string;
            /** @description When the next version replaced it; absent for the one in force */
            validUntil?: string;
        };
        StandardVersionListDto: {
            /** @description Newest first */
            items: components["schemas"]["StandardVersionDto"][];
        };
        SubmitApplicationDto: {
            /** @example disdukcapil */
            agencyCode: string;
            applicant: components["schemas"]["ApplicantDto"];
            /**
             * @description Keep as a draft; send it later with .../submit
             * @default false
             */
            draft: boolean;
            /** @description For an OSS licence: its status is reported to OSS at every change */
            licence?: components["schemas"]["OssLicenceRefDto"];
            /** @example Mohon dikirim kabar lewat WhatsApp */
            notes?: string;
            /** @example ktp-el */
            serviceCode: string;
        };
        SubmittedApplicationDto: {
            history: components["schemas"]["ApplicationEventDto"][];
            /** @example Fotokopi KK tidak terbaca; unggah ulang yang jelas */
            lastNote: string | null;
            /** @example 32.71 */
            regionCode: string;
            requirements: components["schemas"]["RequirementCheckDto"][];
            service: components["schemas"]["ApplicationServiceDto"];
            sla: components["schemas"]["SlaDto"];
            /**
             * @example verified
             * @enum {string}
             */
            status: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
            /** @example 2026-03-12T02:15:00.000Z */
            submittedAt: string | null;
            /**
             * @description Once the application is completed: the satisfaction survey for it (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?trackingCode=7KQ2M-9XW4T
             */
            survey?: string | null;
            /** @example 7KQ2M-9XW4T */
            trackingCode: string;
            /** @example 2026-03-13T04:00:00.000Z */
            updatedAt: string;
        };
        SuggestionDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example ktp-el */
            serviceCode: string;
            /** @example 2026-11-20 */
            serviceDate: string;
            /** @example Ruang tunggu perlu tambahan kursi */
            suggestion: string;
        };
        SurveyChoiceDto: {
            label: components["schemas"]["WordingDto"];
            /** @example 4 */
            value: number;
        };
        SurveyFormDto: {
            /**
             * @description The choices of each profile field (all optional)
             * @example {
             *       "ageBand": [
             *         "under_20",
             *         "20_29"
             *       ],
             *       "sex": [
             *         "male",
             *         "female"
             *       ]
             *     }
             */
            profileOptions: Record<string, never>;
            questions: components["schemas"]["SurveyQuestionDto"][];
            /** @example 32.71 */
            regionCode: string;
            subject?: components["schemas"]["SurveySubjectDto"] | null;
        };
        SurveyQuestionDto: {
            answers: components["schemas"]["SurveyChoiceDto"][];
            /**
             * @example U1
             * @enum {string}
             */
            element: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
            question: components["schemas"]["WordingDto"];
        };
        SurveyReceiptDto: {
            /** @example 9 */
            elementsAnswered: number;
            /** @example Terima kasih atas penilaian Anda */
            message: string;
        };
        SurveyResponseDto: {
            /**
             * @description Walk-in: the agency whose service was used
             * @example disdukcapil
             */
            agencyCode?: string;
            /**
             * @description Answers 1 (worst) to 4 (best) by element code U1–U9 (never by question position); unanswered elements left out
             * @example {
             *       "U1": 4,
             *       "U2": 3,
             *       "U3": 3,
             *       "U4": 4,
             *       "U5": 3,
             *       "U6": 4,
             *       "U7": 4,
             *       "U8": 3,
             *       "U9": 3
             *     }
             */
            answers: {
                /** Format: int32 */
                U1?: number;
                /** Format: int32 */
                U2?: number;
                /** Format: int32 */
                U3?: number;
                /** Format: int32 */
                U4?: number;
                /** Format: int32 */
                U5?: number;
                /** Format: int32 */
                U6?: number;
                /** Format: int32 */
                U7?: number;
                /** Format: int32 */
                U8?: number;
                /** Format: int32 */
                U9?: number;
            };
            profile?: components["schemas"]["RespondentProfileDto"];
            /**
             * @description Walk-in: the service used
             * @example ktp-el
             */
            serviceCode?: string;
            /**
             * @description Walk-in at a kiosk or tablet: the device’s site (with X-Device-Token)
             * @example mpp-kota-bogor
             */
            siteCode?: string;
            /** @example Ruang tunggu perlu tambahan kursi */
            suggestion?: string;
            /**
             * Format: uuid
             * @description The finished ticket answered (its page gives the link); one response per ticket
             */
            ticketId?: string;
            /**
             * @description The completed application answered; one response per application
             * @example 7KQ2M-9XW4T
             */
            trackingCode?: string;
        };
        SurveySubjectDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @description Whether this ticket or application already has its one response */
            answered: boolean;
            /** @enum {string} */
            kind: "ticket" | "application";
            /** @description Whether a response is accepted now: the ticket finished, the application completed */
            open: boolean;
            /** @example ktp-el */
            serviceCode: string;
            /** @example Perekaman KTP-el */
            serviceName: string;
        };
        TakeTicketDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /**
             * @description Mobile number for a notice when few people are ahead
             * @example 081234567890
             */
            phone?: string;
            /**
             * @description Set by a kiosk (checked in person); refused from phones
             * @enum {string}
             */
            priority?: "elderly" | "disabled" | "pregnant" | "child";
            /** @example ktp-el */
            serviceCode: string;
        };
        TicketCounterDto: {
            /** @example loket-3 */
            code: string;
            /** @example Loket 3 */
            name: string;
        };
        TicketDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @description When the visit began; a transfer keeps it */
            arrivedAt: string;
            calledAt?: string | null;
            /** @enum {string} */
            channel: "kiosk" | "online" | "booking" | "counter" | "integrator";
            counter?: components["schemas"]["TicketCounterDto"] | null;
            /** @description While waiting: minutes until the call, from recent service times */
            estimatedWaitMinutes?: number | null;
            /**
             * Format: uuid
             * @description Keep it: it is the key to this ticket’s page and stream
             */
            id: string;
            /** @description Whether a notice goes to the mobile number left with the ticket when few are ahead (the number itself is never shown) */
            notice: boolean;
            /** @example A-007 */
            number: string;
            /** @description While waiting: 1 means next */
            position?: number | null;
            /** @enum {string|null} */
            priority?: "elderly" | "disabled" | "pregnant" | "child" | null;
            /** @example 32.71 */
            regionCode: string;
            /** @example ktp-el */
            serviceCode: string;
            /**
             * @description The day the ticket is for, in the mall’s time zone
             * @example 2026-11-25
             */
            serviceDate: string;
            /** @example mpp-kota-bogor */
            siteCode: string;
            slotStart?: string | null;
            /** @enum {string} */
            status: "waiting" | "called" | "serving" | "held" | "done" | "no_show" | "cancelled";
            /**
             * @description Once the ticket is finished: the satisfaction survey for this visit (shown as a link and QR code)
             * @example /v1/regions/32.71/survey-form?ticketId=0b5c2f1e-6d0e-4a8e-9a51-2f3c4d5e6f70
             */
            survey?: string | null;
        };
        TimeRangeDto: {
            /** @example 07:30 */
            from: string;
            /** @example 16:00 */
            to: string;
        };
        TokenPairDto: {
            /** @description JWT to send as "Authorization: Bearer ..." */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Single-use token for POST /v1/auth/refresh */
            refreshToken: string;
            /** @example 2026-12-09T08:00:00.000Z */
            refreshTokenExpiresAt: string;
            /** @example Bearer */
            tokenType: string;
        };
        TransferTicketDto: {
            /** @example disdukcapil */
            agencyCode: string;
            /** @example ktp-el */
            serviceCode: string;
        };
        VehicleTaxStatementDto: {
            /** @example samsat-simulator */
            adapter: string;
            blocked: boolean;
            /** @example HITAM */
            colour: string;
            fees: components["schemas"]["FeesDto"];
            /**
             * @description Last five characters of the frame number
             * @example 23456
             */
            frameNumberTail: string;
            /** @example HONDA */
            make: string;
            /** @example BEAT 110 */
            model: string;
            /** @description Opsen PKB (66% of PKB since 2025) */
            opsen: components["schemas"]["AmountDto"];
            /**
             * @description Always masked
             * @example A**** F****
             */
            ownerName: string;
            /**
             * @description milik_ke: the owner’s n-th vehicle (the PKB rate rises with it)
             * @example 1
             */
            ownershipOrder: number;
            payable: boolean;
            pkb: components["schemas"]["AmountDto"];
            /** @example F 1234 ABC */
            plateNumber: string;
            /**
             * @description STNK valid until
             * @example 2029-03-10
             */
            stnkValidUntil: string;
            swdkllj: components["schemas"]["AmountDto"];
            /**
             * @description PKB paid until
             * @example 2026-03-10
             */
            taxDueDate: string;
            /** @example 437500 */
            total: number;
            /** @example 2019 */
            year: number;
        };
        VerifiedFieldsDto: {
            birthDate?: components["schemas"]["FieldMatchDto"];
            birthPlace?: components["schemas"]["FieldMatchDto"];
            fullName?: components["schemas"]["FieldMatchDto"];
        };
        VerifyPersonDto: {
            /**
             * @description Birth date, YYYY-MM-DD
             * @example 1990-08-07
             */
            birthDate?: string;
            /** @example BOGOR */
            birthPlace?: string;
            /**
             * @description Full name as on the KTP-el
             * @example SITI RAHAYU
             */
            fullName?: string;
            /**
             * @description NIK: 16 digits, a real kecamatan code and birth date (+40 on the day for women). Checked before any call to Dukcapil.
             * @example 3271014708900001
             */
            nik: string;
            /**
             * @description Why the data is checked; kept in the audit trail
             * @example Verifikasi pemohon KTP-el di loket 1
             */
            purpose: string;
        };
        WebhookDeliveryDto: {
            /** @example 9 */
            attempts: number;
            /** @example 2026-12-01T08:00:00.000Z */
            createdAt: string;
            /** @example null */
            deliveredAt: string | null;
            /** @example application.status_changed */
            eventType: string;
            /**
             * @description Sent as `webhook-id`: the same on every retry; drop duplicates by it
             * @example 9a3e71c2-0b5d-4f28-8c6a-1d2e3f4a5b6c
             */
            id: string;
            /** @example ECONNREFUSED */
            lastError: string | null;
            /** @example 503 */
            lastStatusCode: number | null;
            /**
             * @description When the next attempt is due (pending only)
             * @example null
             */
            nextAttemptAt: string | null;
            /**
             * @example failed
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryListDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
        };
        WebhookSubscriptionDto: {
            /** @example 2026-12-01T08:00:00.000Z */
            createdAt: string;
            /**
             * @example [
             *       "application.status_changed"
             *     ]
             */
            events: ("application.status_changed" | "ticket.issued" | "ticket.called" | "ticket.finished" | "complaint.status_changed" | "complaint.escalated" | "complaint.lapor_status_changed")[];
            /** @example 5b8d2f0e-6c41-4a57-9e1b-3f2a7c9d0e14 */
            id: string;
            /** @example https://portal.kotabogor.go.id/hooks/mpp */
            url: string;
        };
        WebhookSubscriptionListDto: {
            items: components["schemas"]["WebhookSubscriptionDto"][];
        };
        WordingDto: {
            /** @example Very appropriate */
            en: string;
            /** @example Sangat sesuai */
            id: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Sent to browsers when the request’s Origin is one of the origins the deployment allows (CORS_ORIGINS) */
        "Access-Control-Allow-Origin": string;
        /** @description Weak validator of the answer (a hash of its body): send it back as If-None-Match to get 304 while it is current */
        ETag: string;
        /** @description Seconds to wait before trying again (RFC 9110) */
        "Retry-After": number;
        /** @description Requests allowed per minute to this caller: per API key, registered device, or client address */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current minute */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the budget is full again */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency is down (code NOT_READY) */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CURRENT_PASSWORD_WRONG or PASSWORD_TOO_WEAK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REFRESH_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicePairingController_pair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairDeviceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairedDeviceDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAIRING_CODE_INVALID: unknown, used or expired */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SatisfactionController_national: {
        parameters: {
            query?: {
                /** @description With `to`, instead of `period`: local dates, both included */
                from?: string;
                /** @description A year (2026), half (2026-H1), quarter (2026-Q4) or month (2026-11); without period or from/to, the current year */
                period?: string;
                to?: string;
                /** @description Weight for the national figure; each region’s own figure uses the weight its deployment sets */
                weight?: "printed_0_11" | "exact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalSatisfactionDto"];
                };
            };
            /** @description VALIDATION_FAILED, PERIOD_INVALID, IKM_WEIGHT_MODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OssCallbackController_receiveNib: {
        parameters: {
            query?: never;
            header: {
                /** @description SHA-1 hex of username + password + NIB + YYYYMMDD (WIB) */
                Token: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dataNIB: Record<string, never>;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_listProvinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceListDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_getProvince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceDto"];
                };
            };
            /** @description PROVINCE_CODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PROVINCE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                kind?: "kabupaten" | "kota";
                page?: number;
                pageSize?: number;
                /** @description Only regions of this province (two digits) */
                province?: string;
                /** @description Part of the name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPageDto"];
                };
            };
            /** @description VALIDATION_FAILED: a query parameter is invalid or unknown */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code PP.RR */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDto"];
                };
            };
            /** @description REGION_CODE_INVALID: not of the form PP.RR */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_agencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: if it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyListDto"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION_CODE_INVALID or VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks catalog:read) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_list: {
        parameters: {
            query?: {
                /** @description Created on or after this day (the region’s zone) */
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description Open applications past their due date, or due today or the next working day */
                sla?: "overdue" | "due_soon";
                status?: "draft" | "submitted" | "verified" | "needs_revision" | "in_process" | "completed" | "rejected" | "withdrawn";
                /** @description Created on or before this day (the region’s zone) */
                to?: string;
            };
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_fromIntegrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegratorApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_atCounter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantDetailsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NO_CURRENT_TICKET */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_callNext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_finish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_hold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCounterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_recall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_skip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CountersController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                counterCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterStateDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AgencyDeskController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDeskDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AgencyDeskController_today: {
        parameters: {
            query: {
                /** @description The site the counter is open at */
                siteCode: string;
            };
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskTodayDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_service: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: if it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                serviceCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetailDto"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION_CODE_INVALID or VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks catalog:read) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_standardVersions: {
        parameters: {
            query?: {
                /** @description Only the version in force at this instant (ISO 8601) or on this day (YYYY-MM-DD, at its end in WIB) */
                on?: string;
            };
            header?: {
                /** @description The ETag of the copy you hold: if it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                serviceCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardVersionListDto"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION_CODE_INVALID or VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks catalog:read) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_byStaff: {
        parameters: {
            query: {
                /** @description result: the product of the service */
                kind?: "requirement" | "result";
                /** @description The file’s name; its extension is set from the content */
                name: string;
                /** @description The requirement (persyaratan) this document meets */
                requirement?: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself: PDF, JPEG or PNG, checked by its content */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLinkDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffApplicationsController_overdue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueCountsDto"];
                };
            };
            /** @description VALIDATION_FAILED, APPLICATION_NOTE_REQUIRED, REQUIREMENT_UNKNOWN, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND (also for another agency’s application) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BookingsController_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks queue:write) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SLOT_FULL, SLOT_PASSED, BOOKING_EXISTS, BOOKING_NOT_OFFERED */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BookingsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BookingsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingCode: string;
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BOOKING_NOT_CANCELLABLE */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenComplaintsController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintReporterViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_byReporter: {
        parameters: {
            query: {
                /** @description The file’s name; its extension is set from the content */
                name: string;
            };
            header: {
                "X-Reporter-Phone": string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        /** @description The file itself: PDF, JPEG or PNG, checked by its content */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAttachmentDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_ATTACHMENT_LIMIT_REACHED, COMPLAINT_STATE_CONFLICT (closed or archived) */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_downloadForReporter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterPhoneDto"];
            };
        };
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_listForReporter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterPhoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAttachmentDto"][];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenComplaintsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintReporterViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenComplaintsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReporterProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintReporterViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffComplaintsController_list: {
        parameters: {
            query?: {
                /** @description Only those escalated to the region admin for a missed deadline (true) or not (false) */
                escalated?: boolean;
                page?: number;
                pageSize?: number;
                status?: "received" | "verified" | "assigned" | "answered" | "replied" | "closed" | "archived";
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenComplaintsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiledComplaintDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description COMPLAINT_LIMIT_REACHED (per phone) or RATE_LIMITED (per IP)
             *
             *     RATE_LIMITED, with Retry-After
             */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffComplaintsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffComplaintsController_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAttachmentDto"][];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_byStaff: {
        parameters: {
            query: {
                /** @description The file’s name; its extension is set from the content */
                name: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself: PDF, JPEG or PNG, checked by its content */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAttachmentDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_ATTACHMENT_LIMIT_REACHED, COMPLAINT_STATE_CONFLICT (closed or archived) */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ComplaintAttachmentsController_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAttachmentDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffComplaintsController_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LAPOR_FORWARDING_OFF: the region’s deployment forwards none */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenComplaintsController_publicList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintPageDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, INCIDENT_DATE_INVALID, TRACKING_CODE_INVALID, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffComplaintsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiledComplaintDto"];
                };
            };
            /** @description VALIDATION_FAILED, PHONE_INVALID, INVALID_NIK, COMPLAINT_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description COMPLAINT_NOT_FOUND (also for another agency’s complaint), AGENCY_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_openLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LicensingController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupBusinessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessLookupDto"];
                };
            };
            /** @description INVALID_NIB, INVALID_KBLI or VALIDATION_FAILED; nothing was sent to OSS */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BUSINESS_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_UNAVAILABLE, CIRCUIT_OPEN, UPSTREAM_BUSY, UPSTREAM_REFUSED, UPSTREAM_BAD_ANSWER, INTEGRATION_NOT_CONFIGURED; with Retry-After */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_TIMEOUT; with Retry-After */
            504: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LicensingController_listReceived: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedBusinessPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_mall: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: if it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MallDto"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION_CODE_INVALID or VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks catalog:read) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only those nobody has read yet */
                unread?: boolean;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IdentityController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyPersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonVerificationDto"];
                };
            };
            /** @description INVALID_NIK or VALIDATION_FAILED, naming the field; nothing was sent to Dukcapil */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_UNAVAILABLE, CIRCUIT_OPEN, UPSTREAM_BUSY, UPSTREAM_REFUSED, UPSTREAM_BAD_ANSWER, INTEGRATION_NOT_CONFIGURED; with Retry-After */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_TIMEOUT; with Retry-After */
            504: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    FiguresController_read: {
        parameters: {
            query?: {
                agencyCode?: string;
                /** @description A day in the region’s time zone; today when left out */
                date?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueFiguresDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    QueueReportController_read: {
        parameters: {
            query?: {
                /** @description An agency supervisor gets their own agency whatever is asked */
                agencyCode?: string;
                /** @description Needs agencyCode */
                counterCode?: string;
                /** @description One local day; or `period`, or `from` and `to`; today when none is given */
                date?: string;
                /** @description csv and xlsx download the same figures as a file */
                format?: "json" | "csv" | "xlsx";
                /** @description With `to`: local dates, both included, at most 92 days */
                from?: string;
                /** @description A month (2026-11) or quarter (2026-Q4); at most 92 days */
                period?: string;
                /** @description Needs agencyCode */
                serviceCode?: string;
                siteCode?: string;
                to?: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["QueueReportDto"];
                    "text/csv": components["schemas"]["QueueReportDto"];
                };
            };
            /** @description VALIDATION_FAILED, PERIOD_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, COUNTER_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SatisfactionController_index: {
        parameters: {
            query?: {
                agencyCode?: string;
                /** @description With `to`, instead of `period`: local dates, both included */
                from?: string;
                /** @description A year (2026), half (2026-H1), quarter (2026-Q4) or month (2026-11); without period or from/to, the current year */
                period?: string;
                /** @description Needs agencyCode */
                serviceCode?: string;
                siteCode?: string;
                to?: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionIndexDto"];
                };
            };
            /** @description VALIDATION_FAILED, PERIOD_INVALID, IKM_WEIGHT_MODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SatisfactionController_report: {
        parameters: {
            query?: {
                agencyCode?: string;
                format?: "json" | "csv" | "xlsx";
                /** @description With `to`, instead of `period`: local dates, both included */
                from?: string;
                /** @description A year (2026), half (2026-H1), quarter (2026-Q4) or month (2026-11); without period or from/to, the current year */
                period?: string;
                /** @description Needs agencyCode */
                serviceCode?: string;
                siteCode?: string;
                to?: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["SatisfactionReportDto"];
                    "text/csv": components["schemas"]["SatisfactionReportDto"];
                };
            };
            /** @description VALIDATION_FAILED, PERIOD_INVALID, IKM_WEIGHT_MODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_services: {
        parameters: {
            query?: {
                /** @description Only the services of this agency */
                agency?: string;
                page?: number;
                pageSize?: number;
                /** @description Words to find, any case, with or without accents; each word matches by prefix */
                q?: string;
            };
            header?: {
                /** @description The ETag of the copy you hold: if it is still current, the answer is 304 without a body */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePageDto"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION_CODE_INVALID or VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_KEY_INVALID: an X-API-Key was sent and is unknown, expired or revoked */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description API_SCOPE_MISSING (the key lacks catalog:read) or OUT_OF_SCOPE (the key is for another region) */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REGION_NOT_FOUND, DEPLOYMENT_NOT_FOUND or SERVICE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BookingsController_slots: {
        parameters: {
            query: {
                /** @description A day in the mall’s time zone, today up to 30 days ahead */
                date: string;
            };
            header?: never;
            path: {
                agencyCode: string;
                /** @description Kabupaten/kota code */
                code: string;
                serviceCode: string;
                siteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotListDto"];
                };
            };
            /** @description VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BOOKING_NOT_OFFERED */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BoardController_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                siteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND or SITE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BoardController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                siteCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND or SITE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BookingsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                siteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CHECK_IN_TOO_EARLY, BOOKING_LAPSED, BOOKING_NOT_ACTIVE */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TicketsController_take: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters (a fresh UUID per tap); kept 24 hours */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                siteCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /** @description "true" when this is the first answer replayed */
                    "Idempotent-Replayed"?: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description VALIDATION_FAILED, REGION_CODE_INVALID, PHONE_INVALID, PRIORITY_NEEDS_KIOSK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_CLOSED, TICKETS_CLOSED, WALK_IN_NOT_OFFERED, DAILY_QUOTA_REACHED */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            422: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyController_form: {
        parameters: {
            query?: {
                /** @description The ticket to answer for: the form then says whether it is open */
                ticketId?: string;
                trackingCode?: string;
            };
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyFormDto"];
                };
            };
            /** @description VALIDATION_FAILED, SURVEY_ANSWER_INVALID, SURVEY_PROFILE_INVALID, SURVEY_SUBJECT_REQUIRED, SURVEY_SUBJECT_AMBIGUOUS, TRACKING_CODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TICKET_NOT_FOUND, APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A kiosk or board-side tablet of the site, for walk-in respondents */
                "X-Device-Token"?: string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyReceiptDto"];
                };
            };
            /** @description VALIDATION_FAILED, SURVEY_ANSWER_INVALID, SURVEY_PROFILE_INVALID, SURVEY_SUBJECT_REQUIRED, SURVEY_SUBJECT_AMBIGUOUS, TRACKING_CODE_INVALID */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_TOKEN_REQUIRED or DEVICE_TOKEN_INVALID */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEVICE_OUT_OF_SCOPE: the device belongs to another site or is of another kind */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TICKET_NOT_FOUND, APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SURVEY_NOT_OPEN, SURVEY_ALREADY_ANSWERED */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TicketsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description VALIDATION_FAILED, REGION_CODE_INVALID, PHONE_INVALID, PRIORITY_NEEDS_KIOSK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TicketsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDto"];
                };
            };
            /** @description VALIDATION_FAILED, REGION_CODE_INVALID, PHONE_INVALID, PRIORITY_NEEDS_KIOSK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TICKET_STATE_CONFLICT: only waiting tickets can be cancelled */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TicketsController_ticketEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream; each `ticket` event carries a TicketDto */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED, REGION_CODE_INVALID, PHONE_INVALID, PRIORITY_NEEDS_KIOSK */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, TICKET_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationTrackingDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_byApplicant: {
        parameters: {
            query: {
                /** @description The file’s name; its extension is set from the content */
                name: string;
                /** @description The requirement (persyaratan) this document meets */
                requirement?: string;
            };
            header: {
                "X-Applicant-Phone": string;
            };
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        /** @description The file itself: PDF, JPEG or PNG, checked by its content */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_downloadForApplicant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                documentId: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ApplicationDocumentsController_listForApplicant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_resubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_submitDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CitizenApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantViewDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_NIK, PHONE_INVALID, TRACKING_CODE_INVALID, APPLICATION_NOTE_REQUIRED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, DEPLOYMENT_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description APPLICATION_STATE_CONFLICT */
            409: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED: the caller’s budget for this minute is spent; retry after Retry-After seconds */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    VehicleTaxController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Kabupaten/kota code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupVehicleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleTaxStatementDto"];
                };
            };
            /** @description INVALID_PLATE_NUMBER or VALIDATION_FAILED; nothing was sent to Samsat */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description VEHICLE_NOT_FOUND */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_UNAVAILABLE, CIRCUIT_OPEN, UPSTREAM_BUSY, UPSTREAM_REFUSED, UPSTREAM_BAD_ANSWER, INTEGRATION_NOT_CONFIGURED; with Retry-After */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UPSTREAM_TIMEOUT; with Retry-After */
            504: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionListDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscriptionDto"];
                };
            };
            /** @description WEBHOOK_URL_REFUSED, VALIDATION_FAILED */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_deliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookDeliveriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (errors[] names each field), BAD_URL or INVALID_JSON: the request breaks a rule */
            400: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid token or key */
            401: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ROLE_NOT_ALLOWED, API_SCOPE_MISSING or OUT_OF_SCOPE */
            403: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WEBHOOK_SUBSCRIPTION_NOT_FOUND (also for another key’s subscription) */
            404: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: an unexpected failure, logged with the request id; quote requestId when asking for support */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds */
            503: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}

/** Who may call each operation, as its route declares it (`x-access`). */
export const accessRules = {
  "GET /health/live": {
    "kind": "public",
    "reason": "Load balancers and orchestrators probe health without credentials"
  },
  "GET /health/ready": {
    "kind": "public",
    "reason": "Load balancers and orchestrators probe health without credentials"
  },
  "POST /v1/auth/login": {
    "kind": "public",
    "reason": "Signing in is how staff get credentials"
  },
  "POST /v1/auth/logout": {
    "kind": "public",
    "reason": "The refresh token itself is the credential"
  },
  "POST /v1/auth/password": {
    "kind": "authenticated",
    "apiKeys": false
  },
  "POST /v1/auth/refresh": {
    "kind": "public",
    "reason": "The refresh token itself is the credential"
  },
  "POST /v1/devices/pair": {
    "kind": "public",
    "reason": "A kiosk or board has no credential before it pairs; the one-time code from a region admin is the credential"
  },
  "GET /v1/me": {
    "kind": "authenticated",
    "apiKeys": true
  },
  "GET /v1/national/satisfaction": {
    "kind": "restricted",
    "roles": [
      "national_admin",
      "national_viewer"
    ]
  },
  "POST /v1/oss/receiveNIB": {
    "kind": "public",
    "reason": "OSS RBA calls this without our credentials; it signs each call with the Token header, checked here (PIA OSS RBA v4.3.22)"
  },
  "GET /v1/provinces": {
    "kind": "public",
    "reason": "Region codes and names are public reference data (Kepmendagri)"
  },
  "GET /v1/provinces/{code}": {
    "kind": "public",
    "reason": "Region codes and names are public reference data (Kepmendagri)"
  },
  "GET /v1/regions": {
    "kind": "public",
    "reason": "Region codes and names are public reference data (Kepmendagri)"
  },
  "GET /v1/regions/{code}": {
    "kind": "public",
    "reason": "Region codes and names are public reference data (Kepmendagri)"
  },
  "GET /v1/regions/{code}/agencies": {
    "kind": "public",
    "reason": "The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)",
    "integrators": {
      "apiScope": "catalog:read",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/applications": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/applications": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "applications:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/applications": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/call-next": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/close": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/finish": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/hold": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/open": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/recall": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/skip": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/start": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/agencies/{agencyCode}/counters/{counterCode}/transfer": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/desk": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/desk/today": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}": {
    "kind": "public",
    "reason": "The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)",
    "integrators": {
      "apiScope": "catalog:read",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/agencies/{agencyCode}/services/{serviceCode}/standard-versions": {
    "kind": "public",
    "reason": "The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)",
    "integrators": {
      "apiScope": "catalog:read",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "POST /v1/regions/{code}/applications": {
    "kind": "public",
    "reason": "Citizens apply without an account; the phone number they give proves later that they are the applicant"
  },
  "GET /v1/regions/{code}/applications/overdue-counts": {
    "kind": "restricted",
    "roles": [
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/applications/{id}": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/applications/{id}/actions": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "applications:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/applications/{id}/documents": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/applications/{id}/documents": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "applications:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/applications/{id}/documents/{documentId}": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/applications/{id}/documents/{documentId}/links": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "applications:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/bookings": {
    "kind": "public",
    "reason": "Citizens book without an account; one live booking per mobile number, service and day, rate limited per client",
    "integrators": {
      "apiScope": "queue:write",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/bookings/{bookingCode}": {
    "kind": "public",
    "reason": "The booking code is the citizen’s own key to their booking (8 random characters); the answer carries no personal data"
  },
  "POST /v1/regions/{code}/bookings/{bookingCode}/cancel": {
    "kind": "public",
    "reason": "The booking code with the mobile number it was made with proves the caller made it"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}/attachments": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter (X-Reporter-Phone)"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/list": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}/attachments/{attachmentId}/download": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}/close": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter"
  },
  "POST /v1/regions/{code}/complaint-tracking/{trackingCode}/reply": {
    "kind": "public",
    "reason": "The tracking code with the reporter’s phone number proves the caller is the reporter"
  },
  "GET /v1/regions/{code}/complaints": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/complaints": {
    "kind": "device",
    "devices": [
      "kiosk"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "body",
      "name": "siteCode"
    },
    "otherwisePublic": "Citizens file complaints without an account (limited per IP and per phone number); kiosks send their device token"
  },
  "GET /v1/regions/{code}/complaints/public": {
    "kind": "public",
    "reason": "The public list shows verified complaints not marked secret: title, category, agency and status, nothing of the reporter"
  },
  "POST /v1/regions/{code}/complaints/received": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/complaints/{id}": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/complaints/{id}/actions": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/complaints/{id}/attachments": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/complaints/{id}/attachments": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:write",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/complaints/{id}/attachments/{attachmentId}": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "apiScope": "complaints:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/complaints/{id}/attachments/{attachmentId}/share": {
    "kind": "restricted",
    "roles": [
      "region_admin",
      "national_admin"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/complaints/{id}/forward": {
    "kind": "restricted",
    "roles": [
      "region_admin",
      "national_admin"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/document-links/{token}": {
    "kind": "public",
    "reason": "A link signed by the API for one document, issued to someone allowed to see it, working for 5 minutes"
  },
  "POST /v1/regions/{code}/licensing/business-lookups": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "business:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/licensing/received-businesses": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor",
      "region_admin"
    ],
    "apiScope": "business:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/mall": {
    "kind": "public",
    "reason": "The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)",
    "integrators": {
      "apiScope": "catalog:read",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/notifications": {
    "kind": "restricted",
    "roles": [
      "region_admin",
      "national_admin"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/notifications/{id}/read": {
    "kind": "restricted",
    "roles": [
      "region_admin",
      "national_admin"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "POST /v1/regions/{code}/population/verifications": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "identity:verify",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/queue/figures": {
    "kind": "restricted",
    "roles": [
      "national_admin",
      "region_admin",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/queue/report": {
    "kind": "restricted",
    "roles": [
      "national_admin",
      "region_admin",
      "agency_supervisor"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/satisfaction": {
    "kind": "public",
    "reason": "Units must publish their IKM (PermenPANRB 14/2017); the index is made of sums only, nothing about a respondent"
  },
  "GET /v1/regions/{code}/satisfaction/report": {
    "kind": "restricted",
    "roles": [
      "agency_supervisor",
      "region_admin",
      "national_admin"
    ],
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/regions/{code}/services": {
    "kind": "public",
    "reason": "The service catalogue and opening hours are public information (UU 25/2009 Pasal 21)",
    "integrators": {
      "apiScope": "catalog:read",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/sites/{siteCode}/agencies/{agencyCode}/services/{serviceCode}/slots": {
    "kind": "public",
    "reason": "Free booking slots are public information, like the opening hours they come from"
  },
  "GET /v1/regions/{code}/sites/{siteCode}/board": {
    "kind": "device",
    "devices": [
      "board"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "param",
      "name": "siteCode"
    }
  },
  "GET /v1/regions/{code}/sites/{siteCode}/board/events": {
    "kind": "device",
    "devices": [
      "board"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "param",
      "name": "siteCode"
    }
  },
  "POST /v1/regions/{code}/sites/{siteCode}/check-ins": {
    "kind": "device",
    "devices": [
      "kiosk"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "param",
      "name": "siteCode"
    }
  },
  "POST /v1/regions/{code}/sites/{siteCode}/tickets": {
    "kind": "device",
    "devices": [
      "kiosk"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "param",
      "name": "siteCode"
    },
    "otherwisePublic": "Citizens take walk-in tickets from their phones without an account (rate limited per client); kiosks send their device token",
    "integrators": {
      "apiScope": "queue:write",
      "region": {
        "in": "param",
        "name": "code"
      }
    }
  },
  "GET /v1/regions/{code}/survey-form": {
    "kind": "public",
    "reason": "The questionnaire is public; with a ticket id or tracking code (the holder’s own keys) it also says whether that visit may answer"
  },
  "POST /v1/regions/{code}/survey-responses": {
    "kind": "device",
    "devices": [
      "kiosk"
    ],
    "region": {
      "in": "param",
      "name": "code"
    },
    "site": {
      "in": "body",
      "name": "siteCode"
    },
    "otherwisePublic": "A citizen answers for their own finished ticket or completed application (its id or code is their key; one response each); walk-ins only on a registered kiosk or tablet"
  },
  "GET /v1/regions/{code}/tickets/{ticketId}": {
    "kind": "public",
    "reason": "The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data"
  },
  "POST /v1/regions/{code}/tickets/{ticketId}/cancel": {
    "kind": "public",
    "reason": "The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data"
  },
  "GET /v1/regions/{code}/tickets/{ticketId}/events": {
    "kind": "public",
    "reason": "The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data"
  },
  "GET /v1/regions/{code}/tracking/{trackingCode}": {
    "kind": "public",
    "reason": "The tracking page shows the status, the service and the due date, nothing personal; codes are unguessable"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/details": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/documents": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number (X-Applicant-Phone) proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/documents/list": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/documents/{documentId}/download": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/resubmit": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/submit": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/tracking/{trackingCode}/withdraw": {
    "kind": "public",
    "reason": "The tracking code with the applicant’s phone number proves the caller is the applicant"
  },
  "POST /v1/regions/{code}/vehicle-tax/lookups": {
    "kind": "restricted",
    "roles": [
      "counter_officer",
      "agency_supervisor"
    ],
    "apiScope": "vehicle:read",
    "region": {
      "in": "param",
      "name": "code"
    }
  },
  "GET /v1/webhooks/subscriptions": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "webhooks:manage"
  },
  "POST /v1/webhooks/subscriptions": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "webhooks:manage"
  },
  "DELETE /v1/webhooks/subscriptions/{id}": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "webhooks:manage"
  },
  "GET /v1/webhooks/subscriptions/{id}/deliveries": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "webhooks:manage"
  },
  "POST /v1/webhooks/subscriptions/{id}/replays": {
    "kind": "restricted",
    "roles": [],
    "apiScope": "webhooks:manage"
  }
} as const;
