package se.regionjh.reservrutin.publication.statuspage;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The status page ("Driftinformation").
 *
 * @param recentDays how many days a resolved or cancelled outage stays on the page
 * @param refreshInterval how often the snapshot is rebuilt even without a change on
 * this node (picks up other nodes' changes, and the database coming back)
 * @param maxOutages upper bound on outages read per rebuild and group (open, ended)
 * @param staleAfterIntervals the snapshot is marked stale when no rebuild has succeeded
 * for this many refresh intervals (a database that hangs instead of failing)
 * @param queryTimeout the longest a rebuild's queries may take (its transaction's
 * timeout), and about how long a caller waits for a rebuild
 */
@Validated
@ConfigurationProperties("reservrutin.status-page")
public record StatusPageProperties(@DefaultValue("7") @Min(0) @Max(365) int recentDays,
		@DefaultValue("PT30S") @NotNull Duration refreshInterval, @DefaultValue("200") @Min(1) int maxOutages,
		@DefaultValue("2") @Min(1) int staleAfterIntervals, @DefaultValue("PT10S") @NotNull Duration queryTimeout) {

}
