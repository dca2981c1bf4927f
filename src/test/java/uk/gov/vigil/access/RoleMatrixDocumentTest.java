package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The role matrix in docs/security.md says what Role.java does. */
class RoleMatrixDocumentTest {

    @Test
    void theDocumentedMatrixMatchesTheCode() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/security.md"));
        int header = 0;
        while (!lines.get(header).startsWith("| Role ")) {
            header++;
        }
        String[] columns = cells(lines.get(header));
        Map<Role, Set<Permission>> documented = new HashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("| `"); i++) {
            String[] cells = cells(lines.get(i));
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            for (int c = 1; c < cells.length; c++) {
                if (cells[c].equals("✓")) {
                    granted.add(Permission.valueOf(columns[c]));
                }
            }
            documented.put(Role.valueOf(cells[0].replace("`", "")), granted);
        }
        Map<Role, Set<Permission>> actual = new HashMap<>();
        for (Role role : Role.values()) {
            actual.put(role, role.permissions());
        }
        assertThat(documented).isEqualTo(actual);
        assertThat(columns).hasSize(Permission.values().length + 1);
    }

    private static String[] cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.length() - 1).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells.toArray(String[]::new);
    }
}
