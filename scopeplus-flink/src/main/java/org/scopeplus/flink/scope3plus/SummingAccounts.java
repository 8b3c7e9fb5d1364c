package org.scopeplus.flink.scope3plus;

/**
 * Keyed by actor: sums the grams, points and events of the actor's counted events with exact long
 * addition and emits the account when the input ends, as the embedded ledger's account.
 */
final class SummingAccounts extends SummingToTheEnd<ValidEvent> {

  SummingAccounts() {
    super("account");
  }

  @Override
  ResultLine start(ValidEvent e) {
    return ResultLine.account(e.actor, 0, 0, 0);
  }

  @Override
  void add(ResultLine account, ValidEvent e) {
    account.grams = Math.addExact(account.grams, e.grams);
    account.points = Math.addExact(account.points, e.points);
    account.events = Math.addExact(account.events, 1);
  }
}
