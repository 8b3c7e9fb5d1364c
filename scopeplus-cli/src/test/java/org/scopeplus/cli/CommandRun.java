package org.scopeplus.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One run of the {@code scopeplus} command in this JVM, with what it printed.
 *
 * @param exit the exit code
 * @param out standard output (and picocli's own output)
 * @param err standard error
 */
public record CommandRun(int exit, String out, String err) {

  /** Runs the command line with these arguments, capturing its output. */
  public static CommandRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter picoOut = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = ScopePlusCommand.commandLine();
      cl.setOut(new PrintWriter(picoOut, true));
      int exit = cl.execute(args);
      return new CommandRun(
          exit,
          out.toString(StandardCharsets.UTF_8) + picoOut,
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
