package org.stancegraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancegraph.pipeline.Pipeline;

/**
 * The user's codebook files (actors, topics) as text, so that they travel with the job to
 * executors that cannot see the driver's files; each executor writes them out once to load them.
 */
public record CodebookTexts(List<String> actors, List<String> topics) implements Serializable {

    public static CodebookTexts read(List<Path> actorFiles, List<Path> topicFiles) {
        return new CodebookTexts(texts(actorFiles), texts(topicFiles));
    }

    /** A pipeline of these codebooks on one thread (the files written again under a fresh folder of this machine). */
    Pipeline pipeline() {
        try {
            Path folder = Files.createTempDirectory("stancegraph-codebooks");
            folder.toFile().deleteOnExit();
            return Pipeline.builder()
                    .actors(files(folder, "actors", actors))
                    .topics(files(folder, "topics", topics))
                    .threads(1)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the codebooks on this executor: " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path folder, String kind, List<String> texts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path file = folder.resolve(kind + "-" + i + ".ttl");
            Files.writeString(file, texts.get(i), StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            files.add(file);
        }
        return files;
    }

    private static List<String> texts(List<Path> files) {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the codebook " + file + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
