export * from './notifications/citizen-notifications';
