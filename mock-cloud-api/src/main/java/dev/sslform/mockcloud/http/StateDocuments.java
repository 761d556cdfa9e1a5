package dev.sslform.mockcloud.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sslform.mockcloud.core.StateSnapshot;
import dev.sslform.mockcloud.core.StateTransfer;

import java.io.IOException;

/**
 * The {@code /_mock/state} document as bytes, for other front ends of the same state (the
 * console's export and import buttons): the same writer and strict reader as the admin route.
 */
public final class StateDocuments {
    private StateDocuments() {
    }

    /** The snapshot as the JSON document {@code GET /_mock/state} answers, pretty-printed. */
    public static byte[] write(StateSnapshot s) {
        try {
            return Envelope.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(StateRoutes.write(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state document", e);
        }
    }

    /**
     * Reads and validates a document as {@code PUT /_mock/state} does; any problem is an
     * IllegalArgumentException whose message names it.
     */
    public static StateSnapshot read(byte[] document) {
        JsonNode node;
        try {
            node = Envelope.JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + String.valueOf(e.getMessage()).split("\n", 2)[0]);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the document must be a JSON object, as GET /_mock/state answers");
        }
        try {
            StateSnapshot s = StateRoutes.read(node);
            StateTransfer.validate(s);
            return s;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

}
