import type { AdapterDefinition, IntegrationSystem } from './adapter.types';

export class AdapterRegistry {
  private readonly definitions = new Map<string, AdapterDefinition>();

  constructor(definitions: AdapterDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: AdapterDefinition): this {
    if (!/^[a-z0-9-]+$/.test(definition.name))
      throw new Error(`adapter name "${definition.name}": lowercase letters, digits and dashes only`);
    if (this.definitions.has(definition.name)) throw new Error(`adapter "${definition.name}" is registered twice`);
    this.definitions.set(definition.name, definition);
    return this;
  }

  get(name: string): AdapterDefinition | undefined {
    return this.definitions.get(name);
  }

  /** For deployment validation: a file naming another adapter is refused. */
  names(): ReadonlySet<string> {
    return new Set(this.definitions.keys());
  }

  /** Each adapter's system, for deployment validation: an adapter named for another system is refused too. */
  systems(): ReadonlyMap<string, IntegrationSystem> {
    return new Map([...this.definitions.values()].map((definition) => [definition.name, definition.system]));
  }
}
