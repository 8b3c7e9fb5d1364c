package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFolderTest {

  @TempDir Path data;

  @Test
  void uploadFilesLeftByAKilledProcessAreRemovedAtStart() throws IOException {
    Path uploads = Files.createDirectories(data.resolve("uploads"));
    Path ours = Files.writeString(uploads.resolve("scopeplus-upload8123456.part"), "a,b\n");
    Path containers = Files.writeString(uploads.resolve("upload_1f2e_00000001.tmp"), "--b\n");
    Path other = Files.writeString(uploads.resolve("notes.txt"), "not an upload");
    Path outside = Files.writeString(data.resolve("scopeplus-upload1.part"), "outside");

    UploadFolder folder = new UploadFolder(data.toString());

    assertThat(folder.path()).isEqualTo(uploads.toAbsolutePath());
    assertThat(ours).doesNotExist();
    assertThat(containers).doesNotExist();
    assertThat(other).exists();
    assertThat(outside).exists();
  }

  @Test
  void theFolderIsMadeWhenMissingAndAnUploadFileIsDeletedAfterUse() throws IOException {
    UploadFolder folder = new UploadFolder(data.resolve("fresh").toString());
    Path file = folder.newFile();
    assertThat(file.getParent())
        .isEqualTo(data.resolve("fresh").resolve("uploads").toAbsolutePath());
    assertThat(file.getFileName().toString()).startsWith("scopeplus-upload").endsWith(".part");
    folder.delete(file);
    assertThat(file).doesNotExist();
    folder.delete(file);
    folder.delete(null);
    assertThat(folder.removeLeftovers()).isZero();
  }
}
