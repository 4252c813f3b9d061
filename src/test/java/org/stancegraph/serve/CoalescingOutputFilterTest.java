package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescingOutputFilterTest {

    /** What reached the real response: the bytes, each write's size, and the errors sent. */
    private static final class Client extends ServletOutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();
        final List<Integer> errors = new ArrayList<>();

        @Override
        public void write(int b) {
            bytes.write(b);
            writes.add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            writes.add(len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getOutputStream":
                                return this;
                            case "sendError":
                                errors.add((Integer) args[0]);
                                return null;
                            default:
                                return method.getReturnType() == boolean.class ? false : null;
                        }
                    });
        }
    }

    private static void filter(Client client, FilterChain chain) throws Exception {
        new CoalescingOutputFilter().doFilter(null, client.response(), chain);
    }

    @Test
    void rowsFlushedOneByOneReachTheClientWholeAndInBlocks() throws Exception {
        Client client = new Client();
        StringBuilder expected = new StringBuilder();
        filter(client, (request, response) -> {
            OutputStream out = response.getOutputStream();
            for (int row = 0; row < 10_000; row++) {
                String line = "row " + row + ",some value\n";
                expected.append(line);
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
                ((HttpServletResponse) response).flushBuffer();
            }
        });
        assertEquals(expected.toString(), client.bytes.toString(StandardCharsets.UTF_8));
        int blocks = (client.bytes.size() + CoalescingOutputFilter.BLOCK - 1) / CoalescingOutputFilter.BLOCK;
        assertEquals(blocks, client.writes.size(), "one write per block, not per row");
        assertTrue(blocks > 1, "the rows fill several blocks, sent as they fill");
    }

    @Test
    void anErrorBeforeTheAnswerDropsWhatWasHeld() throws Exception {
        Client client = new Client();
        filter(client, (request, response) -> {
            response.getOutputStream().write("half an answer".getBytes(StandardCharsets.UTF_8));
            ((HttpServletResponse) response).sendError(503);
        });
        assertEquals(List.of(503), client.errors);
        assertEquals(0, client.bytes.size());
    }
}
