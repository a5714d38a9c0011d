package org.persona4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

    @Test
    void writesFieldsInOrderWithJsonEscapesAndReplacesAFieldInPlace() {
        JsonObject o = new JsonObject().put("b", "x\"\n\u0001").put("a", 1).put("n", (String) null);
        o.put("b", "again");
        assertEquals("{\"b\":\"again\",\"a\":1,\"n\":null}", o.write());
        assertEquals(
                "{\"s\":\"x\\\"\\n\\u0001\"}",
                new JsonObject().put("s", "x\"\n\u0001").write());
    }

    @Test
    void valuesAsYamlGivesThemBecomeTheirJsonAsJacksonWroteThem() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("list", List.of(1, 2.5, true));
        yaml.put("date", new Date(86_400_000L));
        yaml.put("big", new BigDecimal("1.10"));
        yaml.put("atomic", new AtomicLong(7));
        yaml.put("ints", new int[] {1, 2});
        yaml.put("bytes", new byte[] {1, 2, 3});
        yaml.put("nested", Map.of("k", "v"));
        assertEquals(
                "{\"v\":{\"list\":[1,2.5,true],\"date\":86400000,\"big\":1.10,\"atomic\":7,\"ints\":[1,2],"
                        + "\"bytes\":\"AQID\",\"nested\":{\"k\":\"v\"}}}",
                new JsonObject().putValue("v", yaml).write());
    }

    @Test
    void argumentsKeepStringFieldsAndTellNotJsonFromNotAnObject() {
        JsonArguments a = JsonArguments.parse("{\"name\": \"x\", \"deep\": {\"a\": [1, {\"b\": 2}]}, \"n\": 3}");
        assertEquals(null, a.problem());
        assertEquals("x", a.text("name"));
        assertEquals(null, a.text("n"), "a number is not a string");
        assertEquals(
                JsonArguments.Problem.NOT_AN_OBJECT,
                JsonArguments.parse("[1, 2]").problem());
        assertEquals(
                JsonArguments.Problem.NOT_JSON, JsonArguments.parse("{\"a\": ").problem());
        assertEquals(null, JsonArguments.parse("  ").problem(), "blank is no arguments");
    }
}
