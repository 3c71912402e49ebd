/**
 * How publications reach people: the delivery outbox and log ({@code delivery}),
 * the services' Teams channels ({@code teams}), e-mail ({@code mail}) and the
 * public status page with its feeds ({@code statuspage}).
 */
package se.regionjh.reservrutin.publication;
