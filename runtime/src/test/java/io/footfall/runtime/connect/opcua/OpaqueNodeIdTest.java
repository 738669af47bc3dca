package io.footfall.runtime.connect.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.Test;

/**
 * The OPC-UA origin parses its node ids with Milo, which decodes opaque ({@code b=}) ids with
 * {@code javax.xml.bind.DatatypeConverter}: that API must stay on the class path next to the embedded
 * broker's JAXB 4 ({@code jakarta.xml.bind}), which took the Maven coordinates it used to come under.
 */
class OpaqueNodeIdTest {
    @Test
    void opaqueNodeIdsParseAndPrint() {
        NodeId id = NodeId.parseOrNull("ns=2;b=AQID");
        assertThat(id).isNotNull();
        assertThat(id.getIdentifier()).isEqualTo(ByteString.of(new byte[] {1, 2, 3}));
        assertThat(id.toParseableString()).isEqualTo("ns=2;b=AQID");
    }
}
