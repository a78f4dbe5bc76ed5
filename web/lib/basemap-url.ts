/** Where the basemap's shapes are (a hashed file of the build), without the code that reads them. */
export { default as BASEMAP_URL } from 'world-atlas/countries-110m.json?url';
