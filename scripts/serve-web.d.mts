import type { Server } from 'node:http';

/** Starts the static server of the built renderer on 127.0.0.1 (port 0: any free port). */
export function startWebServer(port?: number): Promise<Server>;
