package io.mserve.launcher.secondary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A test-only secondary: listens on loopback at the port given, answers the kdb+ handshake with
 * capability 3, answers every sync message with its pid (as q answers {@code .z.i}; little-endian
 * messages only) and keeps each connection open until its peer closes it.
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
            int pid = (int) ProcessHandle.current().pid();
            byte[] header;
            while ((header = in.readNBytes(8)).length == 8) {
                int length = (header[4] & 0xff) | (header[5] & 0xff) << 8 | (header[6] & 0xff) << 16 | (header[7] & 0xff) << 24;
                in.skipNBytes(length - 8);
                if (header[1] == 1) {
                    out.write(new byte[] {1, 2, 0, 0, 13, 0, 0, 0, -6,
                        (byte) pid, (byte) (pid >>> 8), (byte) (pid >>> 16), (byte) (pid >>> 24)});
                    out.flush();
                }
            }
        } catch (IOException e) {
            // The peer went away.
        }
    }
}
