// A static file server on 127.0.0.1 for browser and link tests: the one the PDF printer uses.
export { serve, type Served } from "../../scripts/static-server.ts";
