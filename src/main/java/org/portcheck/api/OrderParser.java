package org.portcheck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.stream.Collectors;
import org.portcheck.api.problem.ApiException;
import org.portcheck.extract.Order;

/** The order part: a JSON object whose fields have the right types and enum values; unknown fields are ignored. */
public final class OrderParser {

    private static final ObjectMapper MAPPER = strictMapper();

    private OrderParser() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper m = new ObjectMapper();
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        m.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        // A number or a boolean where a string belongs is the wrong type, not something to convert silently.
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }

    public static Order parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the order part is not valid JSON").forPart("order");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the order part must be a JSON object").forPart("order");
        }
        try {
            return MAPPER.treeToValue(node, Order.class);
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("order field '" + path(e) + "' has a value that is not allowed"
                    + (e.getTargetType() != null && e.getTargetType().isEnum() ? ": expected one of "
                    + java.util.Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) : "")).forPart("order");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("order field '" + path(e) + "' has the wrong type").forPart("order");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("the order part cannot be read as an order").forPart("order");
        }
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
