package org.stancegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The jar {@code bin/stancegraph} runs holds the application only: no benchmark, no test code. */
class ProductionJarIT {

    @Test
    void theJarHoldsNoLoadCheckBenchmarkOrTests() throws IOException {
        try (JarFile jar = new JarFile("target/stancegraph.jar")) {
            assertNotNull(jar.getEntry("org/stancegraph/cli/App.class"), "the jar is the application's");
            List<String> strays = jar.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith("org/stancegraph/bench/")
                            || name.contains("LoadCheck")
                            || name.matches(".*(Test|IT)(\\$.*)?\\.class"))
                    .toList();
            assertEquals(List.of(), strays);
        }
    }
}
