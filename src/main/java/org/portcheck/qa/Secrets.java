package org.portcheck.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The PIN and SSN digits typed in a case's order, kept only to mask them in anything the runner prints or writes,
 * in case the service ever let one slip into an error or evidence detail. The response masks them already.
 */
final class Secrets {

    static final String MASK = "••••";
    private static final Set<String> FIELDS = Set.of("pin", "ssnLast4", "ssn");
    /** Shorter values would mask unrelated digits (page numbers, codes) and cannot identify anyone. */
    private static final int MIN_LENGTH = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    static Secrets none() {
        return new Secrets(List.of());
    }

    static Secrets ofOrder(byte[] orderJson) {
        if (orderJson == null) {
            return none();
        }
        List<String> found = new ArrayList<>();
        try {
            collect(JSON.readTree(orderJson), found);
        } catch (IOException e) {
            // an order that is not JSON is the server's to refuse; nothing typed can be picked out of it
        }
        return new Secrets(found);
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node == null) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            if (FIELDS.contains(e.getKey()) && e.getValue().isValueNode()) {
                String v = e.getValue().asText().strip();
                if (v.length() >= MIN_LENGTH) {
                    found.add(v);
                }
            } else {
                collect(e.getValue(), found);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        }
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String v : values) {
            out = out.replace(v, MASK);
        }
        return out;
    }
}
