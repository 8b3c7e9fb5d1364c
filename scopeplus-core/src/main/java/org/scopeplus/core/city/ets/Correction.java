package org.scopeplus.core.city.ets;

import java.util.Optional;

/**
 * A correction of the journal: the entry reversing a wrong entry, and the corrected entry posted in
 * its place when a corrected quantity is given. Entries are never changed in place.
 */
public record Correction(JournalEntry reversal, Optional<JournalEntry> corrected) {}
