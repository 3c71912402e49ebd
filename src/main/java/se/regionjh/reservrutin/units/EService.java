package se.regionjh.reservrutin.units;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five 1177 e-services the routine covers; each has its own Teams channel.
 */
public enum EService {

	PERSONALVERKTYGET("personalverktyget", "1177 e-tjänster/personalverktyget"),
	STOD_OCH_BEHANDLING("stod-och-behandling", "1177 Stöd och behandling"),
	FORMULAR("formular", "1177 Formulär"),
	EGEN_PROVHANTERING("egen-provhantering", "1177 Egen provhantering"),
	JOURNALEN("journalen", "1177 Journalen");

	private final String id;

	private final String displayName;

	EService(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	public String id() {
		return this.id;
	}

	/** Swedish name as users know it. */
	public String displayName() {
		return this.displayName;
	}

	public static Optional<EService> byId(String id) {
		return Arrays.stream(values()).filter((s) -> s.id.equals(id)).findFirst();
	}

	public static EService require(String id) {
		return byId(id).orElseThrow(() -> new IllegalArgumentException("Okänd tjänst: '" + id + "'"));
	}

}
