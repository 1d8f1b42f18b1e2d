/** One external system's simulated contract: routes it answers, with deterministic data. */
export interface SimulatedAnswer {
  status: number;
  body: unknown;
}

export interface SimulatorRoute {
  /** The system, for request counts: `dukcapil`, `oss`, `samsat`. */
  system: string;
  /** Whether this route answers a POST (or, for a route that says so, a GET) to `path`. */
  matches(path: string): boolean;
  /** The methods it answers: POST unless it says otherwise. */
  methods?: readonly ('GET' | 'POST')[];
  /** `state` lives as long as the server (cleared by reset): what a stateful system remembers between calls. */
  answer(body: unknown, headers: Record<string, string | string[] | undefined>, path: string, state: Map<string, unknown>): SimulatedAnswer;
}

/** Credentials the simulators accept; the simulator adapters send them. Test data, not secrets. */
export const SIMULATOR_CREDENTIALS = {
  dukcapil: { consumer: 'mpp-simulator', userId: 'simulator', password: 'simulator-password', ipUser: '127.0.0.1' },
  oss: { userKey: 'simulator-user-key' },
  samsat: { apiKey: 'simulator-api-key' },
  lapor: { secret: 'simulator-lapor-secret', token: '00000000-0000-4000-8000-000000000000' },
} as const;
