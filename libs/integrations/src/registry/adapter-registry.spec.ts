import type { AdapterDefinition } from './adapter.types';
import { createAdapterRegistry } from './adapter-registry.factory';

describe('adapter registry', () => {
  it('knows the built-in adapters by name, for deployment validation', () => {
    expect([...createAdapterRegistry().names()].sort()).toEqual([
      'dukcapil-http',
      'dukcapil-simulator',
      'lapor-http',
      'lapor-simulator',
      'oss-http',
      'oss-simulator',
      'samsat-jabar-http',
      'samsat-simulator',
    ]);
  });

  it('knows each adapter’s system', () => {
    expect(createAdapterRegistry().systems().get('samsat-simulator')).toBe('vehicleTax');
  });

  it('takes a province’s own adapter, and refuses a name used twice', () => {
    const jatim: AdapterDefinition<'vehicleTax'> = {
      name: 'samsat-jatim-http',
      system: 'vehicleTax',
      create: () => ({ findVehicle: async () => undefined }),
    };
    const registry = createAdapterRegistry([jatim]);
    expect(registry.get('samsat-jatim-http')?.system).toBe('vehicleTax');
    expect(() => registry.register(jatim)).toThrow('registered twice');
  });
});
