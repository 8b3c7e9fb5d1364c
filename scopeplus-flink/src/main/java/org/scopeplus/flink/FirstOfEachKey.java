package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * A keyed stage that lets the first event of each key, in the order of {@link EventTimeOrdered}, go
 * on and turns every later one aside. What a key keeps of its first event is one value of keyed
 * state, named and typed by the stage.
 *
 * @param <S> what a key keeps of its first event
 */
abstract class FirstOfEachKey<S> extends EventTimeOrdered<ValidEvent> {

  private final String stateName;
  private final TypeInformation<S> stateType;
  private transient ValueState<S> kept;

  FirstOfEachKey(String stateName, TypeInformation<S> stateType) {
    this.stateName = stateName;
    this.stateType = stateType;
  }

  @Override
  public void open(OpenContext context) throws Exception {
    super.open(context);
    kept = getRuntimeContext().getState(new ValueStateDescriptor<>(stateName, stateType));
  }

  @Override
  final void decide(ValidEvent e, Context context, Collector<ValidEvent> out) throws Exception {
    if (kept.value() == null) {
      kept.update(first(e));
      out.collect(e);
    } else {
      later(e, context);
    }
  }

  /** Called for the first event of a key before it goes on; returns what the key keeps of it. */
  abstract S first(ValidEvent e);

  /** Turns aside a later event of a key. */
  abstract void later(ValidEvent e, Context context);
}
