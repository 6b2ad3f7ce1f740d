package io.mserve.launcher.secondary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A test-only secondary: listens on loopback at the port given, answers the kdb+ handshake with
 * capability 3 and keeps each connection open (reading and discarding) until its peer closes it.
 */
public final class TinySecondary {
    private TinySecondary() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("tiny secondary listening on :" + port + " as pid " + ProcessHandle.current().pid());
            System.out.flush();
            while (true) {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "tiny-" + socket.getPort());
                connection.setDaemon(true);
                connection.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            int b;
            while ((b = in.read()) > 0) {
                // The login and capability, up to the NUL.
            }
            if (b < 0) {
                return;
            }
            out.write(3);
            out.flush();
            byte[] discard = new byte[4096];
            while (in.read(discard) >= 0) {
                // Queries are not answered; the connection just stays open.
            }
        } catch (IOException e) {
            // The peer went away.
        }
    }
}
