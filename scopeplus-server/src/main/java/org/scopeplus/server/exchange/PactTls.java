package org.scopeplus.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The key store of the PACT HTTPS connector: the one configured ({@code scopeplus.pact.keystore},
 * PKCS#12), or else a self-signed certificate made once with the JDK's keytool and kept in the data
 * folder ({@code pact-tls.p12}, its password beside it, both readable by the owner only), for the
 * demo and for development. The SHA-256 fingerprint of the certificate is what a partner pins.
 *
 * @param path the PKCS#12 file
 * @param password its password
 * @param selfSigned true when it was made here
 * @param sha256 the SHA-256 of the certificate, lower-case hex
 */
public record PactTls(Path path, String password, boolean selfSigned, String sha256) {

  /** The configured key store, or the self-signed one of the data folder, made if missing. */
  static PactTls open(String keystore, String password, Path dataDir, String hostName) {
    try {
      if (keystore != null && !keystore.isBlank()) {
        Path p = Path.of(keystore);
        return new PactTls(p, password, false, fingerprint(p, password));
      }
      Files.createDirectories(dataDir);
      Path p = dataDir.resolve("pact-tls.p12");
      Path pw = dataDir.resolve("pact-tls.password");
      if (!Files.exists(p) || !Files.exists(pw)) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        // hex, not URL-safe Base64: a password that began with '-' was read by keytool as an option
        String secret = java.util.HexFormat.of().formatHex(random);
        Files.deleteIfExists(p);
        generate(p, secret, hostName);
        Files.writeString(pw, secret, StandardCharsets.UTF_8);
        ownerOnly(pw);
        ownerOnly(p);
      }
      String secret = Files.readString(pw, StandardCharsets.UTF_8).strip();
      return new PactTls(p, secret, true, fingerprint(p, secret));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the PACT key store: " + e.getMessage(), e);
    }
  }

  private static void ownerOnly(Path p) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
  }

  private static void generate(Path p, String secret, String hostName) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command =
        List.of(
            keytool.toString(),
            "-genkeypair",
            "-alias",
            "pact",
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-dname",
            "CN=" + hostName + ", O=ScopePlus development",
            "-ext",
            "SAN=dns:" + hostName + ",dns:localhost,ip:127.0.0.1",
            "-validity",
            "825",
            "-storetype",
            "PKCS12",
            "-keystore",
            p.toString(),
            "-storepass",
            secret,
            "-keypass",
            secret);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool could not make a self-signed certificate: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making a self-signed certificate", e);
    }
  }

  /** The SHA-256 of the key store's first certificate, lower-case hex. */
  static String fingerprint(Path p, String password) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p)) {
      ks.load(in, password.toCharArray());
    }
    Enumeration<String> aliases = ks.aliases();
    while (aliases.hasMoreElements()) {
      Certificate cert = ks.getCertificate(aliases.nextElement());
      if (cert != null) {
        return sha256(cert);
      }
    }
    throw new GeneralSecurityException("the key store " + p + " holds no certificate");
  }

  /** The SHA-256 of a certificate's encoding, lower-case hex. */
  static String sha256(Certificate cert) throws GeneralSecurityException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
  }

  /** The fingerprint as keytool and browsers print it: upper-case hex pairs with colons. */
  public String colonFingerprint() {
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(sha256));
  }
}
