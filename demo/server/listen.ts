import type { AppServer } from './app-server';

/** Loopback address every demo server binds to. */
export const HOST = '127.0.0.1';

/** Binds the server to HOST:port. Port 0 picks a free ephemeral port. Returns the bound port. */
export function listen(target: AppServer, port: number): Promise<number> {
  const { server, app } = target;
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} on ${HOST} is already in use, so the ${app.name} demo app cannot start. ` +
              'Stop the other process or choose other ports (for example --crm-port, ' +
              '--books-port and --scheduler-port, or port 0 for any free port).',
          ),
        );
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/** Stops accepting connections, ends open ones, including sockets held by timeout faults. */
export function close(target: AppServer): Promise<void> {
  for (const hold of target.heldSockets) {
    clearTimeout(hold.timer);
    hold.socket.destroy();
  }
  target.heldSockets.clear();
  if (!target.server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    target.server.close((error) => (error ? reject(error) : resolve()));
    target.server.closeAllConnections();
  });
}
