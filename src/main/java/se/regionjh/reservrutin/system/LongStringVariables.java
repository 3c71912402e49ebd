package se.regionjh.reservrutin.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Lets a string variable be longer than the engine's string column (TEXT_,
 * 4,000 characters): such a string is stored as UTF-8 in the engine's
 * byte-array table under the type name {@value #NAME} and read back as an
 * ordinary string, in the runtime and in the history (ACT_HI_DETAIL, which
 * history level full writes for every update). Shorter strings keep the
 * engine's own serializer, so queries on them are unchanged.
 * <p>
 * This is what makes a long text typed into a Tasklist form safe: Camunda
 * Forms send every text as a plain value without a type, which the engine
 * would otherwise store as a string and fail on at commit (issue 12).
 */
@Component
class LongStringVariables extends AbstractProcessEnginePlugin {

	static final String NAME = "longString";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		serializers.add(new Serializer());
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		configuration.setCustomPreVariableSerializers(serializers);
		if (configuration.getHistoryEventProducer() == null) {
			configuration.setHistoryEventProducer(new FormHistory());
		}
	}

	/**
	 * History level full also records each submitted form field as text
	 * (ACT_HI_DETAIL TEXT_, 4,000 characters) beside the variable update
	 * that holds it in full. A longer field is recorded there shortened,
	 * ending in "…", instead of failing the submission. Built on the engine's
	 * own default producer (cache-aware: an activity that starts and ends in
	 * one transaction is recorded as ended).
	 */
	static final class FormHistory extends CacheAwareHistoryEventProducer {

		@Override
		public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
				String propertyValue, String taskId) {
			return super.createFormPropertyUpdateEvt(execution, propertyId, shortened(propertyValue), taskId);
		}

		static String shortened(String value) {
			if (value == null || value.length() <= ProcessValues.MAX_ENGINE_STRING) {
				return value;
			}
			int end = ProcessValues.MAX_ENGINE_STRING - 1;
			if (Character.isHighSurrogate(value.charAt(end - 1))) {
				end--;
			}
			return value.substring(0, end) + "…";
		}

	}

	static final class Serializer extends PrimitiveValueSerializer<StringValue> {

		Serializer() {
			super(ValueType.STRING);
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		protected boolean canWriteValue(TypedValue value) {
			return value != null && value.getValue() instanceof String text
					&& text.length() > ProcessValues.MAX_ENGINE_STRING;
		}

		@Override
		public StringValue convertToTypedValue(UntypedValueImpl untyped) {
			return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
		}

		@Override
		public void writeValue(StringValue value, ValueFields fields) {
			fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public StringValue readValue(ValueFields fields, boolean asTransientValue) {
			byte[] bytes = fields.getByteArrayValue();
			return Variables.stringValue((bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null,
					asTransientValue);
		}

	}

}
