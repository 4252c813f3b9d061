package org.stancegraph.graph.derive;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancegraph.model.Stance;

/**
 * A file of {@link Said} records, one topic's: strings as their UTF-8 length and bytes, days as
 * epoch days, the topic left to the file's name. Read and written whole, or appended to.
 */
final class FactFile {

    private FactFile() {}

    static void write(Path file, List<Said> facts, boolean append) throws IOException {
        var options = append
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING};
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file, options), 1 << 16))) {
            for (Said said : facts) {
                writeString(out, said.statement());
                writeString(out, said.speaker());
                out.writeByte(said.stance().ordinal());
                writeDay(out, said.day());
                writeString(out, said.article());
                writeDay(out, said.published());
                writeString(out, said.quoteWords());
                out.writeInt(said.respondsTo().size());
                for (String actor : said.respondsTo()) {
                    writeString(out, actor);
                }
            }
        }
    }

    static List<Said> read(Path file, String topic) {
        List<Said> facts = new ArrayList<>();
        if (!Files.exists(file)) {
            return facts;
        }
        // Speakers and articles recur on every statement: one string each in memory.
        Map<String, String> shared = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                String statement;
                try {
                    statement = readString(in);
                } catch (EOFException end) {
                    return facts;
                }
                String speaker = shared.computeIfAbsent(readString(in), s -> s);
                Stance stance = Stance.values()[in.readByte()];
                LocalDate day = readDay(in);
                String article = shared.computeIfAbsent(readString(in), s -> s);
                LocalDate published = readDay(in);
                String quoteWords = readString(in);
                int answered = in.readInt();
                Set<String> respondsTo = new HashSet<>();
                for (int i = 0; i < answered; i++) {
                    respondsTo.add(readString(in));
                }
                facts.add(new Said(statement, speaker, topic, stance, day, article, published, quoteWords, respondsTo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statement facts in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A string as its length in UTF-8 bytes (-1: null) and the bytes; quotes may pass writeUTF's 64 KiB. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeLong(day == null ? Long.MIN_VALUE : day.toEpochDay());
    }

    private static LocalDate readDay(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }
}
