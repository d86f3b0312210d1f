package nl.regioportal.governance.domain;

import java.time.LocalDate;

/**
 * A person holding a seat for a period, as submitted.
 *
 * @param username the person's portal user name, if they have one
 * @param endDate the last day of the term; {@code null}: open-ended
 */
public record TermDraft(
    String personName, String email, String username, LocalDate startDate, LocalDate endDate) {}
