package org.stancegraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancegraph.model.InputException;

/** Reads a file as strict UTF-8 text, refusing binary, non-UTF-8, empty and oversized files. */
final class TextDecoder {

    /** Larger files are refused: no news article comes near it, and it bounds memory per worker. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private TextDecoder() {}

    /** The file's text, without a leading byte-order mark. */
    static String read(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + describe(e));
        }
        return decode(name, bytes);
    }

    /** What is said of a file of {@code size} bytes, over the limit. */
    static InputException tooLarge(String name, long size) {
        return new InputException(name, "file too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
    }

    /** {@code bytes} as strict UTF-8 text, named {@code name} in errors. */
    static String decode(String name, byte[] bytes) throws InputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw at(name, bytes, i, "binary file (NUL byte), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw at(
                    name,
                    bytes,
                    in.position(),
                    "not UTF-8 text (invalid byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF) + ")");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name, "empty article (no text)");
        }
        return text;
    }

    private static InputException at(String name, byte[] bytes, int offset, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InputException(name, line, offset - lineStart + 1, problem);
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind.toLowerCase() + " " + e.getMessage();
    }
}
