import * as migration_20261123_193233_initial from './20261123_193233_initial';
import * as migration_20261123_195000_search from './20261123_195000_search';
import * as migration_20261123_195309_feedback from './20261123_195309_feedback';
import * as migration_20261123_200936_topic_image from './20261123_200936_topic_image';
import * as migration_20261123_202333_navigation from './20261123_202333_navigation';
import * as migration_20261123_212526_translation_status from './20261123_212526_translation_status';
import * as migration_20261123_221556_campaigns from './20261123_221556_campaigns';
import * as migration_20261130_042850_media_storage_fields from './20261130_042850_media_storage_fields';
import * as migration_20261130_042904_interface_strings from './20261130_042904_interface_strings';
import * as migration_20261130_043048_translation_states_everywhere from './20261130_043048_translation_states_everywhere';
import * as migration_20261130_072612_events from './20261130_072612_events';
import * as migration_20261130_072734_films from './20261130_072734_films';
import * as migration_20261130_074809_page_views from './20261130_074809_page_views';
import * as migration_20261202_000457_open_on_holidays from './20261202_000457_open_on_holidays';

export const migrations = [
  {
    up: migration_20261123_193233_initial.up,
    down: migration_20261123_193233_initial.down,
    name: '20261123_193233_initial',
  },
  {
    up: migration_20261123_195000_search.up,
    down: migration_20261123_195000_search.down,
    name: '20261123_195000_search',
  },
  {
    up: migration_20261123_195309_feedback.up,
    down: migration_20261123_195309_feedback.down,
    name: '20261123_195309_feedback',
  },
  {
    up: migration_20261123_200936_topic_image.up,
    down: migration_20261123_200936_topic_image.down,
    name: '20261123_200936_topic_image',
  },
  {
    up: migration_20261123_202333_navigation.up,
    down: migration_20261123_202333_navigation.down,
    name: '20261123_202333_navigation',
  },
  {
    up: migration_20261123_212526_translation_status.up,
    down: migration_20261123_212526_translation_status.down,
    name: '20261123_212526_translation_status',
  },
  {
    up: migration_20261123_221556_campaigns.up,
    down: migration_20261123_221556_campaigns.down,
    name: '20261123_221556_campaigns',
  },
  {
    up: migration_20261130_042850_media_storage_fields.up,
    down: migration_20261130_042850_media_storage_fields.down,
    name: '20261130_042850_media_storage_fields',
  },
  {
    up: migration_20261130_042904_interface_strings.up,
    down: migration_20261130_042904_interface_strings.down,
    name: '20261130_042904_interface_strings',
  },
  {
    up: migration_20261130_043048_translation_states_everywhere.up,
    down: migration_20261130_043048_translation_states_everywhere.down,
    name: '20261130_043048_translation_states_everywhere',
  },
  {
    up: migration_20261130_072612_events.up,
    down: migration_20261130_072612_events.down,
    name: '20261130_072612_events',
  },
  {
    up: migration_20261130_072734_films.up,
    down: migration_20261130_072734_films.down,
    name: '20261130_072734_films',
  },
  {
    up: migration_20261130_074809_page_views.up,
    down: migration_20261130_074809_page_views.down,
    name: '20261130_074809_page_views',
  },
  {
    up: migration_20261202_000457_open_on_holidays.up,
    down: migration_20261202_000457_open_on_holidays.down,
    name: '20261202_000457_open_on_holidays'
  },
];
