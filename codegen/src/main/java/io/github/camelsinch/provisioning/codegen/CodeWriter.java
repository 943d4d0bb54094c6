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
package io.github.camelsinch.provisioning.codegen;

/** A tiny indenting writer: the generated sources should read like hand-written ones. */
final class CodeWriter {

    private final StringBuilder out = new StringBuilder();
    private int indent;

    CodeWriter line(String text) {
        if (!text.isEmpty()) {
            out.append("    ".repeat(indent));
        }
        out.append(text).append('\n');
        return this;
    }

    CodeWriter line() {
        return line("");
    }

    /** Writes the line and indents what follows (for lines ending with an opening brace). */
    CodeWriter open(String text) {
        line(text);
        indent++;
        return this;
    }

    /** Outdents and writes the closing line. */
    CodeWriter close(String text) {
        indent--;
        return line(text);
    }

    CodeWriter javadoc(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            if (p != null && !p.isBlank()) {
                if (body.length() > 0) {
                    body.append("\n<p>\n");
                }
                body.append(p.strip());
            }
        }
        if (body.length() == 0) {
            return this;
        }
        line("/**");
        for (String l : body.toString().split("\n")) {
            line((" * " + l).stripTrailing());
        }
        return line(" */");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
