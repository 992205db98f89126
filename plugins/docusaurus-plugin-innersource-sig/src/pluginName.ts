/** The plugin's name: its key in Docusaurus' content and global data, and its folder under i18n/<locale>/. */
export const PLUGIN_NAME = 'docusaurus-plugin-innersource-sig';
