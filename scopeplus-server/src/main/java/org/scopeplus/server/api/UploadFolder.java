package org.scopeplus.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder uploads are kept in while they are imported: {@code uploads} in the data folder,
 * shared with the servlet container's own multipart files ({@code
 * spring.servlet.multipart.location}). An upload's file is deleted when its request ends; files
 * left by a process that was killed (kill -9, power loss) are deleted when the service starts,
 * since a data folder belongs to one running service.
 */
@Component
public class UploadFolder {

  private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);

  /** Names of the files the service and the container write here. */
  static final String OWN_FILES = "{scopeplus-upload*.part,upload_*.tmp}";

  private final Path folder;

  UploadFolder(@Value("${scopeplus.data-dir:${user.home}/.scopeplus}") String dataDir) {
    this.folder = Path.of(dataDir).resolve("uploads").toAbsolutePath();
    try {
      Files.createDirectories(this.folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the upload folder " + this.folder, e);
    }
    int removed = removeLeftovers();
    if (removed > 0) {
      LOG.info("removed {} upload file(s) left in {} by an earlier run", removed, this.folder);
    }
  }

  /** The folder. */
  public Path path() {
    return folder;
  }

  /** A new empty file for one upload. */
  public Path newFile() throws IOException {
    return Files.createTempFile(folder, "scopeplus-upload", ".part");
  }

  /** Deletes an upload's file; nothing when it is null or gone. */
  public void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the uploaded file " + file, e);
    }
  }

  /** Deletes the upload files an earlier process left; answers how many. */
  int removeLeftovers() {
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, OWN_FILES)) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean the upload folder " + folder, e);
    }
    return removed;
  }
}
