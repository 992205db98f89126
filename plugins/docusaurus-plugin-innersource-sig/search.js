// The search theme: `themes: ['docusaurus-plugin-innersource-sig/search']` (see README.md, "Search").
module.exports = require('./lib/search/index.js');
