package org.scopeplus.cli.scope3plus;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scopeplus.core.scope3plus.Reversal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecosystem reverse --event ID --reason TEXT}: reverses a wrongly counted event, taking away
 * exactly what it added; recorded with its reason in the state's manifest.
 */
@Command(
    name = "reverse",
    mixinStandardHelpOptions = true,
    description = {
      "Reverse a wrongly counted event, once, with a reason.",
      "Its grams, points and account entry are taken away and its claim and daily-cap place",
      "freed; its id stays taken, so a redelivery is still refused as a duplicate."
    })
final class ReverseCommand implements Callable<Integer> {

  @Mixin StateOptions options;

  @Option(names = "--event", required = true, paramLabel = "ID", description = "The event id.")
  String event;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why the event was wrongly counted (kept with the reversal).")
  String reason;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (reason.isBlank()) {
      spec.commandLine().getErr().println("Give the reason of the reversal (--reason).");
      return 2;
    }
    Reversal r = options.open().reverse(event, reason.strip());
    if (r instanceof Reversal.Refused refused) {
      spec.commandLine()
          .getErr()
          .println("Not reversed: " + event + ": " + refused.why().sentence() + ".");
      return 1;
    }
    Reversal.Reversed done = (Reversal.Reversed) r;
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Reversed event "
            + event
            + ": "
            + done.event().grams()
            + " g CO2e and "
            + org.scopeplus.core.scope3plus.Points.text(done.event().points())
            + " points taken away ("
            + done.reason()
            + ").");
    out.flush();
    return 0;
  }
}
