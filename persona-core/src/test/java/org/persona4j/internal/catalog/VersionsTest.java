package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void semanticVersionsOrderNumericallyWithPreReleasesBelowReleases() {
        List<String> versions = new ArrayList<>(Arrays.asList("1.10.0", "1.9.0", null, "2.0.0-rc.1", "2.0.0",
                "2.0.0-beta", "v1.2", "draft", "1.0.0"));
        versions.sort(Versions.ORDER);
        assertEquals(Arrays.asList(null, "draft", "1.0.0", "v1.2", "1.9.0", "1.10.0", "2.0.0-beta", "2.0.0-rc.1",
                "2.0.0"), versions);
    }
}
