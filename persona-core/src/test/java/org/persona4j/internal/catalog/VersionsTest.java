package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void semanticVersionsOrderNumericallyWithPreReleasesBelowReleases() {
        List<String> versions = new ArrayList<>(
                Arrays.asList("1.10.0", "1.9.0", null, "2.0.0-rc.1", "2.0.0", "2.0.0-beta", "v1.2", "draft", "1.0.0"));
        versions.sort(Versions.ORDER);
        assertEquals(
                Arrays.asList(null, "draft", "1.0.0", "v1.2", "1.9.0", "1.10.0", "2.0.0-beta", "2.0.0-rc.1", "2.0.0"),
                versions);
    }

    @Test
    void hugeNumbersOrderAsNumbersAndTheOrderIsTotal() {
        String big = "1" + "0".repeat(30) + ".0.0";
        List<String> versions = new ArrayList<>(Arrays.asList(
                big,
                "99999999999999999999.0.0",
                "2.0.0",
                "1.0.0-rc.99999999999999999999",
                "1.0.0-rc.100000000000000000000",
                "zz-top",
                "1.0.0+b",
                "1.0.0+a"));
        versions.sort(Versions.ORDER);
        assertEquals(
                Arrays.asList(
                        "zz-top",
                        "1.0.0-rc.99999999999999999999",
                        "1.0.0-rc.100000000000000000000",
                        "1.0.0+a",
                        "1.0.0+b",
                        "2.0.0",
                        "99999999999999999999.0.0",
                        big),
                versions);
        for (String a : versions) {
            for (String b : versions) {
                assertEquals(Integer.signum(Versions.compare(a, b)), -Integer.signum(Versions.compare(b, a)));
            }
        }
    }
}
