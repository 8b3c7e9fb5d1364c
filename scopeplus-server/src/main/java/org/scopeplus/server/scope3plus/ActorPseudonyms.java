package org.scopeplus.server.scope3plus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * What the audit trail keeps of a Scope 3+ actor id: HMAC-SHA256 (hex) of the id under a secret key
 * of the tenant, so that the trail alone gives no id back, even one drawn from a small set, and
 * entries of two tenants cannot be matched. Each tenant's key is 32 random bytes made on first use
 * and kept in the tenant's ledger folder ({@value #KEY_FILE}, readable by the service's user only);
 * it is never logged nor answered by the API. Whoever holds the key and an actor id can check that
 * the id was erased.
 */
@Component
class ActorPseudonyms {

  /** The key's file in a tenant's ledger folder. */
  static final String KEY_FILE = "actor-pseudonym.key";

  private static final int KEY_BYTES = 32;

  private final TenantLedgers ledgers;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  ActorPseudonyms(TenantLedgers ledgers) {
    this.ledgers = ledgers;
  }

  /** The pseudonym of {@code actor} in {@code tenantId}'s audit trail. */
  String of(String tenantId, String actor) {
    byte[] key = keys.computeIfAbsent(tenantId, this::key);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(actor.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** The tenant's key: read from its ledger folder, or made and written there atomically once. */
  private byte[] key(String tenantId) {
    Path folder = ledgers.folderOf(tenantId);
    Path file = folder.resolve(KEY_FILE);
    try {
      if (Files.exists(file)) {
        byte[] key = Files.readAllBytes(file);
        if (key.length != KEY_BYTES) {
          throw new IOException("the actor pseudonym key of tenant " + tenantId + " is damaged");
        }
        return key;
      }
      Files.createDirectories(folder);
      byte[] key = new byte[KEY_BYTES];
      random.nextBytes(key);
      Path tmp = folder.resolve(KEY_FILE + ".tmp");
      Files.deleteIfExists(tmp);
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(key));
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the ledger folder must support atomic rename: " + folder, e);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or make the actor pseudonym key of tenant " + tenantId, e);
    }
  }
}
