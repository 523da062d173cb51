// The full set of simulated sources, configured from the environment (latency, failure rate).
// Tests pass their own network to make one source slow or down deterministically.
import type { Config } from '../../config/config';
import type { Database } from '../../db/database';
import { creditSimulator } from './credit.simulator';
import { householdSimulator } from './household.simulator';
import { identitySimulator } from './identity.simulator';
import { marriageSimulator } from './marriage.simulator';
import { propertySimulator } from './property.simulator';
import type { SharingAdapters } from './sharing-adapter';
import type { SimulatedNetwork } from './simulated-network';
import { socialSecuritySimulator } from './social-security.simulator';

export function networkFromConfig(config: Pick<Config, 'SHARING_SIM_LATENCY_MS' | 'SHARING_SIM_FAILURE_RATE'>): SimulatedNetwork {
  // Math.random is the demo's dice only; tests inject `draw`.
  return { latencyMs: config.SHARING_SIM_LATENCY_MS, failureRate: config.SHARING_SIM_FAILURE_RATE, draw: Math.random };
}

export function simulatedAdapters(database: Database, network: SimulatedNetwork): SharingAdapters {
  const db = database.db;
  return {
    identity: identitySimulator(db, network),
    household: householdSimulator(db, network),
    marriage: marriageSimulator(db, network),
    property: propertySimulator(db, network),
    credit: creditSimulator(db, network),
    social_security: socialSecuritySimulator(db, network),
  };
}
