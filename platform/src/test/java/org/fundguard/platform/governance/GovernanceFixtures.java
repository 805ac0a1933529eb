package org.fundguard.platform.governance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small directory written as the governance module's CSV files and imported through the pages, so the
 * tests go the way a user goes. Institutions of group G1 share a unit; some experts work at or are
 * related to targets, so the avoidance rule has work to do.
 */
public final class GovernanceFixtures {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private GovernanceFixtures() {
    }

    /** {@code count} targets T-prefix-NNN: a quarter in group G-prefix, grades cycling A, B, B, C, D. */
    public static String targetsCsv(String prefix, int count) {
        StringBuilder b = new StringBuilder("fixmedins_code,fixmedins_name,fixmedins_type,hosp_lv,admdvs,risk_class,credit_grade,unit\n");
        String[] grades = {"A", "B", "B", "C", "D"};
        for (int i = 1; i <= count; i++) {
            String code = targetCode(prefix, i);
            String unit = i % 4 == 0 ? "G-" + prefix : code;
            b.append(code).append(",测试医院").append(prefix).append(i).append(",1,2,370102,中,")
                    .append(grades[i % grades.length]).append(',').append(unit).append('\n');
        }
        return b.toString();
    }

    public static String targetCode(String prefix, int i) {
        return String.format("T%s%03d", prefix, i);
    }

    /** {@code count} inspectors: odd ones of the agency, even ones experts working at a target or related to the group. */
    public static String inspectorsCsv(String prefix, int count) {
        StringBuilder b = new StringBuilder("inspector_id,name,qualification,unit,relations\n");
        for (int i = 1; i <= count; i++) {
            String id = String.format("I%s%03d", prefix, i);
            if (i % 2 == 1) {
                b.append(id).append(",执法人员").append(i).append(",行政执法证,医保局370102,\n");
            } else if (i % 4 == 0) {
                b.append(id).append(",专家").append(i).append(",药学专家,").append(targetCode(prefix, i)).append(",\n");
            } else {
                b.append(id).append(",专家").append(i).append(",临床医学专家,大学附属医院,G-").append(prefix).append(';')
                        .append(targetCode(prefix, i + 1)).append('\n');
            }
        }
        return b.toString();
    }

    public static void importDirectory(MockMvc mvc, String prefix, int targets, int inspectors) throws Exception {
        upload(mvc, "/governance/targets/import", "targets-" + prefix + ".csv", targetsCsv(prefix, targets));
        upload(mvc, "/governance/inspectors/import", "inspectors-" + prefix + ".csv", inspectorsCsv(prefix, inspectors));
    }

    public static void upload(MockMvc mvc, String path, String name, String text) throws Exception {
        int status = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .with(user("analyst").roles("ANALYST")).with(csrf()))
                .andReturn().getResponse().getStatus();
        if (status != 302) {
            throw new AssertionError("import of " + name + " answered " + status);
        }
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
