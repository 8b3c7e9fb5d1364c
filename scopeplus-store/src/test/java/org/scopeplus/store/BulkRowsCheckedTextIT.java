package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.text.PlainText;

/**
 * {@link BulkRows#checkedText} reads a value once for three purposes; each must give what the
 * separate steps give: the index {@link PlainText#firstRefused} answers, the value stored exactly
 * (COPY's escapes on PostgreSQL), and the same hash as {@link FieldDigest#add(String)} of the
 * value. A row dropped for refused text leaves nothing behind. Random text of ASCII, COPY's special
 * characters, other control characters, the undecodable mark, Chinese and emoji, on H2 and
 * PostgreSQL.
 */
class BulkRowsCheckedTextIT {

  @TempDir Path dir;

  private static String randomText(SplittableRandom random) {
    char[] chars = new char[random.nextInt(14)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] =
          switch (random.nextInt(12)) {
            case 0 -> "\\\t\n\r".charAt(random.nextInt(4));
            case 1 -> random.nextInt(10) == 0 ? (char) random.nextInt(0x20) : 'x';
            case 2 -> random.nextInt(10) == 0 ? PlainText.UNDECODABLE : 'y';
            case 3 -> (char) random.nextInt(0x80, 0x800);
            case 4 -> (char) random.nextInt(0x4E00, 0x9FFF);
            default -> (char) random.nextInt(0x20, 0x7F);
          };
    }
    String text = new String(chars);
    // now and then an emoji, a surrogate pair: four UTF-8 bytes for two characters
    return random.nextInt(10) == 0 ? text + "\uD83C\uDF0F" + text : text;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void oneReadChecksStoresAndHashesAsTheSeparateSteps(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      SplittableRandom random = new SplittableRandom(11);
      List<String> plain = new ArrayList<>();
      FieldDigest fused = new FieldDigest();
      FieldDigest separate = new FieldDigest();
      int[] refusedRows = new int[1];
      db.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("CREATE TABLE checked_text (n INTEGER PRIMARY KEY, v VARCHAR(100))");
            }
            try (BulkRows rows = BulkRows.streamingInto(c, "checked_text", List.of("n", "v"))) {
              for (int n = 0; n < 20_000; n++) {
                String text = randomText(random);
                rows.number(n);
                int refused = rows.checkedText(text, fused);
                separate.add(text);
                assertThat(refused).as(text).isEqualTo(PlainText.firstRefused(text));
                if (refused >= 0) {
                  rows.dropRow();
                  refusedRows[0]++;
                } else {
                  rows.endRow();
                  plain.add(text);
                }
              }
              rows.flush();
            }
            return null;
          });
      assertThat(refusedRows[0]).as("rows refused").isBetween(500, 10_000);
      assertThat(fused.hex()).isEqualTo(separate.hex());
      List<String> stored =
          db.inTransaction(
              c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT v FROM checked_text ORDER BY n");
                    ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getString(1));
                  }
                }
                return out;
              });
      assertThat(stored).isEqualTo(plain);
    } finally {
      TestDatabases.drop(settings);
    }
  }
}
