import * as migration_20261123_193233_initial from './20261123_193233_initial';

export const migrations = [
  {
    up: migration_20261123_193233_initial.up,
    down: migration_20261123_193233_initial.down,
    name: '20261123_193233_initial'
  },
];
