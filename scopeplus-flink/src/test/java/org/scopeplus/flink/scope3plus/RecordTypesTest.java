package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/**
 * What travels between stages and sits in state is serialized by Flink's POJO serializer, not Kryo.
 */
class RecordTypesTest {

  @Test
  void eventsVerdictsAndResultLinesAreFlinkPojos() {
    assertThat(TypeInformation.of(ValidEvent.class)).isInstanceOf(PojoTypeInfo.class);
    assertThat(TypeInformation.of(Outcome.class)).isInstanceOf(PojoTypeInfo.class);
    assertThat(TypeInformation.of(ResultLine.class)).isInstanceOf(PojoTypeInfo.class);
    assertThat(TypeInformation.of(ValidEvent.class).getArity()).isEqualTo(13);
  }
}
