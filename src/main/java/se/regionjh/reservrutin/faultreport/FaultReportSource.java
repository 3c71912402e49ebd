package se.regionjh.reservrutin.faultreport;

/** The channel a fault report came through (R10). */
public enum FaultReportSource {

	TASKLIST, API, MAILBOX, TEAMS

}
