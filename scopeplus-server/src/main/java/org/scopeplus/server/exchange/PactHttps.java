package org.scopeplus.server.exchange;

import java.nio.file.Path;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * A second connector, HTTPS only, for the PACT actions ({@code scopeplus.pact.port}, 8443 by
 * default; 0 picks a free port): the PACT specification says a host system offers its actions over
 * HTTPS only. The PACT paths refuse requests that did not come through it ({@link PactGate}), and a
 * plain-HTTP request to this port is refused by the TLS handshake.
 */
@Component
public class PactHttps
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
        ApplicationListener<WebServerInitializedEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(PactHttps.class);

  private final int port;
  private final PactTls tls;
  private volatile int localPort = -1;

  PactHttps(
      @Value("${scopeplus.pact.port:8443}") int port,
      @Value("${scopeplus.pact.keystore:}") String keystore,
      @Value("${scopeplus.pact.keystore-password:}") String password,
      @Value("${scopeplus.pact.host-name:localhost}") String hostName,
      @Value("${scopeplus.data-dir:${user.home}/.scopeplus}") String dataDir) {
    this.port = port;
    this.tls = PactTls.open(keystore, password, Path.of(dataDir), hostName);
    if (tls.selfSigned()) {
      LOG.warn(
          "PACT HTTPS uses a self-signed certificate made for development ({}); set"
              + " scopeplus.pact.keystore for production. Its SHA-256 fingerprint: {}",
          tls.path(),
          tls.colonFingerprint());
    } else {
      LOG.info("PACT HTTPS certificate SHA-256 fingerprint: {}", tls.colonFingerprint());
    }
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    Connector connector = new Connector(Http11NioProtocol.class.getName());
    connector.setPort(port);
    connector.setScheme("https");
    connector.setSecure(true);
    Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
    protocol.setSSLEnabled(true);
    SSLHostConfig host = new SSLHostConfig();
    host.setProtocols("TLSv1.2+TLSv1.3");
    SSLHostConfigCertificate cert =
        new SSLHostConfigCertificate(host, SSLHostConfigCertificate.Type.UNDEFINED);
    cert.setCertificateKeystoreFile(tls.path().toAbsolutePath().toString());
    cert.setCertificateKeystorePassword(tls.password());
    cert.setCertificateKeystoreType("PKCS12");
    host.addCertificate(cert);
    connector.addSslHostConfig(host);
    factory.addAdditionalConnectors(connector);
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getWebServer() instanceof TomcatWebServer tomcat) {
      for (Connector c : tomcat.getTomcat().getService().findConnectors()) {
        if (c.getSecure()) {
          localPort = c.getLocalPort();
          LOG.info("PACT endpoints at https://localhost:{}/3/footprints", localPort);
        }
      }
    }
  }

  /** The port the HTTPS connector listens on, once started. */
  public int port() {
    return localPort;
  }

  /** The certificate's SHA-256, lower-case hex. */
  public String certificateSha256() {
    return tls.sha256();
  }

  /** The key store (for tests and tools that trust this certificate). */
  public PactTls tls() {
    return tls;
  }
}
