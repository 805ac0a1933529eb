package org.fundguard.platform.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Fills the public report form as a browser would: reads the challenge off the page and answers it. */
final class PublicForm {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final Pattern QUESTION = Pattern.compile("id=\"challenge-question\">(\\d+) \\+ (\\d+) = \\?<");
    private static final Pattern TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"query-code\">([^<]+)<");
    private static final Pattern PASSWORD = Pattern.compile("id=\"query-password\">([^<]+)<");

    final Map<String, String> fields = new LinkedHashMap<>();
    final java.util.List<String> behaviours = new java.util.ArrayList<>();
    final java.util.List<MockMultipartFile> files = new java.util.ArrayList<>();
    String address = "127.0.0.1";

    /** An anonymous report about 康宁医院 (SmallRegion) for over-priced lab tests. */
    static PublicForm anonymous() {
        PublicForm f = new PublicForm();
        f.fields.put("actor", "MEDICAL_INSTITUTION");
        f.behaviours.add("MI-10");
        f.fields.put("subject", "康宁医院");
        f.fields.put("description", "血常规检查按35元收费，高于医保目录限价，已持续三个月。");
        f.fields.put("occurredFrom", "2026-03-01");
        f.fields.put("amount", "50000");
        f.fields.put("mode", "anonymous");
        f.fields.put("wantsReward", "true");
        f.fields.put("privacyAccepted", "true");
        return f;
    }

    PublicForm named(String name, String idNumber, String phone) {
        fields.put("mode", "named");
        fields.put("name", name);
        fields.put("idNumber", idNumber);
        fields.put("phone", phone);
        return this;
    }

    PublicForm set(String field, String value) {
        fields.put(field, value);
        return this;
    }

    PublicForm attach(String name, byte[] bytes) {
        files.add(new MockMultipartFile("attachments", name, "application/octet-stream", bytes));
        return this;
    }

    PublicForm from(String remoteAddress) {
        this.address = remoteAddress;
        return this;
    }

    record Answer(int status, String html) {
        String queryCode() {
            return group(CODE);
        }

        String password() {
            return group(PASSWORD);
        }

        private String group(Pattern p) {
            Matcher m = p.matcher(html);
            if (!m.find()) {
                throw new AssertionError("not on the page: " + p + "\n" + html);
            }
            return m.group(1).strip();
        }
    }

    /** Opens the form for a fresh challenge, answers it (or not) and posts. */
    Answer submit(MockMvc mvc, boolean answerRight) throws Exception {
        String page = mvc.perform(get("/report")).andReturn().getResponse().getContentAsString();
        Matcher q = QUESTION.matcher(page);
        Matcher t = TOKEN.matcher(page);
        if (!q.find() || !t.find()) {
            throw new AssertionError("no challenge on the form");
        }
        int answer = Integer.parseInt(q.group(1)) + Integer.parseInt(q.group(2));
        return post(mvc, t.group(1), String.valueOf(answerRight ? answer : answer + 1));
    }

    Answer post(MockMvc mvc, String token, String answer) throws Exception {
        MockMultipartHttpServletRequestBuilder b = multipart("/report");
        fields.forEach(b::param);
        behaviours.forEach(x -> b.param("behaviour", x));
        files.forEach(b::file);
        b.param("challengeToken", token).param("challengeAnswer", answer);
        b.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        var response = mvc.perform(b).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentAsString());
    }
}
