// Serves a built site on 127.0.0.1 for browser and link tests, with the server `npm start` and the PDF printer use.
export { serve, type Served } from "../../scripts/site-server.ts";
