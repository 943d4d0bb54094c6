/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsinch.provisioning.webhook;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The raw body of a callback request, read only up to {@code maxBodySize}: a body that declares a larger
 * Content-Length is refused without being read, and a body that arrives as a stream (chunked, or an engine that
 * streams) is read until one byte past the limit and no further. The receiver therefore never holds more than the
 * limit, whatever the sender sends. (Whether the HTTP server buffered the body before the route saw it is the
 * server's business: see its own body limit, e.g. {@code camel.server.maxBodySize} for camel-platform-http-main.)
 */
final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {
    }

    /** The body, empty when it is larger than {@code maxBytes}; no body reads as zero bytes. */
    static Optional<byte[]> read(Message request, int maxBytes) throws IOException {
        if (declaredLength(request) > maxBytes) {
            return Optional.empty();
        }
        Object body = request.getBody();
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] array) {
            bytes = array;
        } else if (body instanceof InputStream stream) {
            bytes = readAtMost(stream, maxBytes + 1L);
        } else {
            // An engine's own buffer type (Vert.x Buffer...): already in memory, converted once.
            bytes = request.getBody(byte[].class);
            bytes = bytes == null ? new byte[0] : bytes;
        }
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    /** The Content-Length the request declares; -1 when absent or unreadable (the bytes are counted then). */
    static long declaredLength(Message request) {
        Object value = request.getHeader(Exchange.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        while (total < limit) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - total));
            if (n < 0) {
                break;
            }
            out.write(chunk, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
