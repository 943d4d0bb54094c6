package io.github.camelsinch.provisioning.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The URI names of the operations ({@code operations.tsv}): api, operation, method, path, operationId. */
final class OperationsTable {

    record Row(String api, String operation, String method, String path, String operationId) {
    }

    private static final String HEADER = "api\toperation\tmethod\tpath\toperationId";

    private OperationsTable() {
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException(file + ": expected the header line '" + HEADER + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 5) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 5 tab-separated cells");
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return rows;
    }
}
