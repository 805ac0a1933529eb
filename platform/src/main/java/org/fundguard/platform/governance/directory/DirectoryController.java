package org.fundguard.platform.governance.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.Inspector;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.GovernancePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory pages: list, add, edit, import (and seeding the demo inspector pool). */
@Controller
class DirectoryController implements GovernancePages {
    private final TargetDirectory targets;
    private final InspectorDirectory inspectors;
    private final DirectoryService service;

    DirectoryController(TargetDirectory targets, InspectorDirectory inspectors, DirectoryService service) {
        this.targets = targets;
        this.inspectors = inspectors;
        this.service = service;
    }

    @GetMapping("/governance/targets")
    String targets(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("rows", targets.rows(q));
        model.addAttribute("q", q);
        return "governance/targets";
    }

    @GetMapping("/governance/targets/new")
    String newTarget(Model model) {
        model.addAttribute("target", new InspectionTarget("", "", "", "", "", "", CreditGrade.B, ""));
        model.addAttribute("isNew", true);
        model.addAttribute("grades", CreditGrade.values());
        return "governance/target-form";
    }

    @GetMapping("/governance/targets/{code}/edit")
    String editTarget(@PathVariable String code, Model model) {
        model.addAttribute("target", targets.find(code)
                .orElseThrow(() -> GovernanceException.notFound("名录库中没有机构 " + code + " (no such target)")));
        model.addAttribute("isNew", false);
        model.addAttribute("grades", CreditGrade.values());
        return "governance/target-form";
    }

    @PostMapping("/governance/targets")
    String saveTarget(@RequestParam(defaultValue = "false") boolean isNew, @RequestParam String code,
            @RequestParam String name, @RequestParam String type, @RequestParam(defaultValue = "") String level,
            @RequestParam String region, @RequestParam(defaultValue = "") String riskClass,
            @RequestParam String creditGrade, @RequestParam(defaultValue = "") String unit, Principal who,
            RedirectAttributes redirect) {
        CreditGrade grade = CreditGrade.of(creditGrade);
        if (grade == null) {
            throw GovernanceException.invalid("信用等级须为 A、B、C、D 之一 (credit grade must be A-D), got " + creditGrade);
        }
        String c = required(code, "机构编码 code");
        InspectionTarget t = new InspectionTarget(c, required(name, "名称 name"), required(type, "类型 type"), level.strip(),
                required(region, "统筹区 region"), riskClass.strip(), grade, unit.isBlank() ? c : unit.strip());
        service.saveTarget(t, isNew, who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/targets";
    }

    @PostMapping("/governance/targets/import")
    String importTargets(@RequestParam(value = "file", required = false) MultipartFile file, Principal who, RedirectAttributes redirect) {
        java.io.InputStream content = stream(file);
        int n = service.importTargets(file.getOriginalFilename(), content, who.getName());
        redirect.addFlashAttribute("imported", n);
        return "redirect:/governance/targets";
    }

    @GetMapping("/governance/inspectors")
    String inspectors(Model model) {
        model.addAttribute("rows", inspectors.rows());
        return "governance/inspectors";
    }

    @GetMapping("/governance/inspectors/new")
    String newInspector(Model model) {
        model.addAttribute("inspector", new Inspector("", "", "", "", new java.util.TreeSet<>()));
        model.addAttribute("active", true);
        model.addAttribute("isNew", true);
        return "governance/inspector-form";
    }

    @GetMapping("/governance/inspectors/{id}/edit")
    String editInspector(@PathVariable String id, Model model) {
        InspectorDirectory.Row row = inspectors.find(id)
                .orElseThrow(() -> GovernanceException.notFound("名录库中没有人员 " + id + " (no such inspector)"));
        model.addAttribute("inspector", row.inspector());
        model.addAttribute("active", row.active());
        model.addAttribute("isNew", false);
        return "governance/inspector-form";
    }

    @PostMapping("/governance/inspectors")
    String saveInspector(@RequestParam(defaultValue = "false") boolean isNew, @RequestParam String id,
            @RequestParam String name, @RequestParam String qualification, @RequestParam String unit,
            @RequestParam(defaultValue = "") String relations, @RequestParam(defaultValue = "false") boolean active,
            Principal who, RedirectAttributes redirect) {
        Inspector i = new Inspector(required(id, "编号 id"), required(name, "姓名 name"),
                required(qualification, "资质 qualification"), required(unit, "单位 unit"),
                InspectorDirectory.relations(relations));
        service.saveInspector(i, active, isNew, who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/inspectors";
    }

    @PostMapping("/governance/inspectors/import")
    String importInspectors(@RequestParam(value = "file", required = false) MultipartFile file, Principal who, RedirectAttributes redirect) {
        java.io.InputStream content = stream(file);
        int n = service.importInspectors(file.getOriginalFilename(), content, who.getName());
        redirect.addFlashAttribute("imported", n);
        return "redirect:/governance/inspectors";
    }

    @PostMapping("/governance/inspectors/demo")
    String demoInspectors(Principal who, RedirectAttributes redirect) {
        redirect.addFlashAttribute("imported", service.demoInspectors(who.getName()));
        return "redirect:/governance/inspectors";
    }

    private static java.io.InputStream stream(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw GovernanceException.invalid("请选择要导入的 CSV 文件 (choose a CSV file to import)");
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw GovernanceException.invalid(field + " 不能为空 (is required)");
        }
        return value.strip();
    }

    /** The directories as JSON, for scripts that keep them elsewhere. */
    @RestController
    static class Api implements GovernanceApi {
        private final TargetDirectory targets;
        private final InspectorDirectory inspectors;

        Api(TargetDirectory targets, InspectorDirectory inspectors) {
            this.targets = targets;
            this.inspectors = inspectors;
        }

        @GetMapping("/api/v1/governance/targets")
        List<InspectionTarget> targets() {
            return targets.targets();
        }

        @GetMapping("/api/v1/governance/inspectors")
        List<Inspector> inspectors() {
            return inspectors.active();
        }
    }
}
