// Ports and adapters for the systems outside the platform (OSS RBA, Dukcapil, Samsat) arrive
// with the integrations issue; the library exists now so its boundary is enforced from the start.
export {};
