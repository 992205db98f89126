/** The plugin's name: its key in Docusaurus' content and global data, and its folder under i18n/<locale>/. */
export const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';

/** What the plugin's own console messages and author errors start with. */
export const MESSAGE_PREFIX = '[innersource-sig]';
