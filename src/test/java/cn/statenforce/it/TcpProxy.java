package cn.statenforce.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1:{@code port} in front of the database, which the test can cut: {@link #cut()} closes
 * every open connection and stops listening (a client then gets "connection refused", as from a stopped server);
 * {@link #restore()} listens again. The application under test only ever sees the proxy's port.
 */
final class TcpProxy implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private final AtomicInteger accepted = new AtomicInteger();

	private volatile ServerSocket server;

	TcpProxy(int port, String targetHost, int targetPort) throws IOException {
		this.port = port;
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		restore();
	}

	int port() {
		return port;
	}

	int connectionsAccepted() {
		return accepted.get();
	}

	synchronized void restore() throws IOException {
		if (server != null) {
			return;
		}
		ServerSocket s = new ServerSocket();
		s.setReuseAddress(true);
		s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		server = s;
		Thread t = new Thread(() -> accept(s), "tcp-proxy-accept-" + port);
		t.setDaemon(true);
		t.start();
	}

	/** The database "stops": no new connection, every open one broken. */
	synchronized void cut() throws IOException {
		if (server != null) {
			server.close();
			server = null;
		}
		for (Socket s : open) {
			close(s);
		}
		open.clear();
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept(ServerSocket s) {
		while (!s.isClosed()) {
			try {
				Socket client = s.accept();
				Socket upstream = new Socket(targetHost, targetPort);
				accepted.incrementAndGet();
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException closed) {
				// the listening socket was closed by cut(), or the target refused: the client sees a closed socket
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread t = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException broken) {
				// either side closed
			}
			finally {
				close(from);
				close(to);
				open.remove(from);
				open.remove(to);
			}
		}, "tcp-proxy-pump");
		t.setDaemon(true);
		t.start();
	}

	private static void close(Socket s) {
		try {
			s.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

}
