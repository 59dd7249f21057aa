package cn.statenforce.penalty;

import java.time.LocalDate;

import cn.statenforce.directory.PartyType;

/**
 * The facts the discretion benchmark needs, as found by the investigation.
 *
 * @param firstOffence no earlier statistics violation of the party on record (初次违法)
 * @param correctedInTime the party corrected the violation promptly (及时改正), e.g. within the time set by an order
 * to correct
 * @param conductDate the date of the act, or of its end if it continued; selects the 2009 or the 2024 law
 */
public record DiscretionInput(ViolationType violationType, PartyType partyType, Circumstance circumstance,
		boolean firstOffence, boolean correctedInTime, LocalDate conductDate) {
}
