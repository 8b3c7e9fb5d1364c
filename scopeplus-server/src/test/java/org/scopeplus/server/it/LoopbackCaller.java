package org.scopeplus.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Plain HTTP/1.1 GETs to the service from an address of its own in 127.0.0.0/8, so the login
 * throttle's count per address starts empty for the test that uses it, whatever other tests sent
 * from 127.0.0.1.
 */
final class LoopbackCaller {

  private final int port;
  private final InetAddress from;

  private LoopbackCaller(int port, InetAddress from) {
    this.port = port;
    this.from = from;
  }

  /** A caller from a random loopback address other than 127.0.0.1. */
  static LoopbackCaller fresh(int port) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    byte[] a = {127, (byte) r.nextInt(1, 255), (byte) r.nextInt(1, 255), (byte) r.nextInt(2, 255)};
    try {
      return new LoopbackCaller(port, InetAddress.getByAddress(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status of a GET with this Authorization header. */
  int get(String path, String authorization) {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(from, 0));
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nAuthorization: "
                  + authorization
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        line.append((char) b);
      }
      String[] parts = line.toString().split(" ");
      return Integer.parseInt(parts[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
