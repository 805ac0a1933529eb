package org.fundguard.platform.governance.draws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.Inspector;
import org.fundguard.governance.inspections.Pairing;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernancePages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一公开: published draws for anyone, without signing in. Each can be re-run here from its stored
 * inputs, and the inputs can be downloaded to re-run it elsewhere ({@code bin/fundguard draw} or the
 * Python script of docs/governance-sample), which is what makes the published hash worth checking.
 */
@Controller
class PublicDrawController implements GovernancePages {
    private final DrawService service;

    PublicDrawController(DrawService service) {
        this.service = service;
    }

    @GetMapping("/open/draws")
    String list(Model model) {
        model.addAttribute("draws", service.list(true));
        return "governance/open-draws";
    }

    @GetMapping("/open/draws/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("draw", service.findPublished(id));
        return "governance/open-draw";
    }

    @GetMapping("/open/draws/{id}/verify")
    String verify(@PathVariable long id, Model model) {
        service.findPublished(id);
        model.addAttribute("v", service.verify(id));
        model.addAttribute("internal", false);
        return "governance/draw-verify";
    }

    @GetMapping("/open/draws/{id}/inputs.txt")
    ResponseEntity<byte[]> canonical(@PathVariable long id) {
        service.findPublished(id);
        return file("draw-" + id + "-canonical.txt", MediaType.TEXT_PLAIN, service.canonicalInputs(id));
    }

    /** The inputs in the governance module's file formats: {@code bin/fundguard draw --directory ... --seed S}. */
    @GetMapping("/open/draws/{id}/{name:targets|inspectors|previous|ratios}.csv")
    ResponseEntity<byte[]> inputFile(@PathVariable long id, @PathVariable String name) {
        service.findPublished(id);
        Draws.Inputs in = service.inputs(id);
        List<List<String>> rows = new ArrayList<>();
        switch (name) {
            case "targets" -> {
                rows.add(List.of("fixmedins_code", "fixmedins_name", "fixmedins_type", "hosp_lv", "admdvs", "risk_class",
                        "credit_grade", "unit"));
                for (InspectionTarget t : in.directory().targets()) {
                    rows.add(List.of(t.code(), t.name(), t.type(), t.level(), t.region(), t.riskClass(),
                            t.creditGrade().name(), t.unit()));
                }
            }
            case "inspectors" -> {
                rows.add(List.of("inspector_id", "name", "qualification", "unit", "relations"));
                for (Inspector i : in.directory().inspectors()) {
                    rows.add(List.of(i.id(), i.name(), i.qualification(), i.unit(), String.join(";", i.relations())));
                }
            }
            case "previous" -> {
                rows.add(List.of("fixmedins_code", "inspector_id"));
                for (Pairing p : in.previous()) {
                    rows.add(List.of(p.targetCode(), p.inspectorId()));
                }
            }
            default -> {
                rows.add(List.of("credit_grade", "ratio_permille", "origin"));
                for (CreditGrade g : CreditGrade.values()) {
                    rows.add(List.of(g.name(), Integer.toString(in.ratios().permille(g)), "draw " + id));
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                String f = row.get(i) == null ? "" : row.get(i);
                boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
                b.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
            b.append('\n');
        }
        return file("draw-" + id + "-" + name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), b.toString());
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, String text) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @RestController
    static class Api implements GovernanceApi {
        private final DrawService service;

        Api(DrawService service) {
            this.service = service;
        }

        record Verification(long drawId, String seed, String publishedSha256, String recomputedSha256, boolean sameHash,
                boolean sameResult, boolean verified, List<Pairing> recomputed) {
        }

        @GetMapping("/api/v1/open/draws")
        List<DrawRecord> list() {
            return service.list(true);
        }

        @GetMapping("/api/v1/open/draws/{id}")
        DrawRecord show(@PathVariable long id) {
            return service.findPublished(id);
        }

        @GetMapping("/api/v1/open/draws/{id}/verification")
        Verification verify(@PathVariable long id) {
            service.findPublished(id);
            DrawService.Verification v = service.verify(id);
            return new Verification(id, v.stored().seed(), v.stored().snapshotSha256(), v.recomputedHash(), v.sameHash(),
                    v.sameResult(), v.verified(), v.recomputed());
        }
    }
}
